import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  parseSolveFlags,
  type SolveFlags,
} from '../../src/commands/solve/parseSolveFlags.js';
import { runSolve } from '../../src/commands/solve/runSolve.js';
import { solveJson } from '../../src/commands/solve/solveJson.js';
import { solveTable } from '../../src/commands/solve/solveTable.js';
import { assertClose } from './close.js';

/**
 * `sizing solve` at the edges of the double range, run in process (the
 * same steps as the command, without starting a process per case).
 * Expected sizes marked "50 digits" were solved with 50-digit arithmetic.
 */

const DEFAULTS: SolveFlags = {
  test: 'z',
  solve: 'n',
  alpha: '0.05',
  alternative: 'two-sided',
  ratio: '1',
  arms: '2',
};

type Json = Record<string, unknown>;

function run(flags: Partial<SolveFlags>) {
  const request = parseSolveFlags({ ...DEFAULTS, ...flags });
  const outcome = runSolve(request);
  const json = solveJson(request, outcome) as Json;
  const table = solveTable(request, outcome);
  const text = JSON.stringify(json) + table;
  assert.not.match(text, /NaN|Infinity/, text);
  return { json, table };
}

const reasonOf = (flags: Partial<SolveFlags>) =>
  String(run(flags).json.not_computable);

test('two-sided sizes where the far tail is below rounding (50 digits)', () => {
  const cases: [Partial<SolveFlags>, number][] = [
    [
      {
        mean: '5.6',
        sd: '11',
        effectSize: '0.01',
        alpha: '0.0001',
        power: '0.7',
      },
      1504177.9999999900676,
    ],
    [
      { d: '0.1', alpha: '0.01', arms: '7', power: '0.99' },
      5984.8980380464492869,
    ],
    [{ d: '0.1', alpha: '0.001', power: '0.999' }, 8142.8171793352094413],
    [{ d: '0.1', sequential: true, tuning: '1e-300' }, 151413.0232169199044],
  ];
  for (const [flags, root] of cases) {
    const control = run(flags).json.control as number;
    assertClose(control, root, { rel: 1e-13 }, JSON.stringify(flags));
  }
});

test('extreme t-test inputs answer, or say truly why not', () => {
  for (const d of ['1e-7', '1e-10']) {
    const t = run({ test: 't', d }).json.control as number;
    const z = run({ d }).json.control as number;
    // The t-test needs a few clients more: invisible at 1e15 clients.
    assert.ok(t >= z, d);
    assertClose(t, z, { rel: 1e-14 }, d);
  }
  assert.match(reasonOf({ test: 't', d: '1e20' }), /fewer than 3 clients/);

  const sizes: [string, string][] = [
    ['0.5', '1e12'],
    ['0.05', '1e7'],
    ['0.01', '1e8'],
  ];
  for (const [d, n] of sizes) {
    const out = run({ test: 't', solve: 'power', d, n }).json;
    assert.is(out.power, 1, `d ${d}, n ${n}`);
  }

  const rate = reasonOf({
    test: 'poisson',
    baseline: '5e-324',
    effectSize: '1',
    sequential: true,
    tuning: '0.8',
  });
  assert.match(rate, /beyond what can be represented/);
});

test('no size of 0 and no false reason from underflow or overflow', () => {
  const huge = [{ d: '1e300' }, { mean: '1', sd: '1e-300', effectSize: '0.1' }];
  for (const flags of huge) {
    const out = run(flags).json;
    assert.is(out.control, undefined);
    assert.match(String(out.not_computable), /one client per branch/);
  }

  const tiny = reasonOf({ mean: '1e-300', sd: '1e300', effectSize: '1e-300' });
  assert.match(tiny, /too small to represent/);
  assert.not.match(tiny, /effect size is 0/);

  const big = reasonOf({ mean: '1e300', sd: '1e-300', effectSize: '1e10' });
  assert.match(big, /too large to represent/);
});

test('the table rounds every arm up and adds the rounded arms', () => {
  const large = run({ ratio: '1e-300', d: '0.1' }).table;
  assert.match(large, /7\.849e\+302\s+785\s+7\.849e\+302/);

  const small = run({ d: '40' }).table;
  assert.match(small, /40\s+0\.8\s+1\s+1\s+2\n/);
  assert.match(small, /rounded up per arm/);
});

test.run();
