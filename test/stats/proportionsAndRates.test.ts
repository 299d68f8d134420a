import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { arcsineProportionsModel } from '../../src/stats/arcsineProportionsModel.js';
import type { Alternative } from '../../src/stats/Alternative.js';
import { mannWhitneyModel } from '../../src/stats/mannWhitneyModel.js';
import { poissonRatesModel } from '../../src/stats/poissonRatesModel.js';
import { pooledProportionsModel } from '../../src/stats/pooledProportionsModel.js';
import { zTestSampleSize } from '../../src/stats/zTestSampleSize.js';
import { assertClose } from './close.js';
import { casesOf, num, str, type RefCase } from './powerRefs.js';

const NORMAL = { rel: 1e-9 };
const EQUAL = { alpha: 0.05, alternative: 'two-sided' as const, ratio: 1 };

/**
 * statsmodels puts proportion prop2 + diff in its nobs1 arm and prop2 in
 * the arm with ratio × as many: that nobs1 arm is our control, and the
 * change seen from it is -diff (so 'larger' there is 'smaller' here).
 */
function asStatsmodelsSolves(c: RefCase) {
  const flip: Record<string, Alternative> = {
    'two-sided': 'two-sided',
    larger: 'smaller',
    smaller: 'larger',
  };
  const [prop2, diff] = [num(c.args.prop2), num(c.args.diff)];
  const alternative = flip[str(c.args.alternative ?? 'two-sided')]!;
  const [alpha, ratio] = [num(c.args.alpha), num(c.args.ratio)];
  const design = { alpha, alternative, ratio };
  return pooledProportionsModel(prop2 + diff).sampleSize(
    -diff,
    num(c.args.power),
    design,
  );
}

test('pooled two-proportion sizes match statsmodels', () => {
  const cases = casesOf('proportions_samplesize');
  const wrongWay = (c: RefCase) =>
    JSON.stringify(c.flags ?? []).includes('wrong_direction');

  for (const c of cases.filter((c) => !wrongWay(c))) {
    const n = asStatsmodelsSolves(c);
    assert.ok(n.computable, c.id);
    if (n.computable) assertClose(n.value, num(c, 'result'), NORMAL, c.id);
  }
  for (const c of cases.filter(wrongWay)) {
    const n = asStatsmodelsSolves(c);
    assert.is(n.computable, false, `${c.id}: a one-sided test looking away`);
  }
});

test('proportion sizing compares the baseline with baseline + effect', () => {
  for (const c of casesOf('moz_style_proportion')) {
    const mean = num(c, 'pipeline.mean_trimmed');
    const effect = num(c, 'pipeline.absolute_effect');
    const design = { ...EQUAL, alpha: num(c.args.alpha) };
    const ours = pooledProportionsModel(mean).sampleSize(
      effect,
      num(c.args.power),
      design,
    );
    assert.ok(ours.computable);
    if (!ours.computable) continue;

    // The reference helper sized mean + effect against mean + 2·effect.
    const quirk = str(c.variant).startsWith('as_mozanalysis');
    if (quirk) assert.ok(Math.abs(ours.value / num(c, 'result') - 1) > 0.01);
    else assertClose(ours.value, num(c, 'result'), NORMAL, c.id);
  }
});

test('Poisson rates use the textbook two-rate test', () => {
  for (const c of casesOf('moz_style_poisson')) {
    const mean = num(c, 'pipeline.mean_trimmed');
    const relative = num(c.args.relative_effect);
    const n = poissonRatesModel(mean).sampleSize(
      relative * mean,
      num(c.args.power),
      { ...EQUAL, alpha: num(c.args.alpha) },
    );
    assert.ok(n.computable, c.id);
    if (!n.computable) continue;

    const textbook = num(c, 'textbook_poisson_two_rate_nobs1');
    assertClose(n.value, textbook, NORMAL, c.id);
    // The reference helper added a standardized effect to a raw mean.
    assert.ok(num(c, 'result') / n.value > 1.3, c.id);
  }
});

test('Mann-Whitney sizes are the t-test size over the ARE, per parent', () => {
  for (const c of casesOf('moz_style_mann_whitney')) {
    const byParent = c.mann_whitney_nobs1_by_parent as Record<string, number>;
    for (const parent of [
      'normal',
      'uniform',
      'logistic',
      'laplace',
    ] as const) {
      const n = mannWhitneyModel(parent).sampleSize(
        num(c.args.effect_size),
        num(c.args.power),
        EQUAL,
      );
      assert.ok(n.computable);
      if (!n.computable) continue;
      assertClose(n.value, byParent[parent]!, { rel: 1e-6 }, parent);
    }
  }
});

test("the arcsine method is the z-test on Cohen's h", () => {
  const [p, change] = [0.2, 0.03];
  const h = 2 * Math.asin(Math.sqrt(p + change)) - 2 * Math.asin(Math.sqrt(p));
  const ours = arcsineProportionsModel(p).sampleSize(change, 0.8, EQUAL);
  const z = zTestSampleSize(h, 0.8, EQUAL);
  assert.ok(ours.computable && z.computable);
  // Same h, computed without the cancellation of two close arcsines.
  if (ours.computable && z.computable) {
    assertClose(ours.value, z.value, { rel: 1e-14 }, 'n');
  }

  const mde = arcsineProportionsModel(p).detectableChange(2000, 0.8, EQUAL);
  assert.ok(mde.computable);
  if (mde.computable) {
    const back = arcsineProportionsModel(p).sampleSize(mde.value, 0.8, EQUAL);
    assert.ok(back.computable);
    if (back.computable) assertClose(back.value, 2000, { rel: 1e-12 }, 'mde');
  }
});

test('proportions and rates outside their range are not computable', () => {
  const cases = [
    pooledProportionsModel(1.2).sampleSize(0.01, 0.8, EQUAL),
    pooledProportionsModel(0.995).sampleSize(0.01, 0.8, EQUAL),
    arcsineProportionsModel(0).sampleSize(0.01, 0.8, EQUAL),
    poissonRatesModel(-1).sampleSize(0.1, 0.8, EQUAL),
    poissonRatesModel(0.5).sampleSize(-0.6, 0.8, EQUAL),
    pooledProportionsModel(0.9).detectableChange(10, 0.8, EQUAL),
  ];
  for (const answer of cases) {
    assert.is(answer.computable, false);
    if (!answer.computable) assert.ok(answer.reason.length > 20);
  }
});

test.run();
