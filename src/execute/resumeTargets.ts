import type { TargetQuery } from '../compile/TargetQuery.js';
import { targetResultPath } from '../results/resultPaths.js';
import type { TargetResult } from '../results/TargetResult.js';
import { terminal } from '../terminal.js';
import { completeResult, type Expectation } from './completeResult.js';
import { countOf } from './countOf.js';

export interface Resumed {
  /** Targets whose result file already stands for this run. */
  done: Map<TargetQuery, TargetResult>;
  pending: TargetQuery[];
}

/**
 * Splits the queries into those already answered by a complete result
 * file of the same run and those still to run; `force` runs them all.
 */
export function resumeTargets(
  root: string,
  queries: TargetQuery[],
  expected: Omit<Expectation, 'query'>,
  force: boolean,
): Resumed {
  const done = new Map<TargetQuery, TargetResult>();
  if (force) return { done, pending: queries };

  const pending: TargetQuery[] = [];
  for (const query of queries) {
    const { slug } = query.target;
    const path = targetResultPath(root, expected.dates.runDate, slug);
    const result = completeResult(path, { ...expected, query });
    if (result) done.set(query, result);
    else pending.push(query);
  }

  if (done.size > 0) {
    terminal.info(`${countOf(done.size, 'target')} already complete for ` +
      `${expected.dates.runDate}, skipped (--force runs them again)`);
  }
  return { done, pending };
}
