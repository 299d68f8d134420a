import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { arcsineProportionsModel } from '../../src/stats/arcsineProportionsModel.js';
import { mannWhitneyModel } from '../../src/stats/mannWhitneyModel.js';
import { planDetectableChange } from '../../src/stats/planDetectableChange.js';
import { planPower } from '../../src/stats/planPower.js';
import { planSampleSize } from '../../src/stats/planSampleSize.js';
import { poissonRatesModel } from '../../src/stats/poissonRatesModel.js';
import { pooledProportionsModel } from '../../src/stats/pooledProportionsModel.js';
import type { Solution } from '../../src/stats/Solution.js';
import type { StudyDesign } from '../../src/stats/StudyDesign.js';
import type { TestModel } from '../../src/stats/TestModel.js';
import { tTestModel } from '../../src/stats/tTestModel.js';
import { zTestModel } from '../../src/stats/zTestModel.js';
import { assertClose } from './close.js';

/** Each model with a change of moderate size in its own unit. */
const MODELS: [string, TestModel, number][] = [
  ['z', zTestModel, 0.1],
  ['t', tTestModel, 0.1],
  ['mann-whitney', mannWhitneyModel('logistic'), 0.1],
  ['pooled proportions', pooledProportionsModel(0.2), 0.02],
  ['arcsine proportions', arcsineProportionsModel(0.2), 0.02],
  ['poisson', poissonRatesModel(3), 0.15],
];

const STUDY: StudyDesign = {
  alpha: 0.05,
  power: 0.8,
  alternative: 'two-sided',
  ratio: 1,
  arms: 2,
  sequential: null,
};

function control(model: TestModel, change: number, study = STUDY): number {
  const size = planSampleSize(model, change, study);
  if (!size.computable) throw new Error(size.reason);
  return size.control;
}

function value(solution: Solution): number {
  if (!solution.computable) throw new Error(solution.reason);
  return solution.value;
}

const tolerance = (name: string) =>
  ['t', 'mann-whitney'].includes(name) ? { rel: 1e-9 } : { rel: 1e-12 };

test('sample size falls as the effect grows', () => {
  for (const [name, model, change] of MODELS) {
    const sizes = [1, 1.5, 2, 4].map((k) => control(model, change * k));
    for (let i = 1; i < sizes.length; i++) {
      assert.ok(sizes[i]! < sizes[i - 1]!, `${name}: ${sizes}`);
    }
  }
});

test('sample size rises with power and with the number of arms', () => {
  for (const [name, model, change] of MODELS) {
    const byPower = [0.6, 0.8, 0.9, 0.99].map((power) =>
      control(model, change, { ...STUDY, power }),
    );
    const byArms = [2, 3, 5].map((arms) =>
      control(model, change, { ...STUDY, arms }),
    );
    for (const series of [byPower, byArms]) {
      for (let i = 1; i < series.length; i++) {
        assert.ok(series[i]! > series[i - 1]!, `${name}: ${series}`);
      }
    }
  }
});

test('solving for n then for power gives the target power back', () => {
  for (const [name, model, change] of MODELS) {
    for (const alternative of ['two-sided', 'larger'] as const) {
      for (const power of [0.5, 0.8, 0.95]) {
        const study = { ...STUDY, alternative, power, ratio: 1.7, arms: 3 };
        const n = control(model, change, study);
        const back = value(planPower(model, change, n, study));
        assertClose(back, power, tolerance(name), `${name} ${alternative}`);
      }
    }
  }
});

test('the detectable change at n needs exactly n clients', () => {
  for (const [name, model, change] of MODELS) {
    for (const alternative of ['two-sided', 'smaller'] as const) {
      const study = { ...STUDY, alternative };
      const n = control(model, alternative === 'smaller' ? -change : change);
      const mde = value(planDetectableChange(model, n, study));
      assert.ok(alternative === 'smaller' ? mde < 0 : mde > 0, name);

      const again = control(model, mde, study);
      assertClose(again, n, tolerance(name), `${name} ${alternative}`);
    }
  }
});

/** The same comparison seen from the other arm: control and treatment swap. */
const MIRRORED: [string, TestModel, TestModel, number][] = [
  ['z', zTestModel, zTestModel, 0.1],
  ['t', tTestModel, tTestModel, 0.1],
  ['mann-whitney', mannWhitneyModel('normal'), mannWhitneyModel('normal'), 0.1],
  [
    'pooled proportions',
    pooledProportionsModel(0.2),
    pooledProportionsModel(0.22),
    0.02,
  ],
  [
    'arcsine proportions',
    arcsineProportionsModel(0.2),
    arcsineProportionsModel(0.22),
    0.02,
  ],
  ['poisson', poissonRatesModel(3), poissonRatesModel(3.15), 0.15],
];

test('ratio r and 1/r give mirrored arms', () => {
  for (const [name, model, swapped, change] of MIRRORED) {
    for (const ratio of [0.25, 3]) {
      const a = planSampleSize(model, change, { ...STUDY, ratio });
      const b = planSampleSize(swapped, -change, { ...STUDY, ratio: 1 / ratio });
      assert.ok(a.computable && b.computable, name);
      if (!a.computable || !b.computable) continue;
      assertClose(a.control, b.treatment, tolerance(name), `${name} ${ratio}`);
      assertClose(a.treatment, b.control, tolerance(name), `${name} ${ratio}`);
    }
  }
});

test('one-sided tests need fewer clients than two-sided ones', () => {
  for (const [name, model, change] of MODELS) {
    const two = control(model, change);
    const one = control(model, change, { ...STUDY, alternative: 'larger' });
    assert.ok(one < two, name);
  }
});

test.run();
