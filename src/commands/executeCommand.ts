import { relative, resolve } from 'node:path';
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
import { DEFAULT_WAREHOUSE } from '../execute/defaultWarehouse.js';
import { tableHeading } from '../execute/reportRun.js';
import { targetTable } from '../execute/targetTable.js';
import { toJson } from '../results/toJson.js';
import { loadStudy } from '../study/loadStudy.js';
import { terminal } from '../terminal.js';
import { projectRoot } from '../warehouse/projectRoot.js';
import type { TargetRun } from '../execute/TargetRun.js';
import { EXIT_USAGE, SizingError } from '../SizingError.js';
import { expandTargets } from '../targets/expandTargets.js';
import { selectTargets } from '../targets/selectTargets.js';

interface ExecuteOptions extends BigqueryFlags {
  target?: string[];
  all?: boolean;
  date?: string;
  force?: boolean;
  json?: boolean;
  config?: string;
  metricHub?: string;
  out?: string;
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
    .option('--json', 'print results as one JSON document on stdout')
    .option('--config <file>', 'size one study config instead of targets')
    .option('--metric-hub <dir>', 'metric-hub folder the study imports from')
    .option('--out <file>', 'with --config: where to write the result')
    .option('--engine <name>', 'duckdb (embedded) or bigquery', 'duckdb')
    .option('--warehouse <file>', 'embedded DuckDB file', DEFAULT_WAREHOUSE)
    .option('--project-dir <dir>', 'project folder holding data/', '.')
    .option('--project <id>', 'BigQuery: the project that runs the jobs')
    .option('--location <name>', 'BigQuery: where the jobs run, such as US')
    .option('--max-bytes <n>', 'BigQuery: refuse estimates above n; cap jobs')
    .option(
      '--concurrency <k>',
      `BigQuery: targets at a time (default: ${DEFAULT_CONCURRENCY})`,
    )
    .option('--dry-run', 'BigQuery: print the bytes each target would process')
    .option(
      '--api-endpoint <url>',
      `BigQuery: an emulator, no credentials (or ${API_ENDPOINT_VARIABLE})`,
    )
    .action((options: ExecuteOptions) => execute(options, dependencies));
}

async function execute(
  options: ExecuteOptions,
  dependencies: ExecuteDependencies,
): Promise<void> {
  // Flags first: a mistake costs nothing, not even loading the project.
  const bigquery = bigquerySettings(options, dependencies.env);
  if (options.json) terminal.setQuiet(true);
  if (options.config !== undefined) return executeStudy(options, bigquery);
  refuseStudyFlags(options);
  const run = targetRun(options);

  // Engines load on use: each pulls in a large library.
  if (bigquery === undefined) {
    const { executeOnDuckdb } = await import('../execute/executeOnDuckdb.js');
    return executeOnDuckdb(run, options.warehouse);
  }
  const { executeOnBigquery } = await import('../execute/executeOnBigquery.js');
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
    json: options.json === true,
  };
}

async function executeStudy(
  options: ExecuteOptions,
  bigquery: unknown,
): Promise<void> {
  const clash = (['target', 'all', 'date', 'force'] as const).find(
    (flag) => options[flag] !== undefined,
  );
  if (clash !== undefined || bigquery !== undefined) {
    const flag = clash === undefined ? 'engine bigquery' : clash;
    throw new SizingError(
      `--config: cannot be combined with --${flag}; a ` +
        'study names its own dates and runs on the embedded engine',
      EXIT_USAGE,
    );
  }

  const study = loadStudy(options.config!, options.metricHub);
  const { runStudy } = await import('../execute/runStudy.js');
  const { path, result } = await runStudy(study, {
    out: options.out,
    warehouse: resolve(
      options.projectDir,
      options.warehouse ?? DEFAULT_WAREHOUSE,
    ),
    root: projectRoot(),
  });

  if (options.json) return terminal.result(toJson(result));
  terminal.result(`${tableHeading(study.parameters, result.run.warehouse)}\n`);
  terminal.result(targetTable(result));
  terminal.result(`\nresult in ${relative(process.cwd(), path)}`);
}

function refuseStudyFlags(options: ExecuteOptions): void {
  for (const flag of ['metricHub', 'out'] as const) {
    if (options[flag] === undefined) continue;
    const name = flag === 'out' ? '--out' : '--metric-hub';
    throw new SizingError(`${name}: only with --config`, EXIT_USAGE);
  }
}

function runDates(
  options: ExecuteOptions,
  dates: { enrollment_days: number; analysis_days: number },
) {
  const today = todayUtc();
  const runDate =
    options.date === undefined ? today : parseIsoDate(options.date, '--date');
  if (runDate > today) {
    throw new SizingError(
      `--date: ${runDate} is after today (${today}); sizing reads ` +
        'history, so a run date cannot be in the future',
      EXIT_USAGE,
    );
  }
  const result = runDatesFor(
    runDate,
    dates.enrollment_days,
    dates.analysis_days,
  );
  assertInPast(result, today);
  return result;
}
