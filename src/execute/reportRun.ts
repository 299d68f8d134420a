import { relative } from 'node:path';
import type { TargetLists } from '../config/TargetLists.js';
import { resultsDir } from '../results/resultPaths.js';
import type { TargetResult } from '../results/TargetResult.js';
import { terminal } from '../terminal.js';
import { countOf } from './countOf.js';
import { formatBytes } from './formatBytes.js';
import { parameterKey } from './sampleSizesFor.js';
import { summaryTable } from './summaryTable.js';
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
}

/** The run's summary on stdout: sizes, counts, where results are, failures. */
export function reportRun(report: RunReport): void {
  if (report.results.length > 0) terminal.result(sizesTable(report));
  terminal.result(`\n${counts(report)}; ${whereResultsAre(report)}`);
  if (report.failures.length > 0) terminal.result(failureList(report.failures));
}

/** Sizes at 1 % (or the first effect size listed) and the first power. */
function sizesTable({ parameters, results }: RunReport): string {
  const effect = parameters.effect_size.includes(0.01)
    ? 0.01
    : parameters.effect_size[0]!;
  const power = parameters.power[0]!;

  return 'Sample size per branch (share of the target) to detect a ' +
    `${effect * 100}% change with power ${power}:\n` +
    summaryTable(results, parameterKey(power, effect));
}

function whereResultsAre({ root, runDate, published }: RunReport): string {
  return `results in ${relative(root, resultsDir(root, runDate))}/, ` +
    `published document ${relative(root, published.path)} ` +
    `(${published.count} targets)`;
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
