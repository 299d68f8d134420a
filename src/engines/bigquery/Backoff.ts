import { classifyError } from './classifyError.js';
import type { Clock } from './Clock.js';
import type { RetryPolicy } from './RetryPolicy.js';

/** Raised when a target has used up its tries; keeps the last reason. */
export class RetriesExhausted extends Error {
  constructor(
    readonly last: unknown,
    tries: number,
    seconds: number,
  ) {
    super(
      `${classifyError(last).reason} (gave up after ${tries} tries ` +
        `in ${seconds.toFixed(0)} s)`,
    );
    this.name = 'RetriesExhausted';
  }
}

/**
 * One target's retry budget, shared by every call it makes, so that
 * retries of retries cannot multiply: exponential delays with jitter,
 * bounded in count and in total time.
 */
export class Backoff {
  readonly #policy: RetryPolicy;
  readonly #clock: Clock;
  readonly #started: number;
  #failures = 0;

  constructor(policy: RetryPolicy, clock: Clock) {
    this.#policy = policy;
    this.#clock = clock;
    this.#started = clock.now();
  }

  /** Waits before the next try, or throws when the budget is spent. */
  async wait(error: unknown): Promise<void> {
    this.#failures += 1;
    const delay = this.#delay();
    const elapsed = this.#clock.now() - this.#started;

    const outOfTries = this.#failures >= this.#policy.attempts;
    const outOfTime = elapsed + delay > this.#policy.budgetMs;
    if (outOfTries || outOfTime) {
      throw new RetriesExhausted(error, this.#failures, elapsed / 1000);
    }
    await this.#clock.sleep(delay);
  }

  /**
   * Half the ceiling plus a random half: always some pause, and clients
   * that failed together do not retry together.
   */
  #delay(): number {
    const { firstDelayMs, maxDelayMs } = this.#policy;
    const doubled = firstDelayMs * 2 ** (this.#failures - 1);
    const ceiling = Math.min(maxDelayMs, doubled);
    return ceiling / 2 + (this.#clock.random() * ceiling) / 2;
  }
}
