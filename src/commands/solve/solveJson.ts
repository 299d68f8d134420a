import type { SolveOutcome } from './runSolve.js';
import type { SolveRequest } from './SolveRequest.js';

/**
 * The `--json` document: one object with the inputs, the method and either
 * the answer's fields at top level (one point) or a `curve` array. Numbers
 * are unrounded; where there is no number, `not_computable` gives the
 * reason instead.
 */
export function solveJson(request: SolveRequest, outcome: SolveOutcome) {
  const inputs = commonInputs(request);
  const head = { solve: request.solve, test: request.test };

  if (outcome.varying === null) {
    const point = outcome.points[0];
    return {
      ...head,
      method: outcome.method,
      inputs: { ...inputs, ...point?.inputs },
      ...point?.result,
    };
  }
  return {
    ...head,
    method: outcome.method,
    inputs,
    varying: outcome.varying,
    curve: outcome.points.map((point) => ({
      ...point.inputs,
      ...point.result,
    })),
  };
}

function commonInputs(request: SolveRequest) {
  const { study, scale } = request;
  const sequential = study.sequential
    ? { tuning_total: study.sequential.tuningTotal }
    : null;
  const inputs: Record<string, unknown> = {
    alpha: study.alpha,
    alternative: study.alternative,
    ratio: study.ratio,
    arms: study.arms,
    sequential,
  };

  if (request.test === 'proportions') {
    inputs.proportions_method = request.proportionMethod;
  }
  if (request.test === 'mann-whitney') inputs.parent = request.parent;
  for (const key of ['mean', 'sd', 'baseline'] as const) {
    if (scale[key] !== null) inputs[key] = scale[key];
  }
  if (request.solve !== 'mde') inputs.effect_kind = request.effectKind;
  return inputs;
}
