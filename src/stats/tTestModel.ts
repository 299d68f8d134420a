import { notComputable, solved } from './Solution.js';
import type { TestModel } from './TestModel.js';
import { tTestEffect } from './tTestEffect.js';
import { tTestDegrees, tTestPower } from './tTestPower.js';
import { tTestSampleSize } from './tTestSampleSize.js';

/** The pooled two-sample t-test on a standardized effect d. */
export const tTestModel: TestModel = {
  method: 'two-sample t-test, pooled variance (noncentral t, both tails)',
  allowsSequential: false,

  power(d, n, design) {
    if (!(tTestDegrees(n, design.ratio) >= 1)) {
      return notComputable(
        'a t-test needs at least 3 clients in total (control plus treatment)',
      );
    }
    return solved(tTestPower(d, n, design));
  },

  sampleSize: tTestSampleSize,
  detectableChange: tTestEffect,
};
