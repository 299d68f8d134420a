import { SizingError } from '../SizingError.js';
import { countOf } from './countOf.js';
import { formatBytes } from './formatBytes.js';
import { exactBytes } from './exactBytes.js';
import type { Settled } from './settleTargets.js';

/**
 * With `--max-bytes`, refuses the whole run when any target's estimate
 * is above the cap, before a single billed job starts: a cap that some
 * targets break usually means a query or the cap needs a second look.
 */
export function refuseOverCap(
  estimates: Settled<number>,
  maxBytes?: number,
): void {
  if (maxBytes === undefined) return;
  const over = [...estimates.values].filter(([, bytes]) => bytes > maxBytes);
  if (over.length === 0) return;

  const lines = over.map(([query, bytes]) =>
    `  ${query.target.slug}: ${formatBytes(bytes)} (${exactBytes(bytes)})`);
  throw new SizingError(
    `nothing was run: ${countOf(over.length, 'target')} ` +
    'would process more than ' +
    `--max-bytes ${formatBytes(maxBytes)} (${exactBytes(maxBytes)}):\n` +
    lines.join('\n'),
  );
}
