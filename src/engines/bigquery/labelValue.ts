import { createHash } from 'node:crypto';

const MAX_LENGTH = 63;
const HASH_LENGTH = 8;

/**
 * `text` as a BigQuery label value: lowercase letters, digits, `_` and
 * `-`, at most 63 characters. Any other character becomes `_`; a value
 * cut to fit ends in a short hash of the whole, so two long values that
 * share a beginning stay apart.
 */
export function labelValue(text: string): string {
  const value = text.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
  if (value.length <= MAX_LENGTH) return value;

  const hash = createHash('sha256').update(text).digest('hex');
  const kept = MAX_LENGTH - HASH_LENGTH - 1;
  return `${value.slice(0, kept)}-${hash.slice(0, HASH_LENGTH)}`;
}
