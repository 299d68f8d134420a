import { BOOLEAN, INTEGER, VARCHAR, type DuckDBType } from '@duckdb/node-api';

/**
 * Temporary tables the generator fills for one app at a time, before SQL
 * shapes them into the tables of data/warehouse.toml. They are the
 * generator's own working space: never part of the warehouse, dropped at
 * the end of each app, so their names live here rather than in data/.
 * Days are day numbers; dimension values are written once per client.
 */
export interface StagingTable {
  name: string;
  columns: readonly (readonly [string, DuckDBType])[];
}

export const STAGED_CLIENTS: StagingTable = {
  name: 'staged_clients',
  columns: [
    ['client', INTEGER],
    ['client_id', VARCHAR],
    ['sample_id', INTEGER],
    ['recorded_first_seen', INTEGER],
    ['first_seen', INTEGER],
    ['locale', VARCHAR],
    ['country', VARCHAR],
    ['channel', VARCHAR],
    ['engine', VARCHAR],
    ['app_label', VARCHAR],
  ],
};

export const STAGED_DAYS: StagingTable = {
  name: 'staged_days',
  columns: [
    ['client', INTEGER],
    ['day', INTEGER],
    ['active', BOOLEAN],
    ['days_since_seen', INTEGER],
    ['days_seen_bits', INTEGER],
    ['seconds', INTEGER],
    ['searches', INTEGER],
    ['tagged', INTEGER],
    ['travel_country', VARCHAR],
  ],
};

export function createStagingSql(table: StagingTable): string {
  const columns = table.columns.map(
    ([name, type]) => `${name} ${type.toString()}`,
  );
  return `CREATE OR REPLACE TEMP TABLE ${table.name} (${columns.join(', ')})`;
}

export function stagingTypes(table: StagingTable): DuckDBType[] {
  return table.columns.map(([, type]) => type);
}
