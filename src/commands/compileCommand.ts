import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { compareCompiled, type CompiledDrift } from '../compile/compareCompiled.js';
import { compiledFiles } from '../compile/compileProject.js';
import { firstDifference } from '../compile/firstDifference.js';
import { loadProject } from '../config/loadProject.js';
import { bigqueryDialect } from '../dialects/bigqueryDialect.js';
import { writeFilesAtomically } from '../files/writeFilesAtomically.js';
import { SizingError } from '../SizingError.js';
import { terminal } from '../terminal.js';

interface CompileOptions {
  check?: boolean;
  project: string;
}

export function registerCompileCommand(program: Command): void {
  program
    .command('compile')
    .description('render every target to compiled/<slug>.sql (BigQuery)')
    .option('--check', 'compare with compiled/ instead of writing; exit 1 on drift')
    .option('--project <dir>', 'project folder holding data/', '.')
    .action((options: CompileOptions) => compile(options));
}

function compile(options: CompileOptions): void {
  const root = resolve(options.project);
  const files = compiledFiles(loadProject(root), bigqueryDialect);
  const drift = compareCompiled(root, files);

  if (options.check) return check(root, files, drift);

  const changed = [...drift.stale, ...drift.missing];
  writeFilesAtomically(root, pick(files, changed));
  for (const path of drift.orphaned) rmSync(join(root, path));

  const sql = (paths: string[]) => paths.filter((path) => path.endsWith('.sql'));
  terminal.result(
    `compiled ${files.size - 1} targets into compiled/: ` +
    `${sql(drift.missing).length} new, ${sql(drift.stale).length} changed, ` +
    `${drift.orphaned.length} removed`,
  );
}

function check(root: string, files: Map<string, string>, drift: CompiledDrift) {
  const lines = [
    ...drift.stale.map((path) =>
      `  stale: ${path} (${firstDifference(files.get(path)!, readFileSync(join(root, path), 'utf8'))})`),
    ...drift.missing.map((path) => `  missing: ${path}`),
    ...drift.orphaned.map((path) => `  orphaned: ${path} (no such target)`),
  ];
  if (lines.length === 0) return;

  throw new SizingError(
    `compiled files are out of date; run \`npx sizing compile\`:\n${lines.join('\n')}`,
  );
}

function pick(files: Map<string, string>, paths: string[]): Map<string, string> {
  return new Map(paths.map((path) => [path, files.get(path)!]));
}
