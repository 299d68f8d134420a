import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { assertClose } from './close.js';
import { casesOf, num } from './powerRefs.js';

const cli = fileURLToPath(new URL('../../src/cli.js', import.meta.url));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function solve(...args: string[]): Run {
  const run = spawnSync(process.execPath, [cli, 'solve', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

type Json = Record<string, unknown>;

function json(...args: string[]): Json {
  const run = solve(...args, '--json');
  assert.is(run.status, 0, run.stderr);
  assert.is(run.stderr, '');
  return JSON.parse(run.stdout) as Json;
}

test('preset defaults reproduce the reference z-test size, unrounded', () => {
  const c = casesOf('moz_style_mean').find((c) =>
    c.function.includes('zt_ind'),
  );
  assert.ok(c);
  const out = json(
    '--mean',
    String(num(c, 'pipeline.mean_trimmed')),
    '--sd',
    String(num(c, 'pipeline.sd_trimmed_ddof1')),
    '--effect-size',
    String(num(c, 'pipeline.relative_effect')),
  );

  assertClose(
    out.control as number,
    num(c, 'refined.root'),
    { rel: 1e-9 },
    'n',
  );
  assert.is(out.sample_size_per_branch, out.control);
  assert.is(out.treatment, out.control);
  assert.is(out.total, 2 * (out.control as number));
  assert.match(String(out.method), /z-test/);
  assert.equal((out.inputs as Json).alpha, 0.05);
});

test('a list of powers gives a curve, one point per power', () => {
  const out = json('--test', 't', '--d', '0.05', '--power', '0.8,0.9');
  const curve = out.curve as Json[];

  assert.is(out.varying, 'power');
  assert.equal(
    curve.map((p) => p.power),
    [0.8, 0.9],
  );
  assert.ok((curve[1]!.control as number) > (curve[0]!.control as number));
});

test('the detectable effect at n needs n clients', () => {
  const out = json(
    '--test',
    'poisson',
    '--baseline',
    '2.93',
    '--solve',
    'mde',
    '--n',
    '50000',
  );
  const mde = out.mde as { relative: number; absolute: number };
  assertClose(mde.relative * 2.93, mde.absolute, { rel: 1e-14 }, 'units');

  const back = json(
    '--test',
    'poisson',
    '--baseline',
    '2.93',
    '--effect-size',
    String(mde.absolute),
    '--absolute',
  );
  assertClose(back.control as number, 50000, { rel: 1e-10 }, 'round trip');
});

test('power at a given size', () => {
  const out = json('--d', '0.1', '--solve', 'power', '--n', '1570');
  assert.ok((out.power as number) > 0.8 && (out.power as number) < 0.801);
});

test('an impossible request is not computable, with no made-up number', () => {
  const run = solve('--d', '0', '--json');
  assert.is(run.status, 0);
  assert.not.match(run.stdout, /NaN|Infinity/);

  const out = JSON.parse(run.stdout) as Json;
  assert.match(String(out.not_computable), /effect size is 0/);
  assert.is(out.control, undefined);
});

test('human output is a short table with whole clients', () => {
  const run = solve('--d', '0.1');
  assert.is(run.status, 0);
  assert.match(run.stdout, /control\s+treatment\s+total/);
  assert.match(run.stdout, /1,570\s+1,570\s+3,140/);
});

test('a far tail below rounding or a huge effect: exit 0', () => {
  const cases = [
    [
      '--mean',
      '5.6',
      '--sd',
      '11',
      '--effect-size',
      '0.01',
      '--alpha',
      '0.0001',
      '--power',
      '0.7',
    ],
    ['--test', 't', '--d', '1e20'],
  ];
  for (const args of cases) {
    const run = solve(...args);
    assert.is(run.status, 0, run.stderr);
    assert.is(run.stderr, '');
  }
});

test('bad or conflicting flags: one line naming the flag, exit 2', () => {
  const cases: [string[], string][] = [
    [['--alpha', '2', '--d', '0.1'], '--alpha'],
    [['--d', '0.1', '--mean', '3'], '--mean'],
    [['--test', 't', '--d', '0.1', '--sequential'], '--sequential'],
    [['--solve', 'mde'], '--n'],
    [
      ['--solve', 'power', '--n', '100', '--d', '0.1', '--power', '0.8'],
      '--power',
    ],
    [
      ['--test', 'proportions', '--mean', '0.2', '--effect-size', '0.1'],
      '--mean',
    ],
    [['--effect-size', '0.1'], '--sd'],
    [['--d', '0.1,0.2', '--power', '0.8,0.9'], '--power'],
    [['--test', 'anova', '--d', '0.1'], '--test'],
    [['--d', '0.1', '--n', '100'], '--n'],
    [['--d', '0.1', '--arms', '1.5'], '--arms'],
    [['--d', 'abc'], '--d'],
    [['--d', '0.1', '--tuning', '1000'], '--tuning'],
  ];
  for (const [args, flag] of cases) {
    const run = solve(...args);
    const lines = run.stderr.trim().split('\n');
    assert.is(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.is(lines.length, 1, run.stderr);
    assert.ok(lines[0]!.startsWith(`error: ${flag} `), run.stderr);
    assert.is(run.stdout, '');
  }
});

test.run();
