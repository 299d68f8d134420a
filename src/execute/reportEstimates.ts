import { SizingError } from '../SizingError.js';
import { terminal } from '../terminal.js';
import { countOf } from './countOf.js';
import { exactBytes } from './exactBytes.js';
import { formatBytes } from './formatBytes.js';
import { toJson } from '../results/toJson.js';
import { failureList } from './reportRun.js';
import type { Settled } from './settleTargets.js';

/**
 * `--dry-run`'s answer on stdout: each target's estimate, marked when
 * above `--max-bytes` (a real run would be refused), and the total.
 */
export function reportEstimates(
  estimates: Settled<number>,
  maxBytes: number | undefined,
  json: boolean,
): void {
  if (json) {
    terminal.result(toJson(estimateDocument(estimates, maxBytes)));
    return refuseFailures(estimates, json);
  }

  const rows = [...estimates.values].map(([query, bytes]) =>
    row(query.target.slug, bytes, maxBytes),
  );
  const total = [...estimates.values.values()].reduce(
    (sum, bytes) => sum + bytes,
    0,
  );
  rows.push(row('total', total));

  const width = (column: 0 | 1) =>
    Math.max(...rows.map((cells) => cells[column].length));
  const line = ([name, size, exact, note]: Row) =>
    `${name.padEnd(width(0))}  ${size.padStart(width(1))}  (${exact})${note}`;

  terminal.result(
    'Bytes each target would process (dry run; nothing was billed):\n',
  );
  terminal.result(rows.map(line).join('\n'));
  refuseFailures(estimates, json);
}

function estimateDocument(estimates: Settled<number>, maxBytes?: number) {
  const targets = [...estimates.values].map(([query, bytes]) => ({
    slug: query.target.slug,
    bytes,
    over_max_bytes: maxBytes !== undefined && bytes > maxBytes,
  }));
  return {
    dry_run: true,
    total_bytes: targets.reduce((sum, target) => sum + target.bytes, 0),
    targets,
    failures: estimates.failures.map(({ slug, reason }) => ({ slug, reason })),
  };
}

type Row = [name: string, size: string, exact: string, note: string];

function row(name: string, bytes: number, maxBytes?: number): Row {
  const over = maxBytes !== undefined && bytes > maxBytes;
  const note = over ? '  over --max-bytes' : '';
  return [name, formatBytes(bytes), exactBytes(bytes), note];
}

function refuseFailures({ failures }: Settled<number>, json: boolean): void {
  if (failures.length === 0) return;
  if (!json) terminal.result(failureList(failures));
  throw new SizingError(
    `${countOf(failures.length, 'dry run')} failed; ` +
      'each is listed above with its reason',
  );
}
