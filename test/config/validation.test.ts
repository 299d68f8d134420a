import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { METRIC_COLUMN_SUFFIXES } from '../../src/compile/metricNameClashes.js';
import { templatesDir } from '../../src/compile/templatesDir.js';
import { copyProject, runCli } from '../support/runCli.js';

/** Edits one data file of a fresh project copy and compiles it. */
function compileWith(file: string, edit: (text: string) => string) {
  const root = copyProject();
  const path = join(root, 'data', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  const sqlBefore = readFileSync(
    join(root, 'compiled', 'fenix-beta-en_us-us-new.sql'),
    'utf8',
  );
  const run = runCli(['compile', '--project-dir', root]);
  const sqlAfter = readFileSync(
    join(root, 'compiled', 'fenix-beta-en_us-us-new.sql'),
    'utf8',
  );
  return {
    ...run,
    lines: run.stderr.trim().split('\n'),
    unchanged: sqlBefore === sqlAfter,
  };
}

const LISTS = 'target_lists.toml';

/** Edits the fenix definition and the lists together. */
function compileWithBoth(
  editApp: (text: string) => string,
  editLists: (text: string) => string,
) {
  const root = copyProject();
  const edits = [
    ['apps/fenix.toml', editApp],
    [LISTS, editLists],
  ] as const;
  for (const [file, edit] of edits) {
    const path = join(root, 'data', file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
  return runCli(['compile', '--project-dir', root]);
}

test('every problem is one line naming file and key, all at once', () => {
  const run = compileWith(LISTS, (text) =>
    text
      .replace('[targets]', '[targets]\ncolour = "blue"')
      .replace('power = [0.8]', 'power = ["0.8"]')
      .replace(
        'release_channel = ["release", "beta", "nightly"]',
        'release_channel = []',
      ),
  );

  assert.is(run.status, 2);
  assert.ok(run.unchanged, 'nothing may be written');
  assert.ok(
    run.lines.some((l) =>
      l.includes('data/target_lists.toml: targets.colour: unknown key'),
    ),
  );
  assert.ok(
    run.lines.some((l) =>
      l.includes('data/target_lists.toml: parameters.power[0]:'),
    ),
  );
  assert.ok(
    run.lines.some((l) =>
      l.includes('data/target_lists.toml: targets.release_channel:'),
    ),
  );
});

test('an unknown app names the list entry and the missing file', () => {
  const run = compileWith(LISTS, (text) =>
    text.replace(
      'apps = ["firefox_desktop",',
      'apps = ["thunderbird", "firefox_desktop",',
    ),
  );
  assert.is(run.status, 2);
  assert.match(
    run.stderr,
    'data/target_lists.toml: targets.apps[0]: unknown app "thunderbird"',
  );
});

test('a metric the app does not define is named with its position', () => {
  const run = compileWith(LISTS, (text) =>
    text.replace(
      'fenix = ["active_hours",',
      'fenix = ["ad_clicks", "active_hours",',
    ),
  );
  assert.is(run.status, 2);
  assert.match(
    run.stderr,
    'metrics.fenix[0]: "ad_clicks" is not defined in data/apps/fenix.toml',
  );
});

test("a metric named like another metric's column is refused", () => {
  const run = compileWithBoth(
    (apps) =>
      apps.replace('[metrics.days_of_use]', '[metrics.active_hours_kept]'),
    (lists) =>
      lists.replace(
        'fenix = ["active_hours", "days_of_use",',
        'fenix = ["active_hours", "active_hours_kept",',
      ),
  );
  assert.is(run.status, 2);
  assert.match(
    run.stderr,
    'metrics.fenix[1]: "active_hours_kept" is the name of a column ' +
      'the query computes for metric "active_hours"',
  );
});

test('every per-metric column of the template is guarded', () => {
  const path = join(templatesDir, 'aggregates.sql.njk');
  const template = readFileSync(path, 'utf8');
  const found = [...template.matchAll(/\{\{ m \}\}(_[a-z]+)/g)];
  const suffixes = new Set(found.map((match) => match[1]));
  assert.equal([...suffixes].sort(), [...METRIC_COLUMN_SUFFIXES].sort());
});

test('values that differ only in case are the same value', () => {
  const run = compileWith(LISTS, (text) =>
    text
      .replace('country = ["US", "all"]', 'country = ["US", "us", "All"]')
      .replace(
        'locale = [["EN-US"],',
        'locale = [["EN-US", "en-us"], ["ALL"],',
      ),
  );
  assert.is(run.status, 2);
  const lines = run.lines.map((line) => line.replace(/^error: /, ''));
  assert.equal(
    lines.sort(),
    [
      'data/target_lists.toml: targets.country[1]: the same value as [0] (case does not count)',
      'data/target_lists.toml: targets.country[2]: the wildcard is written "all", in lower case',
      'data/target_lists.toml: targets.locale[0]: lists EN-US twice (case does not count)',
      'data/target_lists.toml: targets.locale[1]: "all" stands alone, not inside a locale set',
    ].sort(),
  );
});

test('the same locale set written twice is refused', () => {
  const run = compileWith(LISTS, (text) =>
    text.replace(
      'locale = [["EN-US"], ["EN-US", "EN-CA", "EN-GB"]]',
      'locale = [["EN-US"], ["EN-US", "EN-CA", "EN-GB"], "(\'EN-GB\', \'EN-CA\', \'EN-US\')"]',
    ),
  );
  assert.is(run.status, 2);
  assert.match(
    run.stderr,
    'targets.locale[2]: same locale set as targets.locale[1]',
  );
});

test('the legacy tuple spelling of a locale set is read', () => {
  const run = compileWith(LISTS, (text) =>
    text.replace(
      'locale = [["EN-US"], ["EN-US", "EN-CA", "EN-GB"]]',
      "locale = [\"('EN-US')\", \"('EN-US', 'EN-CA', 'EN-GB')\"]",
    ),
  );
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, '0 new, 0 changed, 0 removed');
});

test('values that could break out of a literal are refused', () => {
  const run = compileWith(LISTS, (text) =>
    text
      .replace('country = ["US", "all"]', 'country = ["US\' OR 1=1 --"]')
      .replace('locale = [["EN-US"],', 'locale = [["EN-US\\n"],'),
  );
  assert.is(run.status, 2);
  assert.match(run.stderr, 'targets.country[0]: expected a two-letter country');
  assert.match(run.stderr, 'targets.locale[0]: "EN-US\n" is not a locale code');
});

test('integers too large for a double are refused', () => {
  const run = compileWith(LISTS, (text) =>
    text.replace('enrollment_days = 7', 'enrollment_days = 9007199254740993'),
  );
  assert.is(run.status, 2);
  assert.match(
    run.stderr,
    'parameters.dates.enrollment_days: integer too large to hold exactly',
  );
});

test('a TOML syntax error names the file and line', () => {
  const run = compileWith(
    'apps/fenix.toml',
    (text) => `${text}\n[metrics.broken\n`,
  );
  assert.is(run.status, 2);
  assert.match(run.stderr, /data\/apps\/fenix\.toml:\d+: invalid TOML/);
});

test('an app definition is checked key by key', () => {
  const run = compileWith('apps/fenix.toml', (text) =>
    text.replace(
      'new_user_source = "baseline_clients_first_seen"',
      'new_user_source = "baseline_clients_first_seen"\nold_user_source = "x"',
    ),
  );
  assert.is(run.status, 2);
  assert.match(
    run.stderr,
    'data/apps/fenix.toml: targeting.old_user_source: unknown key',
  );
});

test('a metric reading an undefined data source is named', () => {
  const run = compileWith('apps/fenix.toml', (text) =>
    text.replace(
      'data_source = "mobile_search_clients"',
      'data_source = "nowhere"',
    ),
  );
  assert.is(run.status, 2);
  assert.match(
    run.stderr,
    'data/apps/fenix.toml: ' +
      'metrics.tagged_search_count.data_source: "nowhere" is not a data_sources entry',
  );
});

test('an unwritable output is one line naming the file; nothing left', () => {
  const root = copyProject();
  rmSync(join(root, 'compiled'), { recursive: true });
  writeFileSync(join(root, 'compiled'), 'not a folder');

  const run = runCli(['compile', '--project-dir', root]);
  assert.is(run.status, 1);
  assert.is(run.stderr.trim().split('\n').length, 1);
  assert.match(run.stderr, /cannot write .*compiled: it is not a folder/);
  assert.equal(
    readdirSync(join(root, 'data')).filter((f) => f.endsWith('.tmp')),
    [],
  );
  assert.is(readFileSync(join(root, 'compiled'), 'utf8'), 'not a folder');
});

test('a template tag reaching JavaScript is refused', () => {
  const run = compileWith('apps/fenix.toml', (text) =>
    text.replace(
      'select_expression = "COUNT(submission_date)"',
      'select_expression = \'{{ range.constructor("return 42")() }}\'',
    ),
  );
  assert.is(run.status, 2);
  assert.match(
    run.stderr,
    'metrics.days_of_use.select_expression: a template tag may only call',
  );
});

test('flags of the other compile mode are refused', () => {
  const run = runCli([
    'compile',
    '--check',
    '--config',
    'examples/my-study.toml',
  ]);
  assert.is(run.status, 2);
  assert.match(run.stderr, '--check: compares compiled/ for the presets');
  assert.match(
    runCli(['compile', '--out', 'x.sql']).stderr,
    '--out: only with --config',
  );
});

test('a bad run date names the flag', () => {
  const run = runCli(['execute', '--all', '--date', '2026-02-30']);
  assert.is(run.status, 2);
  assert.match(
    run.stderr,
    '--date: "2026-02-30" is not a date of the form YYYY-MM-DD',
  );
});

test.run();
