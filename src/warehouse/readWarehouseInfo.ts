import { existsSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { SizingError } from '../SizingError.js';
import { loadWarehouseSpec } from './loadWarehouseSpec.js';
import { projectRoot } from './projectRoot.js';
import { quoteName } from './quoteName.js';
import { storedInfoSchema, type WarehouseInfo } from './WarehouseInfo.js';
import type { WarehouseSpec } from './WarehouseSpec.js';

/**
 * What the warehouse at `path` was built for, or null when there is no
 * file or it holds no readable description (built by an older generator
 * or by something else): either way it has to be built.
 */
export async function readWarehouseInfo(
  path: string,
  root: string = projectRoot(),
): Promise<WarehouseInfo | null> {
  if (!existsSync(path)) return null;

  const spec = loadWarehouseSpec(root);
  const instance = await openReadOnly(path);
  try {
    const connection = await instance.connect();
    try {
      return await readInfo(connection, spec, path);
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

async function openReadOnly(path: string): Promise<DuckDBInstance> {
  try {
    return await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new SizingError(`${path}: cannot open the warehouse: ${reason}`);
  }
}

async function readInfo(
  connection: DuckDBConnection,
  spec: WarehouseSpec,
  path: string,
): Promise<WarehouseInfo | null> {
  const { table, key_column: key, value_column: value } = spec.metadata;
  const [schemaName, tableName] = table.split('.');
  const found = await connection.runAndReadAll(
    'SELECT 1 FROM duckdb_tables() WHERE schema_name = $1 AND table_name = $2',
    [schemaName!, tableName!],
  );
  if (found.currentRowCount === 0) return null;

  const reader = await connection.runAndReadAll(
    `SELECT ${quoteName(key)}, ${quoteName(value)} FROM ${quoteName(table)}`,
  );
  const stored: Record<string, unknown> = {};
  for (const [name, json] of reader.getRowsJS()) {
    stored[String(name)] = parseJson(String(json));
  }

  const parsed = storedInfoSchema.safeParse(stored);
  return parsed.success ? { path, ...parsed.data } : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
