import type { Dialect } from './Dialect.js';
import { sqlIdentifier } from './sqlIdentifier.js';

const quoted = (part: string) => `"${part.replaceAll('"', '""')}"`;

/**
 * DuckDB follows standard SQL: quotes are doubled and a backslash is an
 * ordinary character.
 */
export const duckdbDialect: Dialect = Object.freeze<Dialect>({
  name: 'duckdb',

  identifier: (path: string) => sqlIdentifier(path, quoted),

  table: (source) => {
    if (source.local_from_expression !== undefined) {
      return source.local_from_expression;
    }
    const name = source.embedded_table ?? source.table;
    if (name === undefined) return `(${source.from_expression})`;
    return name.split('.').map(quoted).join('.');
  },

  literal: (value: string) => `'${value.replaceAll("'", "''")}'`,

  param: (name: string, type: string) => `CAST($${name} AS ${type})`,

  dateAdd: (date: string, days: number) =>
    days === 0 ? date : `CAST(${date} + INTERVAL (${days}) DAY AS DATE)`,

  anyTrue: (condition: string) => `BOOL_OR(${condition})`,

  toDouble: (value: string) => `CAST(${value} AS DOUBLE)`,

  doubleLiteral: (value: number) => `CAST(${value} AS DOUBLE)`,
});
