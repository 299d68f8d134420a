import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../support/runCli.js';
import {
  OLDER_DATE,
  PLANS,
  RUN_DATE,
  resultsProject,
  slugOf,
  writeResults,
} from './reportFixture.js';

const report = (root: string, ...flags: string[]) =>
  runCli(['report', '--project-dir', root, ...flags], root);
const lines = (text: string) => text.split('\n').filter(Boolean);

const root = resultsProject();
writeResults(root, PLANS.slice(0, 1), OLDER_DATE);
const defaultOut = join(root, 'results', RUN_DATE, 'report.html');

test('writes the newest run\'s report beside its results', () => {
  const run = report(root);
  assert.is(run.status, 0, run.stderr);
  assert.equal(lines(run.stdout), [join('results', RUN_DATE, 'report.html')]);

  const html = readFileSync(defaultOut, 'utf8');
  assert.match(html, `<title>Sample sizes, run of ${RUN_DATE}</title>`);
  for (const plan of PLANS) assert.match(html, `id="target-${slugOf(plan)}"`);
});

test('--date picks a run and --out the file', () => {
  const out = join(root, 'elsewhere', 'older.html');
  const run = report(root, '--date', OLDER_DATE, '--out', out);
  assert.is(run.status, 0, run.stderr);
  assert.equal(lines(run.stdout), [join('elsewhere', 'older.html')]);

  const html = readFileSync(out, 'utf8');
  assert.match(html, `run of ${OLDER_DATE}`);
  assert.is(html.match(/<section class="target"/g)?.length, 1);
});

test('the table gives rounded-up sizes, shares and bands', () => {
  const html = readFileSync(defaultOut, 'utf8');
  const section = sectionOf(html, 'fenix-release-en_us-us-new');

  // k = 1 at 5 %: 400 clients, 0.04 % of 1,000,000; k = 100 at 0.5 %:
  // 4,000,000 clients, 400 %.
  assert.match(section, '<td class="num cheap" title="cheap">0.04 %</td>');
  assert.match(section, '>4,000,000</td>');
  assert.match(section, '<td class="num infeasible" title="infeasible">' +
    '400 %</td>');
  assert.match(section, 'class="num feasible"');
});

test('a metric that cannot be sized says why, once per row', () => {
  const html = readFileSync(defaultOut, 'utf8');
  const section = sectionOf(html, 'fenix-release-en_us-us-existing');
  assert.match(section, '<td class="na" colspan="8">not computable: ' +
    'standard deviation is 0</td>');

  const empty = sectionOf(html, 'firefox_desktop-nightly-en_us-us-new');
  assert.match(empty, 'not computable: no clients in this target');
  assert.match(empty, 'Nothing to chart');
  assert.not.match(empty, '<svg');
});

test('every computable target has its chart drawn as SVG', () => {
  const html = readFileSync(defaultOut, 'utf8');
  assert.is(html.match(/<figure class="chart"><svg /g)?.length,
    PLANS.length - 1);
  assert.match(html, 'class="mark-line');
});

test('the page names nothing to fetch and allows only its script', () => {
  const html = readFileSync(defaultOut, 'utf8');
  assert.not.match(html, /https?:|\/\/[a-z]/i);
  assert.not.match(html, /\ssrc=|@import|url\(/i);
  for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
    assert.ok(href!.startsWith('#'), href);
  }

  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
  assert.is(scripts.length, 1);
  const hash = createHash('sha256').update(scripts[0]![1]!).digest('base64');
  assert.match(html, `default-src 'none'; script-src 'sha256-${hash}'`);
});

test('a run folder that does not exist is named in one line', () => {
  const run = report(root, '--date', '2020-01-01');
  assert.is(run.status, 2);
  assert.equal(lines(run.stderr),
    [`error: no results folder ${join('results', '2020-01-01')}`]);
});

test('a project without runs says to size targets first', () => {
  const bare = resultsProject([]);
  rmSync(join(bare, 'results'), { recursive: true });
  const run = report(bare);
  assert.is(run.status, 2);
  assert.match(run.stderr, /no run folder in results: run sizing execute/);
});

test('a run folder without target results is refused', () => {
  const bare = resultsProject([]);
  const run = report(bare);
  assert.is(run.status, 2);
  assert.match(run.stderr, `no target results in ${join('results', RUN_DATE)}`);
});

test('a result that is not JSON is named, with the folder kept intact', () => {
  const broken = resultsProject();
  const file = join(broken, 'results', RUN_DATE, `${slugOf(PLANS[0]!)}.json`);
  writeFileSync(file, '{ "target": ');

  const run = report(broken);
  assert.is(run.status, 2);
  assert.is(lines(run.stderr).length, 1, run.stderr);
  assert.match(run.stderr, `${slugOf(PLANS[0]!)}.json: unreadable`);
  assert.not.ok(existsSync(join(broken, 'results', RUN_DATE, 'report.html')));
});

test('a result of the wrong shape is named with the key at fault', () => {
  const broken = resultsProject();
  const file = join(broken, 'results', RUN_DATE, `${slugOf(PLANS[1]!)}.json`);
  const value = JSON.parse(readFileSync(file, 'utf8'));
  value.sample_sizes['Power0.8EffectSize0.01'].parameters.power = 'high';
  writeFileSync(file, JSON.stringify(value));

  const run = report(broken);
  assert.is(run.status, 2);
  const key = 'sample_sizes.Power0.8EffectSize0.01.parameters.power';
  assert.match(run.stderr, `not a target result (${key}: `);
});

test('a malformed --date is refused', () => {
  const run = report(root, '--date', '2026-6-1');
  assert.is(run.status, 2);
  assert.match(run.stderr, /--date: "2026-6-1" is not a date/);
});

test('an --out that cannot be written names the flag', () => {
  const blocker = join(root, 'a-file');
  writeFileSync(blocker, '');
  const run = report(root, '--out', join(blocker, 'report.html'));
  assert.is(run.status, 2);
  assert.match(run.stderr,
    /\nerror: --out: cannot write .*a-file\/report\.html: a part of the path is not a folder/);
});

test('an --out that is a folder is refused before writing', () => {
  const run = report(root, '--out', join(root, 'results'));
  assert.is(run.status, 2);
  assert.match(run.stderr, /--out: .*results is a folder/);
});

/** The HTML of one target's section. */
function sectionOf(html: string, slug: string): string {
  const start = html.indexOf(`<section class="target" id="target-${slug}"`);
  assert.ok(start >= 0, slug);
  return html.slice(start, html.indexOf('</section>', start));
}

test.run();
