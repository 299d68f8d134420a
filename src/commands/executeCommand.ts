import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadProject } from '../config/loadProject.js';
import { parseIsoDate, todayUtc } from '../dates/IsoDate.js';
import { assertInPast, runDatesFor } from '../dates/RunDates.js';
import {
  API_ENDPOINT_VARIABLE,
  DEFAULT_CONCURRENCY,
  parseBigqueryFlags,
  refuseBigqueryFlags,
  type BigqueryFlags,
} from '../engines/bigquery/bigqueryFlags.js';
import { systemClock, type Clock } from '../engines/bigquery/Clock.js';
import {
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
} from '../engines/bigquery/RetryPolicy.js';
import { executeOnBigquery } from '../execute/executeOnBigquery.js';
import {
  DEFAULT_WAREHOUSE,
  executeOnDuckdb,
} from '../execute/executeOnDuckdb.js';
import type { TargetRun } from '../execute/TargetRun.js';
import { EXIT_USAGE, SizingError } from '../SizingError.js';
import { expandTargets } from '../targets/expandTargets.js';
import { selectTargets } from '../targets/selectTargets.js';

interface ExecuteOptions extends BigqueryFlags {
  target?: string[];
  all?: boolean;
  date?: string;
  force?: boolean;
  engine: string;
  projectDir: string;
  warehouse?: string;
}

/** What execute takes from its surroundings; tests pass their own. */
export interface ExecuteDependencies {
  clock: Clock;
  retry: RetryPolicy;
  env: NodeJS.ProcessEnv;
}

const ENGINES = ['duckdb', 'bigquery'];

export function registerExecuteCommand(
  program: Command,
  dependencies: ExecuteDependencies = {
    clock: systemClock,
    retry: DEFAULT_RETRY_POLICY,
    env: process.env,
  },
): void {
  program
    .command('execute')
    .description('size targets on the sample warehouse or BigQuery')
    .option('--target <slug...>', 'targets to size (see data/manifest.toml)')
    .option('--all', 'size every target of the manifest')
    .option('--date <YYYY-MM-DD>', 'run date (default: today, UTC)')
    .option('--force', 'size targets again even if their results are complete')
    .option('--engine <name>', 'duckdb (embedded) or bigquery', 'duckdb')
    .option('--warehouse <file>', 'embedded DuckDB file', DEFAULT_WAREHOUSE)
    .option('--project-dir <dir>', 'project folder holding data/', '.')
    .option('--project <id>', 'BigQuery: the project that runs the jobs')
    .option('--location <name>', 'BigQuery: where the jobs run, such as US')
    .option('--max-bytes <n>', 'BigQuery: refuse estimates above n; cap jobs')
    .option('--concurrency <k>',
      `BigQuery: targets at a time (default: ${DEFAULT_CONCURRENCY})`)
    .option('--dry-run', 'BigQuery: print the bytes each target would process')
    .option('--api-endpoint <url>',
      `BigQuery: an emulator, no credentials (or ${API_ENDPOINT_VARIABLE})`)
    .action((options: ExecuteOptions) => execute(options, dependencies));
}

async function execute(
  options: ExecuteOptions,
  dependencies: ExecuteDependencies,
): Promise<void> {
  // Flags first: a mistake costs nothing, not even loading the project.
  const bigquery = bigquerySettings(options, dependencies.env);
  const run = targetRun(options);

  if (bigquery === undefined) return executeOnDuckdb(run, options.warehouse);
  return executeOnBigquery({
    ...run,
    settings: bigquery,
    clock: dependencies.clock,
    retry: dependencies.retry,
  });
}

function bigquerySettings(options: ExecuteOptions, env: NodeJS.ProcessEnv) {
  if (!ENGINES.includes(options.engine)) {
    throw new SizingError(
      `--engine: "${options.engine}" is not one of ${ENGINES.join(', ')}`,
      EXIT_USAGE,
    );
  }
  if (options.engine === 'bigquery') return parseBigqueryFlags(options, env);

  refuseBigqueryFlags(options);
  return undefined;
}

function targetRun(options: ExecuteOptions): TargetRun {
  const root = resolve(options.projectDir);
  const project = loadProject(root);
  const allTargets = expandTargets(project.targetLists);

  return {
    root,
    project,
    allTargets,
    targets: selectTargets(allTargets, options),
    dates: runDates(options, project.targetLists.parameters.dates),
    force: options.force === true,
  };
}

function runDates(
  options: ExecuteOptions,
  dates: { enrollment_days: number; analysis_days: number },
) {
  const today = todayUtc();
  const runDate = options.date === undefined
    ? today
    : parseIsoDate(options.date, '--date');
  const result = runDatesFor(
    runDate, dates.enrollment_days, dates.analysis_days);
  assertInPast(result, today);
  return result;
}
