import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { arcsineProportionsModel } from '../../src/stats/arcsineProportionsModel.js';
import { mannWhitneyModel } from '../../src/stats/mannWhitneyModel.js';
import { normalSf } from '../../src/stats/normalCdf.js';
import { normalPdf } from '../../src/stats/normalPdf.js';
import { noncentralTCdf, noncentralTSf } from '../../src/stats/noncentralT.js';
import { poissonRatesModel } from '../../src/stats/poissonRatesModel.js';
import { sequentialCritical } from '../../src/stats/sequentialBoundary.js';
import type { Solution } from '../../src/stats/Solution.js';
import { tTestModel } from '../../src/stats/tTestModel.js';
import { tTestSampleSize } from '../../src/stats/tTestSampleSize.js';
import { zTestEffect } from '../../src/stats/zTestEffect.js';
import { zTestSampleSize } from '../../src/stats/zTestSampleSize.js';
import { assertClose } from './close.js';

/**
 * Inputs at the edges of what doubles hold. Expected values marked
 * "50 digits" come from the same formulas and equations evaluated or
 * solved with 50-digit arithmetic (mpmath), those marked "40 digits" from
 * the same integrals taken with 40-digit quadrature; the others follow
 * from closed forms.
 */

const TWO_SIDED = { alpha: 0.05, alternative: 'two-sided', ratio: 1 } as const;

function value(solution: Solution, label: string): number {
  assert.ok(solution.computable, `${label}: ${JSON.stringify(solution)}`);
  return solution.computable ? solution.value : NaN;
}

function reason(solution: Solution, label: string): string {
  assert.not.ok(solution.computable, `${label} should not be computable`);
  return solution.computable ? '' : solution.reason;
}

test('two-sided z sizes with a far tail below rounding (50 digits)', () => {
  const cases: [number, number, number, number][] = [
    // d, alpha per comparison, power, exact root
    [(0.01 * 5.6) / 11, 1e-4, 0.7, 1504177.9999999900676],
    [0.1, 0.01 / 6, 0.99, 5984.8980380464492869],
    [0.1, 0.001, 0.999, 8142.8171793352094413],
  ];
  for (const [d, alpha, power, root] of cases) {
    const design = { ...TWO_SIDED, alpha };
    const n = value(zTestSampleSize(d, power, design), `${alpha} ${power}`);
    assertClose(n, root, { rel: 1e-14 }, `alpha ${alpha}, power ${power}`);

    const back = value(zTestEffect(root, power, design), 'mde');
    assertClose(back, d, { rel: 1e-14 }, `mde at alpha ${alpha}`);
  }
});

test('t-test sizes in the billions of billions: the z size to 1e-14', () => {
  for (const d of [1e-7, 1e-10]) {
    const t = value(tTestSampleSize(d, 0.8, TWO_SIDED), `t ${d}`);
    const z = value(zTestSampleSize(d, 0.8, TWO_SIDED), `z ${d}`);
    // The t-test needs about z²/4 more clients: far below one part in 1e14.
    assert.ok(t >= z, `${t} < ${z}`);
    assertClose(t, z, { rel: 1e-14 }, `d = ${d}`);
  }
});

test('a t-test effect too large for 3 clients says so', () => {
  for (const d of [1e20, 1e300]) {
    const why = reason(tTestSampleSize(d, 0.8, TWO_SIDED), `d ${d}`);
    assert.match(why, /fewer than 3 clients/);
  }
});

test('t-test power never exceeds 1, and is 1 where the miss underflows', () => {
  const cases: [number, number][] = [
    [0.05, 1e7],
    [0.01, 1e8],
    [0.5, 1e12],
  ];
  for (const [d, n] of cases) {
    const power = value(tTestModel.power(d, n, TWO_SIDED), `d ${d}`);
    assert.is(power, 1, `d ${d}, n ${n}`);
  }
  for (let n = 10; n < 1e6; n *= 1.7) {
    const power = value(tTestModel.power(0.1, n, TWO_SIDED), `n ${n}`);
    assert.ok(power >= 0 && power <= 1, `n ${n}: ${power}`);
  }
});

test('noncentral t with a huge noncentrality tends to the chi law', () => {
  // With x = δ/s and δ → ∞, P(T <= x) → P(S >= s); the error is of order
  // 1/δ², nothing at δ = 1e9. For 1 degree of freedom S = |Z|, so
  // P(S >= s) = 2·P(Z > s); for 2, P(S >= s) = e^(-s²).
  const limits: [number, (s: number) => number][] = [
    [1, (s) => 2 * normalSf(s)],
    [2, (s) => Math.exp(-s * s)],
  ];
  for (const [df, limit] of limits) {
    for (const nc of [1e9, 1e20, 1e100, 1e300]) {
      for (const s of [0.3, 1, 2]) {
        const label = `df ${df}, nc ${nc}, s ${s}`;
        const cdf = noncentralTCdf(nc / s, df, nc);
        assertClose(cdf, limit(s), { rel: 1e-13 }, label);
        assertClose(
          noncentralTSf(nc / s, df, nc),
          1 - limit(s),
          {
            abs: 1e-14,
          },
          label,
        );
      }
    }
  }
});

