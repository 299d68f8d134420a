import type { TargetQuery } from '../compile/TargetQuery.js';
import { terminal } from '../terminal.js';
import { failureReason } from './failureReason.js';
import { runWithConcurrency } from './runWithConcurrency.js';
import type { TargetFailure } from './TargetFailure.js';

export interface Settled<T> {
  values: Map<TargetQuery, T>;
  failures: TargetFailure[];
}

/**
 * Does `work` for every target, `concurrency` at a time, and sorts the
 * outcomes into values and failures: one target failing never stops the
 * others. Each failure is also said on stderr as it happens.
 */
export async function settleTargets<T>(
  queries: TargetQuery[],
  concurrency: number,
  work: (query: TargetQuery) => Promise<T>,
): Promise<Settled<T>> {
  const outcomes = await runWithConcurrency(queries, concurrency,
    (query) => sayingFailure(query, () => work(query)));

  const settled: Settled<T> = { values: new Map(), failures: [] };
  outcomes.forEach((outcome, index) => {
    const query = queries[index]!;
    if (outcome.status === 'fulfilled') {
      settled.values.set(query, outcome.value);
    } else {
      const reason = failureReason(outcome.reason);
      settled.failures.push({ slug: query.target.slug, reason });
    }
  });
  return settled;
}

async function sayingFailure<T>(
  query: TargetQuery,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    terminal.info(`failed ${query.target.slug}: ${failureReason(error)}`);
    throw error;
  }
}
