import { createHash } from 'node:crypto';

/** SHA-256 of the exact SQL text, as recorded in every result. */
export function sqlSha256(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}
