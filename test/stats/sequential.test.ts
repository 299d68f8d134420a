import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { normalSf } from '../../src/stats/normalCdf.js';
import {
  sequentialCritical,
  sequentialInflation,
} from '../../src/stats/sequentialBoundary.js';
import { zTestPower } from '../../src/stats/zTestPower.js';
import { zTestSampleSize } from '../../src/stats/zTestSampleSize.js';
import { assertClose } from './close.js';
import { casesOf, num } from './powerRefs.js';

const NORMAL = { rel: 1e-9 };
const BASE = { alpha: 0.05, alternative: 'two-sided' as const, ratio: 1 };

test('confidence-sequence inflation matches every reference field', () => {
  for (const c of casesOf('derived_sequential_inflation')) {
    const got = sequentialInflation(
      num(c.args.n_total_pair),
      num(c.args.alpha),
      num(c.args.tuning_n_star),
    );
    assertClose(got.rho, num(c, 'rho'), NORMAL, `${c.id} rho`);
    assertClose(got.discriminant, num(c, 'discriminant'), NORMAL, c.id);
    assertClose(got.halfwidthRatio, num(c, 'halfwidth_ratio'), NORMAL, c.id);
    assertClose(got.inflation, num(c, 'result'), NORMAL, `${c.id} factor`);
  }
});

test('tuned at the planned size, the boundary is one constant threshold', () => {
  const at = (total: number) => sequentialCritical(0.05, total, total);
  assertClose(at(100), at(1e7), { rel: 1e-14 }, 'threshold');

  const d = 0.05;
  const plain = zTestSampleSize(d, 0.8, BASE);
  const sequential = { tuningTotal: null };
  const watched = zTestSampleSize(d, 0.8, { ...BASE, sequential });
  assert.ok(plain.computable && watched.computable);
  if (!plain.computable || !watched.computable) return;

  // Equivalent to a one-look test at level 2·P(Z > threshold).
  const level = 2 * normalSf(at(1000));
  const same = zTestSampleSize(d, 0.8, { ...BASE, alpha: level });
  assert.ok(same.computable);
  if (same.computable) assertClose(watched.value, same.value, { rel: 1e-12 }, 'n');
  // ((3.035 + z_0.8) / (1.960 + z_0.8))² ≈ 1.92 times the one-look size.
  assertClose(watched.value / plain.value, 1.915, { rel: 1e-3 }, 'cost');
});

test('with a fixed tuning size, n solves the power equation exactly', () => {
  for (const tuningTotal of [1000, 50000, 1e6]) {
    const design = { ...BASE, sequential: { tuningTotal } };
    const n = zTestSampleSize(0.03, 0.8, design);
    assert.ok(n.computable);
    if (!n.computable) continue;

    const power = zTestPower(0.03, n.value, design);
    assertClose(power, 0.8, { rel: 1e-12 }, `tuning ${tuningTotal}`);
    const fixed = zTestSampleSize(0.03, 0.8, BASE);
    assert.ok(fixed.computable && n.value > fixed.value);
  }
});

test.run();
