import type { DuckDBConnection } from '@duckdb/node-api';
import { quoteName } from './quoteName.js';
import { schemaOf } from './tableStatements.js';
import type { WarehouseInfo } from './WarehouseInfo.js';
import type { WarehouseSpec } from './WarehouseSpec.js';

/**
 * Stores `info` in the metadata table as key/value rows, each value JSON,
 * so that adding a setting later needs no change of table shape.
 */
export async function writeWarehouseInfo(
  connection: DuckDBConnection,
  spec: WarehouseSpec,
  info: WarehouseInfo,
): Promise<void> {
  const { table, key_column: key, value_column: value } = spec.metadata;
  const schema = quoteName(schemaOf(table));
  await connection.run(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await connection.run(
    `CREATE TABLE ${quoteName(table)} ` +
    `(${quoteName(key)} VARCHAR PRIMARY KEY, ${quoteName(value)} VARCHAR)`,
  );

  const { path: _path, ...stored } = info;
  const insert = await connection.prepare(
    `INSERT INTO ${quoteName(table)} VALUES ($1, $2)`,
  );
  for (const [name, setting] of Object.entries(stored)) {
    insert.bindVarchar(1, name);
    insert.bindVarchar(2, JSON.stringify(setting));
    await insert.run();
  }
}
