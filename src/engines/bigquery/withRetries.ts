import type { Backoff } from './Backoff.js';
import { classifyError } from './classifyError.js';

/**
 * Calls `call` until it succeeds, waiting after each transient failure;
 * any other failure, or a spent budget, is thrown at once.
 */
export async function withRetries<T>(
  backoff: Backoff,
  call: () => Promise<T>,
): Promise<T> {
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (!classifyError(error).transient) throw error;
      await backoff.wait(error);
    }
  }
}
