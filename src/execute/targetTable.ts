import type { MetricSampleSize } from './sampleSizesFor.js';

/** What a per-target table needs: the shape every result file shares. */
export interface TableSource {
  target: { slug: string };
  sample_sizes: Record<
    string,
    {
      parameters: Record<string, number | string>;
      metrics: Record<string, MetricSampleSize>;
    }
  >;
}

/**
 * A compact table for one target: a row per metric, a column per
 * (power, effect size) pair, each cell the sample size per branch and its
 * share of the target population.
 */
export function targetTable(result: TableSource): string {
  const entries = Object.values(result.sample_sizes);
  const metrics = Object.keys(entries[0]?.metrics ?? {});
  const clients = firstCount(entries);
  const powers = new Set(entries.map((entry) => entry.parameters.power));

  const header = [
    'metric',
    ...entries.map((entry) => columnName(entry, powers)),
  ];
  const rows = metrics.map((metric) => [
    metric,
    ...entries.map((entry) => cell(entry.metrics[metric]!)),
  ]);

  const title = `${result.target.slug}: ${formatCount(clients)} clients`;
  return [title, ...alignColumns([header, ...rows]).map((l) => `  ${l}`)].join(
    '\n',
  );
}

function columnName(
  entry: TableSource['sample_sizes'][string],
  powers: Set<unknown>,
): string {
  const effect = `${formatEffect(Number(entry.parameters.effect_size))}`;
  return powers.size > 1 ? `${effect} @${entry.parameters.power}` : effect;
}

function cell(size: MetricSampleSize): string {
  if (size.sample_size_per_branch === null) return 'not computable';
  const share = formatPercent(size.population_percent_per_branch!);
  return `${formatCount(size.sample_size_per_branch)} (${share})`;
}

function firstCount(entries: TableSource['sample_sizes'][string][]): number {
  const first = Object.values(entries[0]?.metrics ?? {})[0];
  return first?.number_of_clients_targeted ?? 0;
}

/** Left-aligns the first column and right-aligns the others. */
function alignColumns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) =>
    Math.max(...rows.map((row) => row[column]!.length)),
  );
  return rows.map((row) =>
    row
      .map((text, column) =>
        column === 0
          ? text.padEnd(widths[column]!)
          : text.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd(),
  );
}

/** Whole clients, rounded up: a fraction of a client cannot be enrolled. */
export function formatCount(value: number): string {
  return Math.ceil(value).toLocaleString('en-US');
}

/** Two significant digits below 100 %, whole percents above. */
export function formatPercent(value: number): string {
  if (value >= 100) return `${Math.round(value).toLocaleString('en-US')}%`;
  return `${Number(value.toPrecision(2))}%`;
}

/** A relative effect as a percent: 0.005 becomes "0.5%". */
export function formatEffect(effect: number): string {
  return `${Number((effect * 100).toPrecision(12))}%`;
}
