import type { TargetQuery } from '../compile/TargetQuery.js';
import type { BigqueryRunSettings } from '../engines/bigquery/bigqueryFlags.js';
import { BigqueryEngine } from '../engines/bigquery/BigqueryEngine.js';
import type { Clock } from '../engines/bigquery/Clock.js';
import {
  createBigqueryClient,
} from '../engines/bigquery/createBigqueryClient.js';
import type { RetryPolicy } from '../engines/bigquery/RetryPolicy.js';
import { writeFileAtomically } from '../files/writeFilesAtomically.js';
import { publishResults } from '../results/publishResults.js';
import { targetResultPath } from '../results/resultPaths.js';
import type { RunMetadata, TargetResult } from '../results/TargetResult.js';
import { toJson } from '../results/toJson.js';
import { SizingError } from '../SizingError.js';
import { terminal } from '../terminal.js';
import { countOf } from './countOf.js';
import { formatBytes } from './formatBytes.js';
import { refuseOverCap } from './refuseOverCap.js';
import { reportEstimates } from './reportEstimates.js';
import { reportRun } from './reportRun.js';
import { resumeTargets } from './resumeTargets.js';
import { reviewedQueries } from './reviewedQueries.js';
import { settleTargets, type Settled } from './settleTargets.js';
import { sizeTarget } from './sizeTarget.js';
import type { TargetFailure } from './TargetFailure.js';
import type { TargetRun } from './TargetRun.js';

export interface BigqueryRun extends TargetRun {
  settings: BigqueryRunSettings;
  clock: Clock;
  retry: RetryPolicy;
}

/** What a BigQuery result records beyond what every result does. */
type BigqueryRunMetadata = RunMetadata & {
  gcp_project: string;
  job_id: string;
  bytes_processed: number;
};

interface Sized {
  result: TargetResult;
  bytes: number;
}

/**
 * Sizes targets on BigQuery: refuses compiled files that are not what
 * the inputs give, skips targets already complete, estimates every
 * remaining one with a dry run, refuses the run if any would exceed the
 * byte cap, then runs the rest a few at a time, each independently.
 */
export async function executeOnBigquery(run: BigqueryRun): Promise<void> {
  const queries = reviewedQueries(run.root, run.project, run.targets);
  const { done, pending } = resumeTargets(run.root, queries, {
    dates: run.dates,
    engine: 'bigquery',
    warehouse: warehouseOf(run.settings),
    parameters: run.project.targetLists.parameters,
  }, run.force);

  const engine = engineFor(run);
  const { maxBytes, concurrency } = run.settings;
  const estimates = await estimateAll(engine, pending, run);
  if (run.settings.dryRun) {
    return reportEstimates(estimates, maxBytes, run.json);
  }
  refuseOverCap(estimates, maxBytes);

  const sized = await settleTargets([...estimates.values.keys()],
    concurrency, (query) => sizeOne(engine, query, run));
  report(run, queries, done, sized.values,
    [...estimates.failures, ...sized.failures]);
}

function engineFor(run: BigqueryRun): BigqueryEngine {
  const { connection, maxBytes } = run.settings;
  return new BigqueryEngine(createBigqueryClient(connection), {
    location: connection.location,
    maxBytes,
    clock: run.clock,
    retry: run.retry,
  });
}

async function estimateAll(
  engine: BigqueryEngine,
  queries: TargetQuery[],
  run: BigqueryRun,
): Promise<Settled<number>> {
  const { concurrency } = run.settings;
  if (queries.length > 0) {
    terminal.info(`estimating ${countOf(queries.length, 'target')} ` +
      `with dry runs (${Math.min(queries.length, concurrency)} at a time)`);
  }
  return settleTargets(queries, concurrency,
    (query) => engine.estimate(query, run.dates));
}

/** Runs one target and writes its result at once, so a crash loses little. */
async function sizeOne(
  engine: BigqueryEngine,
  query: TargetQuery,
  run: BigqueryRun,
): Promise<Sized> {
  const started = run.clock.now();
  const { parameters } = run.project.targetLists;
  const sized = await sizeTarget(engine, query, run.dates, parameters,
    warehouseOf(run.settings));

  const job = engine.jobOf(query)!;
  const metadata: BigqueryRunMetadata = {
    ...sized.run,
    gcp_project: run.settings.connection.project,
    job_id: job.jobId,
    bytes_processed: job.bytesProcessed,
  };
  const result = { ...sized, run: metadata };
  const { slug } = query.target;
  const path = targetResultPath(run.root, run.dates.runDate, slug);
  writeFileAtomically(path, toJson(result));

  const seconds = ((run.clock.now() - started) / 1000).toFixed(1);
  const found = job.reattached
    ? ', results of a job an earlier run started'
    : '';
  terminal.info(`sized ${slug}: job ${job.jobId}, ` +
    `${formatBytes(job.bytesProcessed)} processed, ${seconds} s${found}`);
  return { result, bytes: job.bytesProcessed };
}

function report(
  run: BigqueryRun,
  queries: TargetQuery[],
  done: Map<TargetQuery, TargetResult>,
  sized: Map<TargetQuery, Sized>,
  failures: TargetFailure[],
): void {
  const results = queries.flatMap((query) =>
    done.get(query) ?? sized.get(query)?.result ?? []);
  const bytes = [...sized.values()].reduce((sum, item) => sum + item.bytes, 0);

  reportRun({
    root: run.root,
    runDate: run.dates.runDate,
    results,
    sized: sized.size,
    skipped: done.size,
    failures,
    bytesProcessed: bytes,
    published: publishResults(run.root, run.dates.runDate, run.allTargets),
    parameters: run.project.targetLists.parameters,
    json: run.json,
  });

  if (failures.length > 0) {
    const of = countOf(queries.length, 'target');
    throw new SizingError(`${failures.length} of ${of} failed; ` +
      `each is listed above with its reason`);
  }
}

/** Where results came from; a result counts as complete only for the same. */
function warehouseOf(settings: BigqueryRunSettings): Record<string, string> {
  const { apiEndpoint } = settings.connection;
  return apiEndpoint === undefined
    ? { kind: 'bigquery' }
    : { kind: 'bigquery emulator', api_endpoint: apiEndpoint };
}
