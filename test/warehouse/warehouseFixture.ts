import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { addDays } from '../../src/dates/IsoDate.js';
import { runDatesFor } from '../../src/dates/RunDates.js';
import { buildWarehouse } from '../../src/warehouse/buildWarehouse.js';
import { loadWarehouseSpec } from '../../src/warehouse/loadWarehouseSpec.js';
import { quoteName } from '../../src/warehouse/quoteName.js';
import type { RowGrain } from '../../src/warehouse/RowGrain.js';
import type { WarehouseField } from '../../src/warehouse/WarehouseField.js';
import { repoRoot } from '../support/paths.js';

export const RUN_DATE = '2026-06-01';
export const dates = runDatesFor(RUN_DATE);
export const spec = loadWarehouseSpec(repoRoot);

/** S+n as a SQL date literal, S being the enrollment start. */
export const fromStart = (days: number) =>
  `DATE '${addDays(dates.enrollmentStart, days)}'`;

const folders: string[] = [];
process.on('exit', () => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A fresh folder, removed when the tests end. */
export function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'sizing-warehouse-'));
  folders.push(folder);
  return folder;
}

export function temporaryPath(name = 'sample.duckdb'): string {
  return join(temporaryFolder(), name);
}

/** Builds a small warehouse in a fresh folder and returns its path. */
export async function buildSmall(clients: number, seed = 1): Promise<string> {
  const path = temporaryPath();
  const root = repoRoot;
  await buildWarehouse({ path, runDate: RUN_DATE, seed, clients, root });
  return path;
}

/** The one table holding `app`'s rows of `grain`, quoted for SQL. */
export function tableFor(app: string, grain: RowGrain): string {
  const found = Object.entries(spec.tables).filter(
    ([, table]) => table.rows === grain && table.apps.includes(app),
  );
  if (found.length !== 1) throw new Error(`${app}: not one ${grain} table`);
  return quoteName(found[0]![0]);
}

/** The column of `table` (as given by tableFor) holding `field`. */
export function columnFor(table: string, field: WarehouseField): string {
  const name = table.replaceAll('"', '');
  const columns = Object.entries(spec.tables[name]!.columns);
  const found = columns.find(([, value]) => value === field);
  if (!found) throw new Error(`${name} has no ${field} column`);
  return quoteName(found[0]);
}

export const APPS = Object.keys(spec.apps);

/** A read-only connection to a built warehouse. */
export class WarehouseReader {
  readonly #instance: DuckDBInstance;
  readonly #connection: DuckDBConnection;

  private constructor(instance: DuckDBInstance, connection: DuckDBConnection) {
    this.#instance = instance;
    this.#connection = connection;
  }

  static async open(path: string): Promise<WarehouseReader> {
    const options = { access_mode: 'READ_ONLY' };
    const instance = await DuckDBInstance.create(path, options);
    return new WarehouseReader(instance, await instance.connect());
  }

  async rows(sql: string): Promise<unknown[][]> {
    const reader = await this.#connection.runAndReadAll(sql);
    return reader.getRowsJS();
  }

  /** The first value of the first row, as a number. */
  async number(sql: string): Promise<number> {
    const [row] = await this.rows(sql);
    return Number(row?.[0]);
  }

  close(): void {
    this.#connection.closeSync();
    this.#instance.closeSync();
  }
}
