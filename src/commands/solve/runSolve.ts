import { arcsineProportionsModel } from '../../stats/arcsineProportionsModel.js';
import { mannWhitneyModel } from '../../stats/mannWhitneyModel.js';
import { planDetectableChange } from '../../stats/planDetectableChange.js';
import { planPower } from '../../stats/planPower.js';
import { planSampleSize } from '../../stats/planSampleSize.js';
import { poissonRatesModel } from '../../stats/poissonRatesModel.js';
import { pooledProportionsModel } from '../../stats/pooledProportionsModel.js';
import { product, scaledChange } from '../../stats/scaledChange.js';
import type { Solution } from '../../stats/Solution.js';
import { studyMethod, type StudyDesign } from '../../stats/StudyDesign.js';
import type { TestModel } from '../../stats/TestModel.js';
import { tTestModel } from '../../stats/tTestModel.js';
import { zTestModel } from '../../stats/zTestModel.js';
import type { SolveRequest } from './SolveRequest.js';

/**
 * Runs a checked `sizing solve` request: one point, or one per value of the
 * input that lists several (a curve). Each point carries its inputs and
 * either numbers or the reason there are none.
 */

export interface PointInputs {
  effect_size?: number;
  d?: number;
  power?: number;
  n?: number;
}

export interface DetectableEffect {
  relative?: number;
  absolute?: number;
  d?: number;
}

export type PointResult =
  | { not_computable: string }
  | {
      control: number;
      treatment: number;
      total: number;
      sample_size_per_branch: number;
    }
  | { mde: DetectableEffect }
  | { power: number };

export interface SolvePoint {
  inputs: PointInputs;
  result: PointResult;
}

export interface SolveOutcome {
  method: string;
  /** Which input varies along the curve, or null for a single point. */
  varying: keyof PointInputs | null;
  points: SolvePoint[];
}

function modelOf(request: SolveRequest): TestModel {
  const baseline = request.scale.baseline ?? NaN;
  switch (request.test) {
    case 'z':
      return zTestModel;
    case 't':
      return tTestModel;
    case 'mann-whitney':
      return mannWhitneyModel(request.parent);
    case 'poisson':
      return poissonRatesModel(baseline);
    case 'proportions':
      return request.proportionMethod === 'arcsine'
        ? arcsineProportionsModel(baseline)
        : pooledProportionsModel(baseline);
  }
}

const measuredOnMeanScale = (request: SolveRequest) =>
  request.scale.baseline === null;

const ZERO_SD = 'standard deviation is 0: every client has the same value';
const ZERO_MEAN =
  'mean is 0: a relative change of a zero mean is no change at all';

const STANDARDIZED = 'the standardized effect (effect / sd)';
const STANDARDIZED_RELATIVE = 'the standardized effect (effect × mean / sd)';
const BASELINE_CHANGE = 'the change (effect × baseline)';

/** The change in the model's unit, or why the flags give none. */
function toChange(
  request: SolveRequest,
  effect: number,
): { change: number } | { problem: string } {
  const { mean, sd, baseline } = request.scale;
  if (request.effectKind === 'standardized') return { change: effect };

  if (!measuredOnMeanScale(request)) {
    if (request.effectKind === 'absolute') return { change: effect };
    return changeOf(
      scaledChange(effect, baseline as number, 1, BASELINE_CHANGE),
    );
  }
  const spread = sd as number;
  if (spread === 0) return { problem: ZERO_SD };
  if (request.effectKind === 'absolute') {
    return changeOf(scaledChange(effect, 1, spread, STANDARDIZED));
  }
  if (mean === 0) return { problem: ZERO_MEAN };

  const scale = [mean as number, spread] as const;
  return changeOf(scaledChange(effect, ...scale, STANDARDIZED_RELATIVE));
}

function changeOf(found: Solution) {
  return found.computable ? { change: found.value } : { problem: found.reason };
}

/**
 * The detectable change in every unit the flags make available. A unit in
 * which the value overflows or underflows is left out.
 */
function describeChange(request: SolveRequest, change: number) {
  const { mean, sd, baseline } = request.scale;
  const effect: DetectableEffect = {};
  const keep = (key: keyof DetectableEffect, value: number) => {
    if (Number.isFinite(value) && (value !== 0 || change === 0)) {
      effect[key] = value;
    }
  };
  if (!measuredOnMeanScale(request)) {
    keep('relative', product(change, 1, baseline as number));
    keep('absolute', change);
    return effect;
  }

  if (sd !== null && sd > 0) {
    keep('absolute', change * sd);
    if (mean !== null && mean !== 0) {
      keep('relative', product(change, sd, mean));
    }
  }
  effect.d = change;
  return effect;
}

interface PointSpec {
  effect: number | null;
  power: number | null;
  n: number | null;
}

function solvePoint(
  request: SolveRequest,
  model: TestModel,
  spec: PointSpec,
): PointResult {
  const study: StudyDesign = { ...request.study, power: spec.power ?? 0.5 };

  if (request.solve === 'mde') {
    const found = planDetectableChange(model, spec.n as number, study);
    return fromSolution(found, (c) => ({ mde: describeChange(request, c) }));
  }

  const converted = toChange(request, spec.effect as number);
  if ('problem' in converted) return { not_computable: converted.problem };
  if (request.solve === 'power') {
    const power = planPower(model, converted.change, spec.n as number, study);
    return fromSolution(power, (value) => ({ power: value }));
  }

  const size = planSampleSize(model, converted.change, study);
  if (!size.computable) return { not_computable: size.reason };
  const { control, treatment, total } = size;
  return { control, treatment, total, sample_size_per_branch: control };
}

function fromSolution(
  solution: Solution,
  shape: (value: number) => PointResult,
): PointResult {
  if (!solution.computable) return { not_computable: solution.reason };
  return shape(solution.value);
}

function pointInputs(request: SolveRequest, spec: PointSpec): PointInputs {
  const inputs: PointInputs = {};
  if (spec.effect !== null) {
    const converted = toChange(request, spec.effect);
    if (request.effectKind === 'standardized') inputs.d = spec.effect;
    else inputs.effect_size = spec.effect;
    if ('change' in converted && measuredOnMeanScale(request)) {
      inputs.d = converted.change;
    }
  }
  if (spec.power !== null) inputs.power = spec.power;
  if (spec.n !== null) inputs.n = spec.n;
  return inputs;
}

function specs(request: SolveRequest): {
  varying: SolveOutcome['varying'];
  list: PointSpec[];
} {
  const effects = request.effects.length ? request.effects : [null];
  const powers = request.powers.length ? request.powers : [null];
  const sizes = request.sizes.length ? request.sizes : [null];
  const list = effects.flatMap((effect) =>
    powers.flatMap((power) => sizes.map((n) => ({ effect, power, n }))),
  );

  let varying: SolveOutcome['varying'] = null;
  if (effects.length > 1) {
    varying = request.effectKind === 'standardized' ? 'd' : 'effect_size';
  } else if (powers.length > 1) varying = 'power';
  else if (sizes.length > 1) varying = 'n';
  return { varying, list };
}

export function runSolve(request: SolveRequest): SolveOutcome {
  const model = modelOf(request);
  const study = { ...request.study, power: 0.5 };
  const { varying, list } = specs(request);

  return {
    method: studyMethod(study, model),
    varying,
    points: list.map((spec) => ({
      inputs: pointInputs(request, spec),
      result: solvePoint(request, model, spec),
    })),
  };
}
