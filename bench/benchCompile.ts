/**
 * Compile and `compile --check` times for the preset targets and for ten
 * times as many, quoted as ratios against the preset compile measured in
 * the same process. Run with `npm run bench:compile`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { compareCompiled } from '../src/compile/compareCompiled.js';
import { compiledFiles } from '../src/compile/compileProject.js';
import { loadProject } from '../src/config/loadProject.js';
import type { Project } from '../src/config/Project.js';
import { bigqueryDialect } from '../src/dialects/bigqueryDialect.js';
import { writeFilesAtomically } from '../src/files/writeFilesAtomically.js';
import { terminal } from '../src/terminal.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ROUNDS = 5;

/** The median of several timed rounds, in milliseconds. */
function median(run: () => void): number {
  const times = Array.from({ length: ROUNDS }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
}

/** The same project with ten times the countries, hence the targets. */
function tenfold(project: Project): Project {
  const countries = [
    'US',
    'all',
    'DE',
    'FR',
    'GB',
    'CA',
    'JP',
    'BR',
    'IN',
    'IT',
    'ES',
    'MX',
    'PL',
    'NL',
    'SE',
    'AU',
    'KR',
    'TR',
    'ID',
    'RU',
  ];
  const targets = { ...project.targetLists.targets, country: countries };
  return { ...project, targetLists: { ...project.targetLists, targets } };
}

function measure(label: string, project: Project, baseline?: number) {
  const compileMs = median(() => compiledFiles(project, bigqueryDialect));
  const files = compiledFiles(project, bigqueryDialect);
  const dir = mkdtempSync(join(tmpdir(), 'sizing-bench-'));
  writeFilesAtomically(dir, files);
  const checkMs = median(() =>
    compareCompiled(dir, compiledFiles(project, bigqueryDialect)),
  );
  rmSync(dir, { recursive: true, force: true });

  const base = baseline ?? compileMs;
  const targets = files.size - 1;
  terminal.result(
    `${label}: ${targets} targets; compile ${compileMs.toFixed(0)} ms ` +
      `(${(compileMs / base).toFixed(2)}x), check ${checkMs.toFixed(0)} ms ` +
      `(${(checkMs / base).toFixed(2)}x), ` +
      `${((compileMs / targets) * 1000).toFixed(0)} µs per target`,
  );
  return compileMs;
}

const project = loadProject(root);
compiledFiles(project, bigqueryDialect);
const baseline = measure('preset', project);
measure('tenfold', tenfold(project), baseline);
