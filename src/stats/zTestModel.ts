import { solved } from './Solution.js';
import type { TestModel } from './TestModel.js';
import { zTestEffect } from './zTestEffect.js';
import { zTestPower } from './zTestPower.js';
import { zTestSampleSize } from './zTestSampleSize.js';

/** The two-sample z-test on a standardized effect d. */
export const zTestModel: TestModel = {
  method: 'two-sample z-test (exact power, both tails)',
  allowsSequential: true,
  power: (d, n, design) => solved(zTestPower(d, n, design)),
  sampleSize: zTestSampleSize,
  detectableChange: zTestEffect,
};
