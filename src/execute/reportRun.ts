import { relative } from 'node:path';
import type { TargetLists } from '../config/TargetLists.js';
import { resultsDir } from '../results/resultPaths.js';
import type { TargetResult } from '../results/TargetResult.js';
import { terminal } from '../terminal.js';
import { countOf } from './countOf.js';
import { formatBytes } from './formatBytes.js';
import { toJson } from '../results/toJson.js';
import { targetTable } from './targetTable.js';
import type { TargetFailure } from './TargetFailure.js';

export interface RunReport {
  root: string;
  runDate: string;
  /** Every target with a result, sized now or earlier, in target order. */
  results: TargetResult[];
  sized: number;
  skipped: number;
  failures: TargetFailure[];
  /** Bytes the warehouse processed, where it says. */
  bytesProcessed?: number;
  published: { path: string; count: number };
  parameters: TargetLists['parameters'];
  /** One JSON document on stdout instead of tables. */
  json: boolean;
}

/** The run's summary on stdout: sizes, counts, where results are, failures. */
export function reportRun(report: RunReport): void {
  if (report.json) return terminal.result(toJson(runDocument(report)));
  if (report.results.length > 0) terminal.result(sizesTable(report));
  terminal.result(`\n${counts(report)}; ${whereResultsAre(report)}`);
  if (report.failures.length > 0) terminal.result(failureList(report.failures));
}

/** A table per target: metrics by effect size. */
function sizesTable({ results, parameters }: RunReport): string {
  return (
    `${tableHeading(parameters, results[0]?.run.warehouse)}\n\n` +
    results.map(targetTable).join('\n\n')
  );
}

/** Says what the cells are, at which power, and from what data. */
export function tableHeading(
  parameters: { power: number[] },
  warehouse?: Record<string, unknown>,
): string {
  const power =
    parameters.power.length === 1 ? `, power ${parameters.power[0]}` : '';
  const sample =
    warehouse?.kind === 'sample'
      ? '\nFrom the sample warehouse: synthetic data, not telemetry.'
      : '';
  return (
    'Sample size per branch (share of the target population) by ' +
    `relative change to detect${power}:${sample}`
  );
}

/** `--json`: everything the tables say, and where the files are. */
function runDocument(report: RunReport) {
  return {
    run_date: report.runDate,
    sized: report.sized,
    skipped: report.skipped,
    failures: report.failures.map(({ slug, reason }) => ({ slug, reason })),
    ...(report.bytesProcessed === undefined
      ? {}
      : { bytes_processed: report.bytesProcessed }),
    results_dir: resultsDir(report.root, report.runDate),
    published: report.published.path,
    results: report.results,
  };
}

function whereResultsAre({ root, runDate, published }: RunReport): string {
  return (
    `results in ${relative(root, resultsDir(root, runDate))}/, ` +
    `published document ${relative(root, published.path)} ` +
    `(${countOf(published.count, 'target')})`
  );
}

function counts(report: RunReport): string {
  const parts = [`${countOf(report.sized, 'target')} sized`];
  if (report.skipped > 0) {
    parts.push(`${report.skipped} already complete (--force runs them again)`);
  }
  const failed = report.failures.length;
  if (failed > 0) parts.push(`${failed} failed`);
  if (report.bytesProcessed !== undefined) {
    parts.push(`${formatBytes(report.bytesProcessed)} processed`);
  }
  return parts.join(', ');
}

export function failureList(failures: TargetFailure[]): string {
  const lines = failures.map(({ slug, reason }) => `  ${slug}: ${reason}`);
  return `\nFailed targets:\n${lines.join('\n')}`;
}
