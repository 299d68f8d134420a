import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SizingError } from '../../src/SizingError.js';
import {
  DEFAULT_SIZING_OPTIONS,
  sizeMetric,
  type MetricSummary,
} from '../../src/stats/sizeMetric.js';
import { assertClose } from './close.js';
import { casesOf, num } from './powerRefs.js';

function summaryOf(pipeline: number[]): MetricSummary {
  const [kept, mean, sd] = pipeline as [number, number, number];
  return { clientsKept: kept, mean, sd };
}

test('defaults are the preset: two-sided z, alpha 0.05, equal arms', () => {
  assert.equal(
    { ...DEFAULT_SIZING_OPTIONS },
    {
      test: 'z',
      alpha: 0.05,
      power: 0.8,
      alternative: 'two-sided',
      ratio: 1,
      arms: 2,
    },
  );
});

test('reproduces the preset pipeline on the trimmed reference data', () => {
  const cases = casesOf('moz_style_mean').filter((c) =>
    c.function.includes('zt_ind'),
  );
  assert.ok(cases.length > 0);

  for (const c of cases) {
    const summary = summaryOf([
      num(c, 'pipeline.n_kept'),
      num(c, 'pipeline.mean_trimmed'),
      num(c, 'pipeline.sd_trimmed_ddof1'),
    ]);
    const effect = num(c, 'pipeline.relative_effect');
    const size = sizeMetric(summary, effect, { power: num(c.args.power) });

    assert.ok(size.computable, c.id);
    if (!size.computable) continue;
    assertClose(size.control, num(c, 'refined.root'), { rel: 1e-9 }, c.id);
    assert.is(size.treatment, size.control);
    assert.is(size.total, 2 * size.control);
  }
});

test('says why when a summary cannot be sized', () => {
  const cases: [MetricSummary, RegExp][] = [
    [{ clientsKept: 0, mean: null, sd: null }, /no clients/],
    [{ clientsKept: 1, mean: 3, sd: null }, /one client/],
    [{ clientsKept: 50, mean: 3, sd: 0 }, /standard deviation is 0/],
    [{ clientsKept: 50, mean: 0, sd: 1 }, /mean is 0/],
  ];
  for (const [summary, reason] of cases) {
    const size = sizeMetric(summary, 0.01);
    assert.is(size.computable, false);
    if (!size.computable) assert.match(size.reason, reason);
  }
});

test('k arms split alpha and add a treatment arm per comparison', () => {
  const summary = { clientsKept: 1000, mean: 5, sd: 10 };
  const two = sizeMetric(summary, 0.05);
  const four = sizeMetric(summary, 0.05, { arms: 4, ratio: 2 });
  assert.ok(two.computable && four.computable);
  if (!two.computable || !four.computable) return;

  assert.ok(four.control > two.control / 1.5);
  assert.is(four.treatment, 2 * four.control);
  assert.is(four.total, four.control + 3 * four.treatment);
});

test('a small level with high power is sized exactly', () => {
  const summary = { clientsKept: 100, mean: 5.6, sd: 11 };
  const size = sizeMetric(summary, 0.01, { alpha: 1e-4, power: 0.7 });
  assert.ok(size.computable);
  // The two-sided root, solved with 50-digit arithmetic.
  if (size.computable) {
    assertClose(size.control, 1504177.9999999900676, { rel: 1e-14 }, 'n');
  }
});

test('a size the pipeline cannot scale to a percentage is not returned', () => {
  // About 6e307 clients per arm: finite, but not 100 times over.
  const summary = { clientsKept: 100, mean: 5.6, sd: 11 };
  const size = sizeMetric(summary, 1e-153);
  assert.is(size.computable, false);
  if (!size.computable) {
    assert.match(size.reason, /beyond what can be represented/);
  }
});

test('an effect that underflows is not called zero', () => {
  const summary = { clientsKept: 100, mean: 1e-300, sd: 1e300 };
  const size = sizeMetric(summary, 1e-300);
  assert.is(size.computable, false);
  if (!size.computable) {
    assert.match(size.reason, /too small to represent/);
    assert.not.match(size.reason, /is 0:/);
  }
});

test('rejects options no test can use, naming the key', () => {
  const summary = { clientsKept: 10, mean: 1, sd: 1 };
  const bad = [
    [{ alpha: 1.5 }, /'alpha'/],
    [{ power: 0 }, /'power'/],
    [{ ratio: -1 }, /'ratio'/],
    [{ arms: 1 }, /'arms'/],
  ] as const;
  for (const [options, key] of bad) {
    try {
      sizeMetric(summary, 0.01, options);
      assert.unreachable(`accepted ${JSON.stringify(options)}`);
    } catch (error) {
      assert.instance(error, SizingError);
      assert.match((error as Error).message, key);
      assert.is((error as SizingError).exitCode, 2);
    }
  }
});

test.run();
