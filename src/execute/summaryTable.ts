import type { TargetResult } from '../results/TargetResult.js';

/**
 * A short table for people: per target, its clients and each metric's
 * sample size per branch at one effect size.
 */
export function summaryTable(
  results: TargetResult[],
  effectKey: string,
): string {
  const rows = results.map((result) => {
    const entry = result.sample_sizes[effectKey];
    const metrics = Object.entries(entry?.metrics ?? {}).map(
      ([name, value]) =>
        `${name} ${
          value.sample_size_per_branch === null
            ? 'n/a'
            : `${formatCount(value.sample_size_per_branch)} (${formatPercent(value.population_percent_per_branch!)})`
        }`,
    );
    const clients = Object.values(result.aggregates)[0]?.clients_targeted ?? 0;
    return [result.target.slug, formatCount(clients), metrics.join('  ')];
  });

  const width = (column: number) =>
    Math.max(...rows.map((row) => row[column]!.length), 0);
  return rows
    .map(
      (row) =>
        `${row[0]!.padEnd(width(0))}  ${row[1]!.padStart(width(1))}  ${row[2]}`,
    )
    .join('\n');
}

export function formatCount(value: number): string {
  return Math.ceil(value).toLocaleString('en-US');
}

export function formatPercent(value: number): string {
  return value >= 10 ? `${value.toFixed(0)}%` : `${value.toPrecision(2)}%`;
}
