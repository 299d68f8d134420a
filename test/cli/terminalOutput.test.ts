import { spawnSync } from 'node:child_process';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cliPath, repoRoot } from '../support/paths.js';
import { projectWithWarehouse } from '../support/runCli.js';

const DATE = '2026-06-01';

/**
 * Runs the CLI on a pseudo-terminal (util-linux `script`), as a person
 * at a terminal would see it.
 */
function onTerminal(args: string[], env: Record<string, string> = {}) {
  const command = [process.execPath, cliPath, ...args]
    .map((part) => `'${part}'`)
    .join(' ');
  const noColor = { ...process.env };
  delete noColor.NO_COLOR;
  const run = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...noColor, ...env },
  });
  return run.stdout;
}

test('errors are coloured on a terminal, plain under NO_COLOR', () => {
  const args = ['execute', '--target', 'no-such-target'];
  assert.match(onTerminal(args), '\u001b[31merror:\u001b[0m --target');
  const plain = onTerminal(args, { NO_COLOR: '1' });
  assert.match(plain, 'error: --target: no target "no-such-target"');
  assert.not.match(plain, '\u001b[31m');
});

test('multi-target runs redraw one progress line on a terminal', async () => {
  const { root, warehouse } = await projectWithWarehouse(DATE, 2, 400);

  const screen = onTerminal([
    'execute',
    '--project-dir',
    root,
    '--date',
    DATE,
    '--warehouse',
    warehouse,
    '--target',
    'fenix-beta-en_us-us-all',
    'fenix-beta-en_us-all-all',
  ]);
  assert.match(screen, '\r\u001b[Ksizing 1/2: fenix-beta-en_us-us-all');
  assert.match(screen, '\r\u001b[Ksizing 2/2: fenix-beta-en_us-all-all');
  assert.match(screen, '\r\u001b[KSample size per branch');
});

test('solve answers on a terminal with its table', () => {
  const screen = onTerminal(['solve', '--test', 'z', '--d', '0.1']);
  assert.match(screen, /1,?570/);
});

test.run();
