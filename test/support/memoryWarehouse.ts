import { DuckDBInstance } from '@duckdb/node-api';
import { DuckdbEngine } from '../../src/engines/DuckdbEngine.js';

export type Row = Record<string, string | number | null>;

/** Tables to create: name (schema.table) → column DDL and rows. */
export type TableSpec = Record<string, { columns: string; rows: Row[] }>;

/** An in-memory DuckDB holding hand-made tables, and an engine over it. */
export async function memoryWarehouse(tables: TableSpec) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();

  for (const [name, { columns, rows }] of Object.entries(tables)) {
    const [schema] = name.split('.');
    await connection.run(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await connection.run(`CREATE TABLE ${name} (${columns})`);
    for (let at = 0; at < rows.length; at += 500) {
      await insert(connection, name, rows.slice(at, at + 500));
    }
  }

  const engine = await DuckdbEngine.on(instance);
  const query = async (sql: string, params: Record<string, string> = {}) =>
    (await connection.runAndReadAll(sql, params)).getRowObjectsJson();
  return { engine, query };
}

/** Rows in one statement: each statement costs far more than a row. */
async function insert(
  connection: Awaited<ReturnType<DuckDBInstance['connect']>>,
  table: string,
  rows: Row[],
) {
  const names = Object.keys(rows[0]!);
  const tuples = rows.map(
    (row) => `(${names.map((name) => literal(row[name] ?? null)).join(', ')})`,
  );
  await connection.run(
    `INSERT INTO ${table} (${names.join(', ')}) VALUES ${tuples.join(',\n')}`,
  );
}

function literal(value: string | number | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  return `'${value.replaceAll("'", "''")}'`;
}
