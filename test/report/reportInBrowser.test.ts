import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../support/runCli.js';
import { openInChromium, type OpenedPage } from './openInChromium.js';
import { PLANS, RUN_DATE, resultsProject } from './reportFixture.js';

const root = resultsProject();
const built = runCli(['report', '--project-dir', root], root);
const url = pathToFileURL(
  join(root, 'results', RUN_DATE, 'report.html')).href;

// One browser for all tests, started by the first that needs it: without
// Chromium, each such test fails saying how to install it.
let opened: Promise<OpenedPage> | undefined;
const browser = () => (opened ??= openInChromium(url));

// A browser that failed to start has already failed every test using it.
test.after(async () => {
  const started = await opened?.catch(() => undefined);
  await started?.close();
});

test('the report was built', () => {
  assert.is(built.status, 0, built.stderr);
});

test('every chart is drawn with its marks, at a real size', async () => {
  const { page } = await browser();
  const charts = await page.$$eval('figure.chart svg', (svgs) =>
    svgs.map((svg) => {
      const box = svg.getBoundingClientRect();
      const marks = (name: string) =>
        svg.querySelectorAll(`.mark-${name} path`).length;
      const line = svg.querySelector('.mark-line path');
      return {
        width: box.width,
        height: box.height,
        bands: marks('rect'),
        points: marks('symbol'),
        lines: marks('line'),
        drawn: (line?.getAttribute('d') ?? '').length,
      };
    }));

  assert.is(charts.length, PLANS.length - 1);
  for (const chart of charts) {
    assert.ok(chart.width > 100 && chart.height > 100, JSON.stringify(chart));
    assert.is(chart.bands, 3);
    assert.ok(chart.lines >= 2, 'one line per sized metric');
    assert.ok(chart.points >= 8, 'a point per metric and effect size');
    assert.ok(chart.drawn > 10, 'the line has a path');
  }
});

test('choosing an app shows only its targets, and says how many', async () => {
  const { page } = await browser();
  await page.selectOption('select[name="app"]', 'fenix');

  const fenix = PLANS.filter((plan) => plan.app === 'fenix').length;
  assert.equal(await visibleApps(page, 'section.target'),
    Array(fenix).fill('fenix'));
  assert.equal(await visibleApps(page, '.index li'),
    Array(fenix).fill('fenix'));
  assert.is(await page.textContent('#count'),
    `${fenix} of ${PLANS.length} targets`);
});

test('filters combine, and clearing them shows every target', async () => {
  const { page } = await browser();
  await page.selectOption('select[name="channel"]', 'release');
  await page.fill('input[name="text"]', 'existing');
  assert.equal(await visibleSlugs(page),
    ['fenix-release-en_us-us-existing']);
  assert.is(await page.textContent('#count'),
    `1 of ${PLANS.length} targets`);

  await page.fill('input[name="text"]', 'no such target');
  assert.equal(await visibleSlugs(page), []);
  assert.ok(await page.isVisible('#empty'));

  await page.click('button[type="reset"]');
  await page.waitForFunction(() =>
    document.getElementById('count')?.textContent?.includes(' of ') === false);
  assert.is((await visibleSlugs(page)).length, PLANS.length);
  assert.is(await page.textContent('#count'), `${PLANS.length} targets`);
});

test('the page loaded nothing but itself, and nothing failed', async () => {
  const { requests, problems } = await browser();
  assert.equal(requests, [url]);
  assert.equal(problems, []);
});

async function visibleApps(page: OpenedPage['page'], selector: string) {
  const apps: string[] = [];
  for (const element of await page.$$(selector)) {
    if (await element.isVisible()) {
      apps.push(await element.getAttribute('data-app') ?? '');
    }
  }
  return apps;
}

async function visibleSlugs(page: OpenedPage['page']) {
  const slugs: string[] = [];
  for (const section of await page.$$('section.target')) {
    if (await section.isVisible()) {
      slugs.push(await section.getAttribute('data-target') ?? '');
    }
  }
  return slugs;
}

test.run();
