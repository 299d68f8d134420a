import { SizingError, EXIT_USAGE } from '../SizingError.js';
import type { Dialect } from './Dialect.js';
import { sqlIdentifier } from './sqlIdentifier.js';

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\0': '\\x00',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
  '`': '\\`',
};

/** BigQuery escapes with backslashes, inside quotes of either kind. */
function escapeBigQuery(value: string): string {
  return value.replace(
    /[\\'\n\r\t\0\b\f\v`]|[\u0001-\u001f\u007f]/g,
    (char) =>
      ESCAPES[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

export const bigqueryDialect: Dialect = Object.freeze<Dialect>({
  name: 'bigquery',

  identifier: (path: string) =>
    sqlIdentifier(path, (part) => `\`${escapeBigQuery(part)}\``),

  table: (source) => {
    if (source.table !== undefined)
      return `\`${escapeBigQuery(source.table)}\``;
    if (source.from_expression !== undefined)
      return `(${source.from_expression})`;
    throw new SizingError(
      'a data source with only `local_from_expression` ' +
        'runs on the embedded engine only; give it `table` or ' +
        '`from_expression` for BigQuery',
      EXIT_USAGE,
    );
  },

  literal: (value: string) => `'${escapeBigQuery(value)}'`,

  param: (name: string) => `@${name}`,

  dateAdd: (date: string, days: number) => {
    if (days === 0) return date;
    const verb = days > 0 ? 'DATE_ADD' : 'DATE_SUB';
    return `${verb}(${date}, INTERVAL ${Math.abs(days)} DAY)`;
  },

  anyTrue: (condition: string) => `LOGICAL_OR(${condition})`,

  toDouble: (value: string) => `CAST(${value} AS FLOAT64)`,

  doubleLiteral: (value: number) => String(value),
});
