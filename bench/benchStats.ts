/**
 * Time per solve for 10^4 mixed sample-size problems, per test and
 * overall, quoted as a ratio against the plain closed-form z formula
 * (n = 2·(z_{1-α/2} + z_power)² / d²) timed in the same process, so the
 * figures compare across machines. Run with `npm run bench:stats`.
 */
import { performance } from 'node:perf_hooks';
import {
  arcsineProportionsModel,
} from '../src/stats/arcsineProportionsModel.js';
import { mannWhitneyModel } from '../src/stats/mannWhitneyModel.js';
import { normalIsf } from '../src/stats/normalQuantile.js';
import { planSampleSize } from '../src/stats/planSampleSize.js';
import { poissonRatesModel } from '../src/stats/poissonRatesModel.js';
import { pooledProportionsModel } from '../src/stats/pooledProportionsModel.js';
import type { StudyDesign } from '../src/stats/StudyDesign.js';
import type { TestModel } from '../src/stats/TestModel.js';
import { tTestModel } from '../src/stats/tTestModel.js';
import { zTestModel } from '../src/stats/zTestModel.js';
import { terminal } from '../src/terminal.js';

const SOLVES = 10_000;

/** A small deterministic generator, so every run solves the same cases. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Case {
  kind: string;
  model: TestModel;
  change: number;
  study: StudyDesign;
}

const KINDS: [string, (u: number) => [TestModel, number]][] = [
  ['z', (u) => [zTestModel, 0.005 + 0.5 * u]],
  ['t', (u) => [tTestModel, 0.005 + 0.5 * u]],
  ['mann-whitney', (u) => [mannWhitneyModel('logistic'), 0.01 + 0.4 * u]],
  ['pooled proportions', (u) => [pooledProportionsModel(0.05 + 0.5 * u), 0.01]],
  ['arcsine proportions', (u) => [arcsineProportionsModel(0.05 + u / 2), 0.01]],
  ['poisson', (u) => [poissonRatesModel(0.5 + 5 * u), 0.05]],
  ['z sequential', (u) => [zTestModel, 0.005 + 0.5 * u]],
];

function makeCases(): Case[] {
  const random = generator(20240101);
  return Array.from({ length: SOLVES }, (_, i) => {
    const [kind, make] = KINDS[i % KINDS.length]!;
    const [model, change] = make(random());
    const study: StudyDesign = {
      alpha: [0.01, 0.05, 0.1][Math.floor(3 * random())]!,
      power: 0.7 + 0.25 * random(),
      alternative: random() < 0.7 ? 'two-sided' : 'larger',
      ratio: 0.5 + 1.5 * random(),
      arms: 2 + Math.floor(3 * random()),
      sequential: kind === 'z sequential' ? { tuningTotal: 1e5 } : null,
    };
    return { kind, model, change, study };
  });
}

function closedForm(c: Case): number {
  const { alpha, power, ratio } = c.study;
  const z = normalIsf(alpha / 2) + normalIsf(1 - power);
  return ((z * z) / (c.change * c.change)) * (1 + 1 / ratio);
}

function timeEach<T>(cases: T[], run: (c: T) => unknown): number {
  const start = performance.now();
  for (const c of cases) run(c);
  return (performance.now() - start) / cases.length;
}

const cases = makeCases();
const solveOne = (c: Case) => planSampleSize(c.model, c.change, c.study);
timeEach(cases.slice(0, 500), solveOne); // warm up the compiler first
timeEach(cases, closedForm);

/** The baseline is cheap, so take the median of several rounds of it. */
function medianOf(rounds: number, run: () => number): number {
  const times = Array.from({ length: rounds }, run).sort((a, b) => a - b);
  return times[Math.floor(rounds / 2)]!;
}

const baseline = medianOf(7, () => timeEach(cases, closedForm));
const overall = timeEach(cases, solveOne);
const micro = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
const ratio = (ms: number) => `${(ms / baseline).toPrecision(2)}x`;

terminal.result(
  `${SOLVES} mixed solves: ${micro(overall)} per solve, ` +
    `${ratio(overall)} the closed-form z formula (${micro(baseline)})`,
);
for (const [kind] of KINDS) {
  const subset = cases.filter((c) => c.kind === kind);
  const ms = timeEach(subset, solveOne);
  const time = micro(ms).padStart(10);
  terminal.result(`  ${kind.padEnd(20)} ${time}  ${ratio(ms)}`);
}
