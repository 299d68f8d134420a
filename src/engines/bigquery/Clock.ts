/**
 * Time as the BigQuery path sees it. Waiting between retries and polls
 * goes through here so that tests can run every backoff without waiting.
 */
export interface Clock {
  /** Milliseconds from an arbitrary origin; only differences matter. */
  now(): number;
  sleep(ms: number): Promise<void>;
  /** A number in [0, 1), for jitter. */
  random(): number;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};
