import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tTestEffect } from '../../src/stats/tTestEffect.js';
import { tTestPower } from '../../src/stats/tTestPower.js';
import { tTestSampleSize } from '../../src/stats/tTestSampleSize.js';
import { assertClose } from './close.js';
import { casesOf, designOf, isTCase, num } from './powerRefs.js';

const T = { rel: 1e-6 };

test('t-test sample sizes match the re-solved reference roots', () => {
  const cases = [
    ...casesOf('solve_nobs1'),
    ...casesOf('moz_style_mean'),
  ].filter(isTCase);
  assert.ok(cases.length > 200);

  for (const c of cases) {
    const d = num(c.args.effect_size);
    const n = tTestSampleSize(d, num(c.args.power), designOf(c));
    assert.ok(n.computable, c.id);
    if (n.computable) assertClose(n.value, num(c, 'refined.root'), T, c.id);
  }
});

test('t-test power for a given size matches statsmodels, both signs', () => {
  const cases = [
    ...casesOf('power_given_nobs'),
    ...casesOf('power_given_nobs_sign'),
  ].filter(isTCase);
  assert.ok(cases.length > 500);

  for (const c of cases) {
    const d = num(c.args.effect_size);
    const power = tTestPower(d, num(c.args.nobs1), designOf(c));
    assertClose(power, num(c, 'result'), T, c.id);
  }
});

test('t-test detectable effects match the re-solved reference roots', () => {
  const cases = casesOf('solve_effect_size').filter(isTCase);
  assert.ok(cases.length > 50);

  for (const c of cases) {
    const n = num(c.args.nobs1);
    const d = tTestEffect(n, num(c.args.power), designOf(c));
    assert.ok(d.computable, c.id);
    if (d.computable) assertClose(d.value, num(c, 'refined.root'), T, c.id);
  }
});

test('the t-test always needs more clients than the z-test', () => {
  const design = { alpha: 0.05, alternative: 'two-sided' as const, ratio: 1 };
  for (const d of [0.01, 0.1, 0.5, 2]) {
    const n = tTestSampleSize(d, 0.8, design);
    assert.ok(n.computable);
    if (n.computable) {
      const z = ((1.959963984540054 + 0.8416212335729143) / d) ** 2 * 2;
      assert.ok(n.value > z * 0.999, `d = ${d}: ${n.value} vs ${z}`);
    }
  }
});

test.run();
