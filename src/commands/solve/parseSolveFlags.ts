import { ALTERNATIVES, type Alternative } from '../../stats/Alternative.js';
import {
  PARENT_DISTRIBUTIONS,
  type ParentDistribution,
} from '../../stats/mannWhitneyModel.js';
import {
  ANY_FINITE,
  flagError,
  parseNumber,
  parseNumberList,
  POSITIVE,
  PROBABILITY,
  WHOLE_AT_LEAST_2,
} from './parseNumbers.js';
import {
  TEST_NAMES,
  type EffectKind,
  type MetricScale,
  type SolveRequest,
  type TestName,
  type Unknown,
} from './SolveRequest.js';

/** The flags of `sizing solve` as commander hands them over. */
export interface SolveFlags {
  test: string;
  solve: string;
  method?: string;
  parent?: string;
  mean?: string;
  sd?: string;
  d?: string;
  baseline?: string;
  effectSize?: string;
  absolute?: boolean;
  alpha: string;
  power?: string;
  alternative: string;
  ratio: string;
  arms: string;
  n?: string;
  sequential?: boolean;
  tuning?: string;
  json?: boolean;
}

function choice<T extends string>(
  flag: string,
  value: string,
  allowed: readonly T[],
): T {
  if (!(allowed as readonly string[]).includes(value)) {
    const options = allowed.join(', ');
    throw flagError(flag, `must be one of ${options}, got '${value}'`);
  }
  return value as T;
}

function forbid(flags: SolveFlags, names: (keyof SolveFlags)[], why: string) {
  for (const name of names) {
    if (flags[name] !== undefined) throw flagError(flagName(name), why);
  }
}

function flagName(key: keyof SolveFlags): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

const usesMeanAndSd = (test: TestName) =>
  test === 'z' || test === 't' || test === 'mann-whitney';

export function parseSolveFlags(flags: SolveFlags): SolveRequest {
  const test = choice('--test', flags.test, TEST_NAMES);
  const solve = choice<Unknown>('--solve', flags.solve, ['n', 'mde', 'power']);
  checkTestSpecific(flags, test);
  checkUnknownSpecific(flags, solve);

  const scale = parseScale(flags, test);
  const effectKind = parseEffectKind(flags, test, scale);
  const request: SolveRequest = {
    solve,
    test,
    proportionMethod: choice('--method', flags.method ?? 'pooled', [
      'pooled',
      'arcsine',
    ]),
    parent: choice<ParentDistribution>(
      '--parent',
      flags.parent ?? 'normal',
      PARENT_DISTRIBUTIONS,
    ),
    scale,
    effectKind,
    effects: parseEffects(flags),
    powers: parsePowers(flags, solve),
    sizes: parseSizes(flags),
    study: parseStudy(flags, test),
    json: flags.json === true,
  };
  checkSingleCurve(request);
  return request;
}

function checkTestSpecific(flags: SolveFlags, test: TestName): void {
  if (test !== 'proportions') {
    forbid(flags, ['method'], 'applies to --test proportions only');
  }
  if (test !== 'mann-whitney') {
    forbid(flags, ['parent'], 'applies to --test mann-whitney only');
  }
  if (usesMeanAndSd(test)) {
    forbid(
      flags,
      ['baseline'],
      'is for --test proportions or poisson; give --mean and --sd (or --d)',
    );
    return;
  }
  forbid(
    flags,
    ['mean', 'sd', 'd'],
    `is for the z, t and mann-whitney tests; --test ${test} takes --baseline`,
  );
}

function checkUnknownSpecific(flags: SolveFlags, solve: Unknown): void {
  if (solve === 'n') {
    forbid(flags, ['n'], 'is an input of --solve mde or power, not --solve n');
  } else if (flags.n === undefined) {
    throw flagError(
      '--n',
      `(control clients) is required with --solve ${solve}`,
    );
  }

  if (solve === 'mde') {
    forbid(
      flags,
      ['effectSize', 'd', 'absolute'],
      'is what --solve mde computes; leave it out',
    );
  } else if (flags.effectSize === undefined && flags.d === undefined) {
    throw flagError(
      '--effect-size',
      `(or --d) is required with --solve ${solve}`,
    );
  }

  if (solve === 'power') {
    forbid(flags, ['power'], 'is what --solve power computes; leave it out');
  }
}

