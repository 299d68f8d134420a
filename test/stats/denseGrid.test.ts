import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ALTERNATIVES, type Alternative } from '../../src/stats/Alternative.js';
import type { ComparisonDesign } from '../../src/stats/ComparisonDesign.js';
import type { Solution } from '../../src/stats/Solution.js';
import { tTestPower } from '../../src/stats/tTestPower.js';
import { tTestSampleSize } from '../../src/stats/tTestSampleSize.js';
import { zTestPower } from '../../src/stats/zTestPower.js';
import { zTestSampleSize } from '../../src/stats/zTestSampleSize.js';
import { assertClose } from './close.js';

/**
 * Every size on a dense grid of levels, powers, arms and alternatives is
 * found, and gives the requested power back. Small levels with high power
 * are where the far tail of a two-sided test drops below the rounding of
 * the power, where a root search on the power equation sees no sign change.
 */

const ALPHAS = [0.05, 0.01, 0.001, 1e-4, 1e-6];
const ARMS = [2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Powers from 0.5 to 0.999 in steps of `step` thousandths. */
function powers(step: number): number[] {
  const list: number[] = [];
  for (let k = 500; k <= 999; k += step) list.push(k / 1000);
  return list;
}

interface Case {
  power: number;
  design: ComparisonDesign;
  label: string;
}

function* grid(powerList: number[], extra: Partial<ComparisonDesign> = {}) {
  for (const alpha of ALPHAS) {
    for (const arms of ARMS) {
      for (const alternative of ALTERNATIVES) {
        for (const power of powerList) {
          // Bonferroni: each of the arms - 1 comparisons gets alpha / (k - 1).
          const design = { alpha: alpha / (arms - 1), alternative, ratio: 1 };
          const label = `${alpha}, ${arms} arms, ${alternative}, ${power}`;
          yield { power, design: { ...design, ...extra }, label } as Case;
        }
      }
    }
  }
}

const signed = (d: number, alternative: Alternative) =>
  alternative === 'smaller' ? -d : d;

function size(solution: Solution, label: string): number {
  assert.ok(solution.computable, label);
  return solution.computable ? solution.value : NaN;
}

test('z-test: every size is found and reaches its power to 1e-9', () => {
  for (const { power, design, label } of grid(powers(1))) {
    const d = signed(0.1, design.alternative);
    const n = size(zTestSampleSize(d, power, design), label);
    assertClose(zTestPower(d, n, design), power, { abs: 1e-9 }, label);
  }
});

test('sequential z-test: tuned at the size or at a fixed size', () => {
  for (const tuningTotal of [null, 1e4]) {
    const sequential = { tuningTotal };
    for (const { power, design, label } of grid(powers(7), { sequential })) {
      const d = signed(0.1, design.alternative);
      const n = size(zTestSampleSize(d, power, design), label);
      const reached = zTestPower(d, n, design);
      assertClose(reached, power, { abs: 1e-9 }, `${label}, ${tuningTotal}`);
    }
  }
});

test('t-test: every size is found and reaches its power to 1e-6', () => {
  const list = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999];
  for (const { power, design, label } of grid(list)) {
    const d = signed(0.3, design.alternative);
    const n = size(tTestSampleSize(d, power, design), label);
    assertClose(tTestPower(d, n, design), power, { abs: 1e-6 }, label);
  }
});

test.run();
