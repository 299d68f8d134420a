import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { refs } from './powerRefs.js';

/**
 * Every reference group has a test file that checks it; a group added to
 * the shared file must be added here, and tested, or this fails.
 */
const TESTED_IN: Record<string, string> = {
  solve_nobs1: 'zTest, tTest',
  power_given_nobs: 'zTest, tTest',
  power_given_nobs_sign: 'zTest, tTest',
  solve_effect_size: 'zTest, tTest',
  edge_solve: 'edgeSolve',
  proportions_samplesize: 'proportionsAndRates',
  moz_style_aggregation: 'pipelineData',
  moz_style_mean: 'pipelineData, tTest, sizeMetric',
  moz_style_proportion: 'proportionsAndRates, pipelineData',
  moz_style_poisson: 'proportionsAndRates, pipelineData',
  moz_style_mann_whitney: 'proportionsAndRates',
  nct: 'noncentralT',
  nct_power_form: 'noncentralT',
  t_isf: 'noncentralT',
  norm_ppf: 'normal',
  norm_cdf: 'normal',
  derived_sequential_inflation: 'sequential',
};

test('every reference group is covered by a test file', () => {
  const groups = new Set(refs.cases.map((c) => c.group));
  assert.ok(groups.size > 10);
  for (const group of groups) {
    assert.ok(group in TESTED_IN, `reference group ${group} is not tested`);
  }
});

test.run();
