import { SizingError } from '../SizingError.js';
import { terminal } from '../terminal.js';
import { countOf } from './countOf.js';
import { exactBytes } from './exactBytes.js';
import { formatBytes } from './formatBytes.js';
import { failureList } from './reportRun.js';
import type { Settled } from './settleTargets.js';

/**
 * `--dry-run`'s answer on stdout: each target's estimate, marked when
 * above `--max-bytes` (a real run would be refused), and the total.
 */
export function reportEstimates(
  estimates: Settled<number>,
  maxBytes?: number,
): void {
  const rows = [...estimates.values].map(([query, bytes]) =>
    row(query.target.slug, bytes, maxBytes));
  const total = [...estimates.values.values()]
    .reduce((sum, bytes) => sum + bytes, 0);
  rows.push(row('total', total));

  const width = (column: 0 | 1) =>
    Math.max(...rows.map((cells) => cells[column].length));
  const line = ([name, size, exact, note]: Row) =>
    `${name.padEnd(width(0))}  ${size.padStart(width(1))}  (${exact})${note}`;

  terminal.result(
    'Bytes each target would process (dry run; nothing was billed):\n');
  terminal.result(rows.map(line).join('\n'));
  refuseFailures(estimates);
}

type Row = [name: string, size: string, exact: string, note: string];

function row(name: string, bytes: number, maxBytes?: number): Row {
  const over = maxBytes !== undefined && bytes > maxBytes;
  const note = over ? '  over --max-bytes' : '';
  return [name, formatBytes(bytes), exactBytes(bytes), note];
}

function refuseFailures({ failures }: Settled<number>): void {
  if (failures.length === 0) return;
  terminal.result(failureList(failures));
  throw new SizingError(`${countOf(failures.length, 'dry run')} failed; ` +
    'each is listed above with its reason');
}
