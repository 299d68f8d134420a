import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tTestEffect } from '../../src/stats/tTestEffect.js';
import { tTestSampleSize } from '../../src/stats/tTestSampleSize.js';
import { zTestPower } from '../../src/stats/zTestPower.js';
import { zTestSampleSize } from '../../src/stats/zTestSampleSize.js';
import { assertClose } from './close.js';
import {
  casesOf,
  designOf,
  has,
  isZCase,
  num,
  str,
  type RefCase,
} from './powerRefs.js';

/**
 * Inputs where statsmodels gives up (and still returns its bracket) or
 * struggles. Each is either not computable, with the right reason, or has
 * a true answer, which we must give.
 */

const REASONS: [RegExp, RegExp][] = [
  [/negative effect, alternative=larger/, /decrease.*'larger'/],
  [/positive effect, alternative=smaller/, /increase.*'smaller'/],
  [/effect size exactly zero/, /effect size is 0/],
  [/target power (below|equal to) alpha/, /not above the significance level/],
];

function solve(c: RefCase) {
  const design = designOf(c);
  const power = num(c.args.power);
  if (c.args.effect_size === null) {
    return tTestEffect(num(c.args.nobs1), power, design);
  }
  const solver = isZCase(c) ? zTestSampleSize : tTestSampleSize;
  return solver(num(c.args.effect_size), power, design);
}

const trusted = (c: RefCase) =>
  has(c, 'refined.root') &&
  !JSON.stringify(c.flags ?? []).includes('suspicious_value');

test('every edge case is covered by one of the expectations', () => {
  for (const c of casesOf('edge_solve')) {
    const label = str(c.label);
    const known =
      trusted(c) || REASONS.some(([pattern]) => pattern.test(label)) ||
      /root below lower bracket/.test(label);
    assert.ok(known, `no expectation for ${c.id}: ${label}`);
  }
});

test('impossible requests are not computable, with the reason', () => {
  for (const c of casesOf('edge_solve')) {
    const rule = REASONS.find(([pattern]) => pattern.test(str(c.label)));
    if (!rule) continue;

    const answer = solve(c);
    assert.is(answer.computable, false, `${c.id} should not be computable`);
    if (!answer.computable) assert.match(answer.reason, rule[1], c.id);
  }
});

test('hard but possible requests give the true root', () => {
  for (const c of casesOf('edge_solve').filter(trusted)) {
    const answer = solve(c);
    const tolerance = isZCase(c) ? { rel: 1e-9 } : { rel: 1e-6 };
    assert.ok(answer.computable, c.id);
    if (answer.computable) {
      assertClose(answer.value, num(c, 'refined.root'), tolerance, c.id);
    }
  }
});

test('a root below statsmodels\' search bracket is still found', () => {
  const below = casesOf('edge_solve').filter(
    (c) => !trusted(c) && /root below lower bracket/.test(str(c.label)),
  );
  assert.ok(below.length > 0);

  for (const c of below) {
    const answer = solve(c);
    assert.ok(answer.computable, c.id);
    if (!answer.computable) continue;

    const reached = zTestPower(num(c.args.effect_size), answer.value, designOf(c));
    assertClose(reached, num(c.args.power), { rel: 1e-12 }, c.id);
    assert.ok(answer.value < 2, `${c.id}: ${answer.value}`);
  }
});

test.run();
