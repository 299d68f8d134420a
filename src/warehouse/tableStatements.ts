import { quoteName } from './quoteName.js';
import { rowSourceFor } from './rowSources.js';
import { FIELD_TYPES } from './WarehouseField.js';
import type { TableSpec } from './WarehouseSpec.js';

/** `CREATE TABLE` for one warehouse table, columns in file order. */
export function createTableSql(name: string, table: TableSpec): string {
  const columns = Object.entries(table.columns).map(
    ([column, field]) => `${quoteName(column)} ${FIELD_TYPES[field]}`,
  );
  return `CREATE TABLE ${quoteName(name)} (${columns.join(', ')})`;
}

/** Copies the staged rows of the current app into one warehouse table. */
export function insertRowsSql(name: string, table: TableSpec): string {
  const source = rowSourceFor(table.rows);
  const values = Object.values(table.columns).map(
    (field) => `CAST(${source.fields[field]} AS ${FIELD_TYPES[field]})`,
  );
  return [
    `INSERT INTO ${quoteName(name)}`,
    `SELECT ${values.join(', ')}`,
    `FROM ${source.from}`,
    `WHERE ${source.where}`,
  ].join('\n');
}

/** The schema part of `schema.table`. */
export function schemaOf(name: string): string {
  return name.slice(0, name.indexOf('.'));
}
