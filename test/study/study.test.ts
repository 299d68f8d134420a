import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runStudy } from '../../src/execute/runStudy.js';
import { loadStudy } from '../../src/study/loadStudy.js';
import { meanAndSd, numpyPercentile } from '../support/numpyPercentile.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/runCli.js';

const EXAMPLE = join(repoRoot, 'examples/my-study.toml');
const HUB = join(repoRoot, 'test/fixtures/metric-hub');
const tmp = () => mkdtempSync(join(tmpdir(), 'sizing-study-'));

/** The example's population and active hours, worked out from the CSV. */
function expectedFromCsv() {
  const lines = readFileSync(
    join(repoRoot, 'examples/data/clients_daily.csv'),
    'utf8',
  )
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
  const inWeek = (day: string) => day >= '2026-05-04' && day <= '2026-05-10';
  const enrolled = new Map<string, string>();

  for (const [id, day, locale, , firstSeen] of lines) {
    if (!inWeek(day!)) continue;
    if (!locale!.toUpperCase().startsWith('DE') || firstSeen! >= '2026-04-01')
      continue;
    const earliest = lines
      .filter((row) => row[0] === id && inWeek(row[1]!))
      .map((row) => row[1]!)
      .sort()[0]!;
    enrolled.set(id!, earliest);
  }

  const hours = [...enrolled].map(([id, start]) =>
    lines
      .filter(
        (row) =>
          row[0] === id && row[1]! >= start && row[1]! <= addDays(start, 27),
      )
      .reduce((sum, row) => sum + Number(row[5]), 0),
  );
  return { clients: enrolled.size, hours };
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 864e5)
    .toISOString()
    .slice(0, 10);
}

test('the example study is sized end to end from its CSV and parquet files', async () => {
  const out = join(tmp(), 'result.json');
  const { result } = await runStudy(loadStudy(EXAMPLE), {
    out,
    warehouse: join(tmp(), 'unused.duckdb'),
    root: repoRoot,
  });
  const expected = expectedFromCsv();
  const threshold = numpyPercentile(expected.hours, 99.5);
  const [mean, sd] = meanAndSd(
    expected.hours.filter((value) => value <= threshold),
  );
  const hours = result.aggregates.active_hours!;

  assert.ok(expected.clients > 20, `only ${expected.clients} clients`);
  assert.is(hours.clients_targeted, expected.clients);
  assert.ok(Math.abs(hours.threshold! - threshold) < 1e-9);
  assert.ok(Math.abs(hours.mean! - mean) < 1e-9);
  assert.ok(Math.abs(hours.sd! - sd) < 1e-9);
  assert.ok(result.aggregates.searches!.mean! > 0, 'parquet metric read');

  assert.equal(Object.keys(result.sample_sizes).sort(), [
    'Power0.8EffectSize0.02',
    'Power0.8EffectSize0.05',
    'Power0.8EffectSize0.1',
    'Power0.9EffectSize0.02',
    'Power0.9EffectSize0.05',
    'Power0.9EffectSize0.1',
  ]);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).target, {
    slug: 'my-study',
    config: EXAMPLE,
    segments: ['german_speakers', 'established'],
  });
});

test('execute --config sizes the study and writes the result', () => {
  const out = join(tmp(), 'out.json');
  const run = runCli(['execute', '--config', EXAMPLE, '--out', out]);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, /^my-study: [\d,]+ clients$/m);
  const result = JSON.parse(readFileSync(out, 'utf8'));
  assert.is(result.target.slug, 'my-study');
  assert.is(result.run.enrollment_start, '2026-05-04');
});

test('execute --config refuses flags that belong to presets', () => {
  const run = runCli(['execute', '--config', EXAMPLE, '--all']);
  assert.is(run.status, 2);
  assert.match(run.stderr, '--config: cannot be combined with --all');
});

test('imports take metrics, segments, data sources and functions by name', () => {
  const study = loadStudy(join(repoRoot, 'test/fixtures/hub-study.toml'), HUB);
  const run = runCli([
    'compile',
    '--config',
    'test/fixtures/hub-study.toml',
    '--metric-hub',
    HUB,
  ]);

  assert.equal(Object.keys(study.metrics), ['active_hours', 'heavy_days']);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, 'FROM (mozdata.telemetry.clients_last_seen)');
  assert.match(run.stdout, 'LEFT JOIN (mozdata.telemetry.clients_daily) AS ds');
  assert.match(
    run.stdout,
    'CAST(COALESCE(SUM(active_hours_sum), 0) AS FLOAT64)',
  );
  assert.match(run.stdout, 'CAST(COUNTIF(active_hours_sum > 2) AS FLOAT64)');
  assert.match(run.stdout, 'COALESCE(LOGICAL_OR(is_regular_user_v3), FALSE)');
});

/** A copy of the example with one edit, and the CLI's answer to it. */
function compileEdited(edit: (text: string) => string, ...args: string[]) {
  const file = join(tmp(), 'edited.toml');
  writeFileSync(file, edit(readFileSync(EXAMPLE, 'utf8')));
  return runCli(['compile', '--config', file, '--engine', 'duckdb', ...args]);
}

test('a missing section is named', () => {
  const run = compileEdited((text) =>
    text
      .replace(/\[metrics\.[\s\S]*?(?=\[data_sources)/, '')
      .replace(/\[data_sources[\s\S]*?(?=\[parameters\])/, ''),
  );
  assert.is(run.status, 2);
  assert.match(run.stderr, 'edited.toml: metrics: missing section [metrics]');
});

test('an unknown imported name is named with its position', () => {
  const run = compileEdited(
    (text) =>
      `[metrics.import_from_metric_hub]\nfirefox_desktop = ["active_hours", "nope"]\n\n${text}`,
    '--metric-hub',
    HUB,
  );
  assert.is(run.status, 2);
  assert.match(
    run.stderr,
    'metrics.import_from_metric_hub.firefox_desktop[1]: ' +
      'no metric "nope" in the metric-hub definitions',
  );
});

test('imports without a metric-hub folder say how to give one', () => {
  const run = compileEdited(
    (text) =>
      `[metrics.import_from_metric_hub]\nfirefox_desktop = ["active_hours"]\n\n${text}`,
  );
  assert.is(run.status, 2);
  assert.match(run.stderr, 'pass --metric-hub DIR');
});

test('a segment without a data source is named', () => {
  const run = compileEdited((text) =>
    text.replace(
      '[segments.established]\ndata_source = "daily"',
      '[segments.established]\ndata_source = "gone"',
    ),
  );
  assert.is(run.status, 2);
  assert.match(
    run.stderr,
    'segments.established.data_source: "gone" is not defined in [segments.data_sources]',
  );
});

test('dates reaching into the future are refused with the dates', async () => {
  const file = join(tmp(), 'future.toml');
  writeFileSync(
    file,
    readFileSync(EXAMPLE, 'utf8').replace('2026-05-04', '2999-05-04'),
  );
  let message = '';
  try {
    await runStudy(loadStudy(file), {
      warehouse: join(tmp(), 'x.duckdb'),
      root: repoRoot,
    });
  } catch (error) {
    message = (error as Error).message;
  }
  assert.match(
    message,
    'future.toml: parameters.dates: analysis period extends into the future',
  );
  assert.match(message, '2999-05-04');
});

test('a local-only study cannot be compiled for BigQuery, and says why', () => {
  const run = runCli(['compile', '--config', EXAMPLE]);
  assert.is(run.status, 2);
  assert.match(
    run.stderr,
    'segments.data_sources.daily: a data source with only',
  );
});

test.run();
