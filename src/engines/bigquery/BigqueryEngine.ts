import type { BigQuery, Job, Query } from '@google-cloud/bigquery';
import type { TargetQuery } from '../../compile/TargetQuery.js';
import type { RunDates } from '../../dates/RunDates.js';
import { bigqueryDialect } from '../../dialects/bigqueryDialect.js';
import type { AggregateRow, Engine } from '../Engine.js';
import { aggregateRowOf } from './aggregateRowOf.js';
import { Backoff } from './Backoff.js';
import { bigqueryParameters } from './bigqueryParameters.js';
import { classifyError } from './classifyError.js';
import type { Clock } from './Clock.js';
import { jobIdFor } from './jobIdFor.js';
import { jobLabels } from './jobLabels.js';
import {
  bytesProcessed,
  jobResource,
  type JobResource,
} from './jobResource.js';
import { JobFailed } from './JobFailed.js';
import { POLL_DELAYS_MS, type RetryPolicy } from './RetryPolicy.js';
import { withRetries } from './withRetries.js';

export interface BigqueryEngineSettings {
  location?: string;
  /** Sets maximumBytesBilled on every job. */
  maxBytes?: number;
  clock: Clock;
  retry: RetryPolicy;
}

/** What one target's job did, for its result file and progress line. */
export interface JobRecord {
  jobId: string;
  bytesProcessed: number;
  /** A job an earlier run had started, whose results were fetched. */
  reattached: boolean;
}

const ALREADY_EXISTS = 409;
const NOT_FOUND = 404;

/** Tries under new ids when earlier jobs' results have expired. */
const MAX_EXPIRED = 5;

/** A finished job found again whose results BigQuery no longer keeps. */
class ResultsExpired extends Error {}

/** Raw cells, parsed here; two rows at most, to tell one from more. */
const RESULTS_PAGE = { autoPaginate: false, skipParsing: true, maxResults: 2 };

/**
 * Runs target queries as BigQuery jobs with deterministic ids, so that
 * running a target again finds its job rather than starting another.
 */
export class BigqueryEngine implements Engine {
  readonly dialect = bigqueryDialect;
  readonly #client: BigQuery;
  readonly #settings: BigqueryEngineSettings;
  readonly #jobs = new WeakMap<TargetQuery, JobRecord>();

  constructor(client: BigQuery, settings: BigqueryEngineSettings) {
    this.#client = client;
    this.#settings = settings;
  }

  /** Bytes the query would process, from a dry run that bills nothing. */
  async estimate(query: TargetQuery, dates: RunDates): Promise<number> {
    const request = { ...this.#request(query, dates), dryRun: true };
    const [job] = await withRetries(this.#backoff(), () =>
      this.#client.createQueryJob(request),
    );

    const bytes = bytesProcessed(jobResource.parse(job.metadata));
    if (bytes === undefined) {
      throw new Error('the dry run gave no estimate');
    }
    return bytes;
  }

  async run(query: TargetQuery, dates: RunDates): Promise<AggregateRow> {
    const backoff = this.#backoff();

    for (let attempt = 0; ; attempt += 1) {
      const jobId = jobIdFor(query, dates, attempt);
      try {
        return await this.#runJob(query, dates, jobId, backoff);
      } catch (error) {
        // The job ran, but too long ago: its results are gone. Run it
        // again under the next id; that costs one query, not a failure.
        if (error instanceof ResultsExpired && attempt < MAX_EXPIRED) continue;
        if (!(error instanceof JobFailed)) throw error;
        if (!classifyError(error).transient) throw error;
        // A failure an earlier run already waited out costs no new wait.
        if (!error.reattached) await backoff.wait(error);
      }
    }
  }

  /** The job behind the row `run` returned for this query. */
  jobOf(query: TargetQuery): JobRecord | undefined {
    return this.#jobs.get(query);
  }

  async close(): Promise<void> {}

  async #runJob(
    query: TargetQuery,
    dates: RunDates,
    jobId: string,
    backoff: Backoff,
  ): Promise<AggregateRow> {
    const { job, reattached } = await this.#startOrFind(
      query,
      dates,
      jobId,
      backoff,
    );
    const resource = await this.#untilDone(job, reattached, backoff);
    assertSameSql(resource, query, jobId);

    const page = await this.#results(job, reattached, backoff);
    const row = aggregateRowOf(page);

    const bytes = bytesProcessed(resource) ?? 0;
    this.#jobs.set(query, { jobId, bytesProcessed: bytes, reattached });
    return row;
  }

  async #results(job: Job, reattached: boolean, backoff: Backoff) {
    try {
      const [, , page] = await withRetries(backoff, () =>
        job.getQueryResults(RESULTS_PAGE),
      );
      return page;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (reattached && code === NOT_FOUND) throw new ResultsExpired();
      throw error;
    }
  }

  /** Inserts the job; if its id is taken, an earlier run made it: use that. */
  async #startOrFind(
    query: TargetQuery,
    dates: RunDates,
    jobId: string,
    backoff: Backoff,
  ): Promise<{ job: Job; reattached: boolean }> {
    const request = { ...this.#request(query, dates), jobId, ...this.#cap() };
    try {
      const [job] = await withRetries(backoff, () =>
        this.#client.createQueryJob(request),
      );
      return { job, reattached: false };
    } catch (error) {
      if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
      const { location } = this.#settings;
      const job = this.#client.job(jobId, { location });
      return { job, reattached: true };
    }
  }

  async #untilDone(
    job: Job,
    reattached: boolean,
    backoff: Backoff,
  ): Promise<JobResource> {
    let known: unknown = reattached ? undefined : job.metadata;
    const { clock, retry } = this.#settings;
    const deadline = clock.now() + retry.jobWaitMs;

    for (let poll = 0; ; poll += 1) {
      known ??= (await withRetries(backoff, () => job.getMetadata()))[0];
      const resource = jobResource.parse(known);
      const { state, errorResult } = resource.status ?? {};

      if (errorResult) throw new JobFailed(job.id!, errorResult, reattached);
      if (state === 'DONE') return resource;
      if (clock.now() >= deadline) throw stillRunning(job.id!, retry);

      await clock.sleep(pollDelay(poll));
      known = undefined;
    }
  }

  #request(query: TargetQuery, dates: RunDates): Query {
    const { location } = this.#settings;
    return {
      query: query.sql,
      ...bigqueryParameters(dates),
      labels: jobLabels(query, dates),
      ...(location ? { location } : {}),
    };
  }

  #cap(): Query {
    const { maxBytes } = this.#settings;
    if (maxBytes === undefined) return {};
    return { maximumBytesBilled: String(maxBytes) };
  }

  #backoff(): Backoff {
    return new Backoff(this.#settings.retry, this.#settings.clock);
  }
}

/** Not retried: the job goes on, and a later run reattaches to it. */
function stillRunning(jobId: string, retry: RetryPolicy): Error {
  const minutes = Math.round(retry.jobWaitMs / 60_000);
  return new Error(
    `job ${jobId} is still running after ${minutes} ` +
      'minutes; run again later to collect its results',
  );
}

function pollDelay(poll: number): number {
  return Math.min(POLL_DELAYS_MS.max, POLL_DELAYS_MS.first * 1.5 ** poll);
}

/** A found job must have run this very SQL, or its rows are not ours. */
function assertSameSql(
  resource: JobResource,
  query: TargetQuery,
  jobId: string,
): void {
  const ran = resource.configuration?.query?.query;
  if (ran !== undefined && ran !== query.sql) {
    const file = `compiled/${query.target.slug}.sql`;
    throw new Error(`job ${jobId} ran other SQL than ${file}`);
  }
}