function parseScale(flags: SolveFlags, test: TestName): MetricScale {
  const optional = (flag: string, text: string | undefined) =>
    text === undefined ? null : parseNumber(flag, text, ANY_FINITE);
  const sd = optional('--sd', flags.sd);
  if (sd !== null && sd < 0) throw flagError('--sd', 'must not be negative');

  return {
    mean: optional('--mean', flags.mean),
    sd,
    baseline: usesMeanAndSd(test) ? null : requiredBaseline(flags),
  };
}

function requiredBaseline(flags: SolveFlags): number {
  if (flags.baseline === undefined) {
    throw flagError(
      '--baseline',
      `(the control proportion or rate) is required with --test ${flags.test}`,
    );
  }
  return parseNumber('--baseline', flags.baseline, ANY_FINITE);
}

function parseEffectKind(
  flags: SolveFlags,
  test: TestName,
  scale: MetricScale,
): EffectKind {
  if (flags.d !== undefined) {
    forbid(
      flags,
      ['effectSize', 'mean', 'sd', 'absolute'],
      'conflicts with --d, which is already a standardized effect',
    );
    return 'standardized';
  }
  const kind = flags.absolute === true ? 'absolute' : 'relative';
  const needsScale = flags.effectSize !== undefined || flags.solve === 'mde';
  if (usesMeanAndSd(test) && needsScale) requireMeanAndSd(flags, kind, scale);
  return kind;
}

function requireMeanAndSd(
  flags: SolveFlags,
  kind: EffectKind,
  scale: MetricScale,
): void {
  if (flags.solve === 'mde' && scale.sd === null) {
    if (scale.mean !== null) {
      throw flagError('--sd', 'is required with --mean to express the MDE');
    }
    return; // the MDE is then given as a standardized effect only
  }
  if (scale.sd === null) {
    throw flagError('--sd', 'is required to standardize --effect-size');
  }
  if (kind === 'relative' && scale.mean === null) {
    throw flagError(
      '--mean',
      'is required for a relative --effect-size (or pass --absolute)',
    );
  }
}

function parseEffects(flags: SolveFlags): number[] {
  if (flags.d !== undefined) return parseNumberList('--d', flags.d, ANY_FINITE);
  if (flags.effectSize === undefined) return [];

  return parseNumberList('--effect-size', flags.effectSize, ANY_FINITE);
}

function parseSizes(flags: SolveFlags): number[] {
  if (flags.n === undefined) return [];
  return parseNumberList('--n', flags.n, POSITIVE);
}

function parsePowers(flags: SolveFlags, solve: Unknown): number[] {
  if (solve === 'power') return [];
  return parseNumberList('--power', flags.power ?? '0.8', PROBABILITY);
}

function parseStudy(flags: SolveFlags, test: TestName): SolveRequest['study'] {
  const alternative = choice<Alternative>(
    '--alternative',
    flags.alternative,
    ALTERNATIVES,
  );
  return {
    alpha: parseNumber('--alpha', flags.alpha, PROBABILITY),
    alternative,
    ratio: parseNumber('--ratio', flags.ratio, POSITIVE),
    arms: parseNumber('--arms', flags.arms, WHOLE_AT_LEAST_2),
    sequential: parseSequential(flags, test),
  };
}

function parseSequential(flags: SolveFlags, test: TestName) {
  if (flags.sequential !== true) {
    forbid(flags, ['tuning'], 'needs --sequential');
    return null;
  }
  if (test === 't' || test === 'mann-whitney') {
    throw flagError(
      '--sequential',
      'works with the z, proportions and poisson tests only',
    );
  }
  const tuning =
    flags.tuning === undefined
      ? null
      : parseNumber('--tuning', flags.tuning, POSITIVE);
  return { tuningTotal: tuning };
}

/** A curve varies one input; two lists at once would be a grid. */
function checkSingleCurve(request: SolveRequest): void {
  const lists = [
    ['--effect-size/--d', request.effects],
    ['--power', request.powers],
    ['--n', request.sizes],
  ] as const;
  const varying = lists.filter(([, values]) => values.length > 1);
  if (varying.length > 1) {
    throw flagError(
      varying[1]![0],
      `lists several values, and so does ${varying[0]![0]}: ` +
        'a curve varies one input at a time',
    );
  }
}
