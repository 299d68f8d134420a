import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWarehouse } from '../../src/warehouse/buildWarehouse.js';
import { cliPath, repoRoot } from './paths.js';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, in `cwd`. */
export function runCli(
  args: string[],
  cwd: string = repoRoot,
  env: Record<string, string> = {},
): CliRun {
  const run = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A throwaway copy of the project's data/ and compiled/. */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sizing-project-'));
  for (const folder of ['data', 'compiled']) {
    cpSync(join(repoRoot, folder), join(dir, folder), { recursive: true });
  }
  return dir;
}

/** A project copy with a small seeded sample warehouse inside it. */
export async function projectWithWarehouse(
  runDate: string,
  seed: number,
  clients: number,
): Promise<{ root: string; warehouse: string }> {
  const root = copyProject();
  const warehouse = join(root, 'sample.duckdb');
  await buildWarehouse({
    path: warehouse,
    runDate,
    seed,
    clients,
    root: repoRoot,
  });
  return { root, warehouse };
}
