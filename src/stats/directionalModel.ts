import type { ComparisonDesign } from './ComparisonDesign.js';
import { criticalValue, criticalVariesWithSize } from './criticalValue.js';
import { directionProblem } from './directionProblem.js';
import {
  directionalPower,
  directionalSampleSize,
  type VarianceProfile,
} from './directionalNormalTest.js';
import { findRoot } from './findRoot.js';
import { powerProblem } from './powerProblem.js';
import { notComputable, solved, type Solution } from './Solution.js';
import { sizeSolution } from './sizeLimits.js';
import { solveIncreasingSize } from './solveIncreasingSize.js';
import type { TestModel } from './TestModel.js';

/**
 * A TestModel for a directional normal test on an absolute change from a
 * baseline (proportion or rate), given how its variances depend on the
 * change and which changes are possible.
 */
export interface DirectionalTest {
  method: string;
  /** Why the baseline cannot be used, or null. */
  baselineProblem: string | null;
  /** Why baseline + change is impossible (outside the range), or null. */
  changeProblem(change: number): string | null;
  profile(change: number, ratio: number): VarianceProfile;
  /** The largest change the search for a detectable change may try. */
  changeLimit(direction: 1 | -1): number;
}

const NO_CLIENTS =
  'the power is reached with no clients, because the variance under the ' +
  'alternative is larger than under the null';

export function directionalModel(test: DirectionalTest): TestModel {
  return {
    method: test.method,
    allowsSequential: true,
    power: (change, n, design) => powerOf(test, change, n, design),
    sampleSize: (change, power, design) =>
      sampleSizeOf(test, change, power, design),
    detectableChange: (n, power, design) =>
      detectableChangeOf(test, n, power, design),
  };
}

function rawPower(
  test: DirectionalTest,
  change: number,
  nControl: number,
  design: ComparisonDesign,
): number {
  const critical = criticalValue(design, nControl);
  const profile = test.profile(change, design.ratio);
  const { alternative } = design;
  return directionalPower(change, nControl, critical, profile, alternative);
}

function powerOf(
  test: DirectionalTest,
  change: number,
  nControl: number,
  design: ComparisonDesign,
): Solution {
  const problem =
    test.baselineProblem ??
    test.changeProblem(change) ??
    profileProblem(test.profile(change, design.ratio));
  if (problem !== null) return notComputable(problem);

  return solved(rawPower(test, change, nControl, design));
}

/**
 * Closed form; with a sequential threshold that moves with n, root search
 * upwards from the one-look closed form instead.
 */
function sampleSizeOf(
  test: DirectionalTest,
  change: number,
  target: number,
  design: ComparisonDesign,
): Solution {
  const problem = sizeProblem(test, change, target, design);
  if (problem !== null) return notComputable(problem);

  const profile = test.profile(change, design.ratio);
  const size = (critical: number) =>
    directionalSampleSize(change, target, critical, profile);
  if (!criticalVariesWithSize(design)) {
    const n = size(criticalValue(design, 1));
    return n === null ? notComputable(NO_CLIENTS) : sizeSolution(n);
  }

  const start = size(criticalValue({ ...design, sequential: null }, 1));
  if (start === null) return notComputable(NO_CLIENTS);
  const gap = (n: number) => rawPower(test, change, n, design) - target;
  return solveIncreasingSize(gap, start);
}

/** Upwards for 'two-sided' and 'larger', downwards for 'smaller'. */
function detectableChangeOf(
  test: DirectionalTest,
  nControl: number,
  target: number,
  design: ComparisonDesign,
): Solution {
  const problem = test.baselineProblem ?? powerProblem(target, design.alpha);
  if (problem !== null) return notComputable(problem);

  const direction = design.alternative === 'smaller' ? -1 : 1;
  const gap = (change: number) =>
    rawPower(test, change, nControl, design) - target;
  const problemAt = (change: number) =>
    test.changeProblem(change) ??
    profileProblem(test.profile(change, design.ratio));
  return searchChange(gap, problemAt, direction, test.changeLimit(direction));
}

function sizeProblem(
  test: DirectionalTest,
  change: number,
  target: number,
  design: ComparisonDesign,
): string | null {
  return (
    test.baselineProblem ??
    test.changeProblem(change) ??
    directionProblem(change, design.alternative) ??
    powerProblem(target, design.alpha) ??
    profileProblem(test.profile(change, design.ratio))
  );
}

/**
 * With rates near the largest double, the variance of the difference can
 * overflow although both rates are representable.
 */
function profileProblem(profile: VarianceProfile): string | null {
  const sds = [profile.nullSd, profile.alternativeSd];
  if (sds.every((sd) => Number.isFinite(sd))) return null;
  return 'the variance of the estimated change is too large to represent';
}

/** ln of the smallest normal double: no trial change is smaller. */
const LOG_TINY = Math.log(2.2250738585072014e-308);
const LOG_MAX = Math.log(Number.MAX_VALUE);

/**
 * The change of the given sign, up to `limit` (exclusive when finite), at
 * which power reaches the target. Power grows with the size of the change.
 * `problemAt` says why a trial change cannot be evaluated, if it cannot.
 * The search runs on ln |change|, so the answer is precise relative to its
 * size however small it is.
 */
function searchChange(
  gap: (change: number) => number,
  problemAt: (change: number) => string | null,
  direction: 1 | -1,
  limit: number,
): Solution {
  const at = (v: number) => direction * Math.exp(v);
  if (gap(at(LOG_TINY)) >= 0) {
    return notComputable(
      'the detectable change is below 1e-308, too small to represent',
    );
  }

  // exp(ln c) may round a few ulps (of ln c) away from c: stay 1e-12 clear
  // of a finite limit so that the trial change is still possible.
  let hi = Number.isFinite(limit) ? Math.log(limit) + Math.log1p(-1e-12) : 0;
  for (;;) {
    const problem = problemAt(at(hi));
    if (problem !== null) return notComputable(problem);
    if (gap(at(hi)) >= 0) break;
    if (Number.isFinite(limit)) return notComputable(NO_CHANGE);
    hi += Math.LN2;
    if (hi > LOG_MAX) {
      return notComputable(
        'the detectable change is beyond what can be represented',
      );
    }
  }
  return solved(at(findRoot((v) => gap(at(v)), LOG_TINY, hi)));
}

const NO_CHANGE =
  'no possible change reaches the requested power with this many clients';
