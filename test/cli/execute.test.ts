import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { TargetResult } from '../../src/results/TargetResult.js';
import { sizeMetric } from '../../src/stats/sizeMetric.js';
import { buildWarehouse } from '../../src/warehouse/buildWarehouse.js';
import { copyProject, runCli } from '../support/runCli.js';
import { repoRoot } from '../support/paths.js';

const DATE = '2026-06-01';
const root = copyProject();
const warehouse = join(root, 'sample.duckdb');
await buildWarehouse({
  path: warehouse,
  runDate: DATE,
  seed: 7,
  clients: 1500,
  root: repoRoot,
});

const SLUGS = [
  'fenix-release-en_us-us-new',
  'firefox_desktop-beta-en_us-all-all',
];
const execute = (...extra: string[]) =>
  runCli([
    'execute',
    '--project-dir',
    root,
    '--date',
    DATE,
    '--warehouse',
    warehouse,
    ...extra,
  ]);
const read = <T>(path: string): T =>
  JSON.parse(readFileSync(path, 'utf8')) as T;
const resultPath = (slug: string) =>
  join(root, 'results', DATE, `${slug}.json`);

test('execute sizes the named targets and says where results are', () => {
  const run = execute('--target', ...SLUGS);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, `results in results/${DATE}/`);
  for (const slug of SLUGS) assert.ok(existsSync(resultPath(slug)), slug);
});

test('each sample size follows from the aggregates beside it', () => {
  const result = read<TargetResult>(resultPath(SLUGS[0]!));
  const keys = Object.keys(result.sample_sizes);
  assert.equal(keys, [
    'Power0.8EffectSize0.005',
    'Power0.8EffectSize0.01',
    'Power0.8EffectSize0.02',
    'Power0.8EffectSize0.05',
  ]);

  const entry = result.sample_sizes['Power0.8EffectSize0.02']!;
  assert.equal(entry.parameters, { power: 0.8, effect_size: 0.02 });
  for (const [metric, size] of Object.entries(entry.metrics)) {
    const values = result.aggregates[metric]!;
    const expected = sizeMetric(
      { clientsKept: values.clients_kept, mean: values.mean, sd: values.sd },
      0.02,
    );
    assert.ok(expected.computable, metric);
    assert.is(size.sample_size_per_branch, expected.control);
    assert.is(size.number_of_clients_targeted, values.clients_targeted);
    assert.is(
      size.population_percent_per_branch,
      (100 * expected.control) / values.clients_targeted,
    );
  }
});

test('results record how they were made', () => {
  const { run } = read<TargetResult>(resultPath(SLUGS[0]!));
  assert.is(run.engine, 'duckdb');
  assert.is(run.run_date, DATE);
  assert.is(run.enrollment_start, '2026-04-26');
  assert.is(run.data_end, '2026-05-29');
  assert.match(run.sql_sha256, /^[0-9a-f]{64}$/);
  assert.is(run.warehouse?.seed, 7);
});

test('the published document groups targets by recipe', () => {
  const published = read<
    Record<string, Record<string, { target_recipe: object }>>
  >(join(root, 'results', DATE, 'sample_sizes.json'));
  assert.equal(Object.keys(published).sort(), [
    "fenix:release:['EN-US']:US",
    "firefox_desktop:beta:['EN-US']:all",
  ]);
  assert.equal(published["fenix:release:['EN-US']:US"]!.new!.target_recipe, {
    app_id: 'fenix',
    channel: 'release',
    locale: "('EN-US')",
    country: 'US',
    new_or_existing: 'new',
  });
});

test('sizing again on the same data gives the same bytes', () => {
  const numbers = () => {
    const { sample_sizes, aggregates } = read<TargetResult>(
      resultPath(SLUGS[1]!),
    );
    return JSON.stringify({ sample_sizes, aggregates });
  };
  const before = numbers();
  const run = execute('--target', SLUGS[1]!, '--force');
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, '1 target sized');
  assert.is(numbers(), before);
});

test('an empty target says why instead of giving numbers', () => {
  const lists = join(root, 'data/target_lists.toml');
  writeFileSync(
    lists,
    readFileSync(lists, 'utf8').replace(
      'country = ["US", "all"]',
      'country = ["US", "all", "AQ"]',
    ),
  );
  const slug = 'firefox_ios-nightly-en_us-aq-new';

  const run = execute('--target', slug);
  assert.is(run.status, 0, run.stderr);
  const text = readFileSync(resultPath(slug), 'utf8');
  assert.not.match(text, /NaN|Infinity/);
  const size = read<TargetResult>(resultPath(slug)).sample_sizes[
    'Power0.8EffectSize0.01'
  ]!.metrics.active_hours!;
  assert.equal(size, {
    number_of_clients_targeted: 0,
    sample_size_per_branch: null,
    population_percent_per_branch: null,
    not_computable: 'no clients in this target',
  });
});

test('--json prints one document and nothing for people', () => {
  const run = execute('--target', SLUGS[0]!, '--json', '--force');
  assert.is(run.status, 0, run.stderr);
  assert.is(run.stderr, '');
  const document = JSON.parse(run.stdout);
  assert.is(document.run_date, DATE);
  assert.is(document.sized, 1);
  assert.equal(
    document.results.map((r: TargetResult) => r.target.slug),
    [SLUGS[0]],
  );
});

test('a table per target; no progress lines when stderr is not a terminal', () => {
  const run = execute('--target', ...SLUGS, '--force');
  assert.is(run.status, 0, run.stderr);
  assert.not.match(run.stderr, /sizing \d+\/\d+/);
  assert.match(run.stdout, /^fenix-release-en_us-us-new: [\d,]+ clients$/m);
  assert.match(run.stdout, /^  metric +0\.5% +1% +2% +5%$/m);
  assert.match(run.stdout, /^  tagged_search_count +[\d,]+ \([\d.,]+%\)/m);
});

test('a damaged result file is named and left out, not fatal', () => {
  const damaged = resultPath(SLUGS[1]!);
  writeFileSync(damaged, readFileSync(damaged, 'utf8').slice(0, 500));

  const run = execute('--target', SLUGS[0]!, '--force');
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stderr, `${damaged}: not a complete result`);
  const published = read<Record<string, unknown>>(
    join(root, 'results', DATE, 'sample_sizes.json'),
  );
  assert.ok("fenix:release:['EN-US']:US" in published);
  assert.not.ok("firefox_desktop:beta:['EN-US']:all" in published);

  assert.is(execute('--target', SLUGS[1]!).status, 0);
  assert.ok(read<TargetResult>(damaged).sample_sizes);
});

test('an unknown target is refused with a one-line error', () => {
  const run = execute('--target', 'fenix-nope');
  assert.is(run.status, 2);
  assert.match(run.stderr, /--target: no target "fenix-nope"/);
});

test('a run date after today is refused as bad input', () => {
  const run = execute('--target', SLUGS[0]!, '--date', '2999-01-01');
  assert.is(run.status, 2);
  assert.match(run.stderr, '--date: 2999-01-01 is after today');
});

test.run();
