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
