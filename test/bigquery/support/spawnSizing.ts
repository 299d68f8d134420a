import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliPath } from '../../support/paths.js';
import type { Attempt } from './LoopbackGuard.js';

export interface SpawnedRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** What the guard inside the child saw. */
  guard: {
    attempts: Attempt[];
    lookups: string[];
    credentialLookups: string[];
  };
}

const guardChild = fileURLToPath(new URL('./guardChild.js', import.meta.url));

/**
 * Runs the built CLI in a child process with the guard preloaded and an
 * environment holding nothing but PATH: no proxies, no emulator host,
 * no credentials. Asynchronous, so the fake server in this process can
 * answer while the child runs.
 */
export function spawnSizing(
  args: string[],
  allowedPort: number,
): Promise<SpawnedRun> {
  const dir = mkdtempSync(join(tmpdir(), 'sizing-guard-'));
  const report = join(dir, 'report.json');
  const argv = ['--import', guardChild, cliPath, ...args];
  const child = spawn(process.execPath, argv, {
    env: {
      PATH: process.env.PATH,
      NO_COLOR: '1',
      SIZING_TEST_ALLOWED_PORT: String(allowedPort),
      SIZING_TEST_GUARD_REPORT: report,
    },
  });

  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({
      status, stdout, stderr,
      guard: JSON.parse(readFileSync(report, 'utf8')) as SpawnedRun['guard'],
    }));
  });
}