test('noncentral t with a sharp edge inside the chi bulk (40 digits)', () => {
  const cases: [number, number, number, number, number][] = [
    // x, df, nc, P(T <= x), P(T > x)
    [11000, 1, 10000, 0.36330214286966395, 0.6366978571303361],
    [9000, 20, 10000, 0.21349503428539873, 0.7865049657146013],
    [3000, 2, 1000, 0.8948392394825865, 0.10516076051741356],
  ];
  for (const [x, df, nc, cdf, sf] of cases) {
    const label = `x ${x}, df ${df}, nc ${nc}`;
    assertClose(noncentralTCdf(x, df, nc), cdf, { rel: 1e-13 }, label);
    assertClose(noncentralTSf(x, df, nc), sf, { rel: 1e-13 }, label);
  }
});

test('noncentral t at the ends of the double range', () => {
  // P(T > 1e300) with one degree of freedom and δ = 1: about
  // E[(Z + 1)⁺]·2φ(0)/1e300 = 1.0833·0.79788e-300.
  const tail = noncentralTSf(1e300, 1, 1);
  assertClose(tail, 8.6436068846e-301, { rel: 1e-9 }, 'far tail');
  assert.is(noncentralTCdf(2, 1e308, 3), normalSf(1));
  assert.is(noncentralTSf(2, 5, Infinity), 1);
  assert.is(noncentralTCdf(2, 5, -1e300), 1);
});

test('the normal density is 0, not NaN, far out', () => {
  for (const x of [40.1, 1e5, 3.5e5, 1e300, Infinity]) {
    assert.is(normalPdf(x), 0);
    assert.is(normalPdf(-x), 0);
  }
  assert.is(normalSf(Infinity), 0);
  assert.is(normalSf(-Infinity), 1);
});

test('sequential boundary far from its tuning size (50 digits)', () => {
  assertClose(
    sequentialCritical(0.05, 1e10, 1e-300),
    26.867531934029978624,
    {
      rel: 1e-14,
    },
    'tuned tiny',
  );
  assertClose(
    sequentialCritical(0.05, 1e-300, 1e10),
    8.6888327398383376534e154,
    {
      rel: 1e-13,
    },
    'tuned huge',
  );

  const design = { ...TWO_SIDED, sequential: { tuningTotal: 1e-300 } };
  const n = value(zTestSampleSize(0.1, 0.8, design), 'tuning 1e-300');
  assertClose(n, 151413.0232169199044, { rel: 1e-13 }, 'size');
});

test('a size beyond the largest double, even sequentially', () => {
  const model = poissonRatesModel(5e-324);
  const design = { ...TWO_SIDED, sequential: { tuningTotal: 0.8 } };
  for (const sequential of [null, design.sequential]) {
    const why = reason(
      model.sampleSize(5e-324, 0.8, { ...design, sequential }),
      `sequential ${sequential !== null}`,
    );
    assert.match(why, /beyond what can be represented/);
  }
});

test('a size below one client is kept, but never 0 from underflow', () => {
  const one = value(zTestSampleSize(1, 0.8, TWO_SIDED), 'd 1');
  const tiny = value(zTestSampleSize(1e150, 0.8, TWO_SIDED), 'd 1e150');
  assertClose(tiny * 1e300, one, { rel: 1e-14 }, 'n scales as 1/d²');

  for (const d of [1e300, 1e170]) {
    const why = reason(zTestSampleSize(d, 0.8, TWO_SIDED), `d ${d}`);
    assert.match(why, /one client per branch already reaches the power/);
  }
});

test("Cohen's h keeps a change far below the baseline's rounding", () => {
  // h = 2·asin(1e-20 / sin(π/2)) = 2e-20 exactly at p = 0.5.
  const arcsine = arcsineProportionsModel(0.5);
  const n = value(arcsine.sampleSize(1e-20, 0.8, TWO_SIDED), 'arcsine');
  const z = value(zTestSampleSize(2e-20, 0.8, TWO_SIDED), 'z');
  assertClose(n, z, { rel: 1e-14 }, 'n');

  const mde = value(arcsine.detectableChange(n, 0.8, TWO_SIDED), 'mde');
  assertClose(mde, 1e-20, { rel: 1e-13 }, 'mde');
});

test('Mann-Whitney and t at extreme sizes answer or say why', () => {
  const mw = mannWhitneyModel('logistic');
  const design = { ...TWO_SIDED, alpha: 0.01, ratio: 0.001 };
  const mde = value(mw.detectableChange(1.7e308, 0.999, design), 'mde');
  assert.ok(mde > 0 && mde < 1e-150, String(mde));

  const power = value(tTestModel.power(1e200, 1e10, TWO_SIDED), 'power');
  assert.is(power, 1);
});

test.run();
