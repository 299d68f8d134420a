import type { JobError } from './jobResource.js';

/**
 * A job that BigQuery accepted and then ended in error. Shaped like the
 * client's ApiError (`errors`, `message`) so that one classifier reads both.
 */
export class JobFailed extends Error {
  readonly errors: JobError[];

  constructor(
    readonly jobId: string,
    errorResult: JobError,
    /** Found by a rerun, not started by this one. */
    readonly reattached: boolean,
  ) {
    super(errorResult.message ?? `job ${jobId} failed`);
    this.name = 'JobFailed';
    this.errors = [errorResult];
  }
}
