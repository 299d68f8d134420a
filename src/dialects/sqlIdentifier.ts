/** Words both engines reserve, which must be quoted as column names. */
const RESERVED = new Set([
  'all',
  'and',
  'any',
  'as',
  'by',
  'case',
  'cast',
  'date',
  'default',
  'end',
  'from',
  'group',
  'having',
  'in',
  'interval',
  'is',
  'join',
  'limit',
  'not',
  'null',
  'or',
  'order',
  'over',
  'select',
  'table',
  'to',
  'union',
  'when',
  'where',
  'window',
  'with',
]);

const PLAIN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Quotes each part of a dotted path only where it must, so compiled SQL
 * stays readable: `client_info.client_id` stays bare, `date` is quoted.
 */
export function sqlIdentifier(path: string, quote: (part: string) => string) {
  return path
    .split('.')
    .map((part) =>
      PLAIN.test(part) && !RESERVED.has(part.toLowerCase())
        ? part
        : quote(part),
    )
    .join('.');
}
