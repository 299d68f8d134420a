import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { zTestPower } from '../../src/stats/zTestPower.js';
import { zTestSampleSize } from '../../src/stats/zTestSampleSize.js';
import { assertClose } from './close.js';
import { zTestEffect } from '../../src/stats/zTestEffect.js';
import { casesOf, designOf, isZCase as isZ, num } from './powerRefs.js';

const NORMAL = { rel: 1e-9 };

test('sample sizes match the tightly re-solved reference roots', () => {
  const cases = casesOf('solve_nobs1').filter(isZ);
  assert.ok(cases.length > 100);

  for (const c of cases) {
    const d = num(c.args.effect_size);
    const n = zTestSampleSize(d, num(c.args.power), designOf(c));
    assert.ok(n.computable, c.id);
    if (n.computable) assertClose(n.value, num(c, 'refined.root'), NORMAL, c.id);
  }
});

test('power for a given size matches statsmodels, both signs', () => {
  const cases = [
    ...casesOf('power_given_nobs'),
    ...casesOf('power_given_nobs_sign'),
  ].filter(isZ);

  for (const c of cases) {
    const d = num(c.args.effect_size);
    const power = zTestPower(d, num(c.args.nobs1), designOf(c));
    assertClose(power, num(c, 'result'), NORMAL, c.id);
  }
});

test('minimum detectable effects match the re-solved reference roots', () => {
  const cases = casesOf('solve_effect_size').filter(isZ);
  assert.ok(cases.length > 50);

  for (const c of cases) {
    const n = num(c.args.nobs1);
    const d = zTestEffect(n, num(c.args.power), designOf(c));
    assert.ok(d.computable, c.id);
    if (d.computable) assertClose(d.value, num(c, 'refined.root'), NORMAL, c.id);
  }
});

test('solving for n then computing power gives the target back', () => {
  const design = { alpha: 0.05, alternative: 'two-sided' as const, ratio: 1 };
  for (const target of [0.06, 0.3, 0.5, 0.8, 0.999, 0.999999]) {
    const n = zTestSampleSize(0.1, target, design);
    assert.ok(n.computable);
    if (n.computable) {
      const back = zTestPower(0.1, n.value, design);
      assertClose(back, target, { rel: 1e-14 }, `${target}`);
    }
  }
});

test.run();
