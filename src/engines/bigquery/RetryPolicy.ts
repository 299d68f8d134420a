/** How long one target may keep trying after transient failures. */
export interface RetryPolicy {
  /** Tries in all, the first included, over every call the target makes. */
  attempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** No wait may end later than this after the target's first call. */
  budgetMs: number;
  /** How long to wait for a running job before giving up on it. */
  jobWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 6,
  firstDelayMs: 1_000,
  maxDelayMs: 32_000,
  budgetMs: 5 * 60_000,
  // BigQuery itself stops a query after six hours.
  jobWaitMs: 6 * 3_600_000,
};

/** How often to ask whether a running job is done. */
export const POLL_DELAYS_MS = { first: 1_000, max: 10_000 };
