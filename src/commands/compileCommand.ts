import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import {
  compareCompiled,
  type CompiledDrift,
} from '../compile/compareCompiled.js';
import { compiledFiles } from '../compile/compileProject.js';
import { firstDifference } from '../compile/firstDifference.js';
import { loadProject } from '../config/loadProject.js';
import { bigqueryDialect } from '../dialects/bigqueryDialect.js';
import {
  writeFileAtomically,
  writeFilesAtomically,
} from '../files/writeFilesAtomically.js';
import { SizingError, EXIT_USAGE } from '../SizingError.js';
import { compileStudy } from '../compile/compileStudy.js';
import { createTemplateEnvironment } from '../compile/createTemplateEnvironment.js';
import { dialects } from '../dialects/dialects.js';
import { loadStudy } from '../study/loadStudy.js';
import { terminal } from '../terminal.js';

const MAX_LISTED = 10;

interface CompileOptions {
  check?: boolean;
  projectDir: string;
  config?: string;
  metricHub?: string;
  out?: string;
  engine: string;
}

export function registerCompileCommand(program: Command): void {
  program
    .command('compile')
    .description('render every target to compiled/<slug>.sql (BigQuery)')
    .option(
      '--check',
      'compare with compiled/ instead of writing; exit 1 on drift',
    )
    .option('--project-dir <dir>', 'project folder holding data/', '.')
    .option(
      '--config <file>',
      'compile one study config instead of the presets',
    )
    .option('--metric-hub <dir>', 'metric-hub folder the study imports from')
    .option('--out <file>', 'with --config: write the SQL here, not to stdout')
    .option('--engine <name>', 'with --config: bigquery or duckdb', 'bigquery')
    .action((options: CompileOptions) => {
      refuseMixedFlags(options);
      return options.config === undefined
        ? compile(options)
        : compileConfig(options);
    });
}

/** Flags of the other mode would be silently ignored: say so instead. */
function refuseMixedFlags(options: CompileOptions): void {
  const studyOnly = { metricHub: '--metric-hub', out: '--out' } as const;
  if (options.config !== undefined && options.check) {
    throw new SizingError(
      '--check: compares compiled/ for the presets; not with --config',
      EXIT_USAGE,
    );
  }
  for (const [key, flag] of Object.entries(studyOnly)) {
    if (options.config !== undefined) break;
    if (options[key as keyof typeof studyOnly] === undefined) continue;
    throw new SizingError(`${flag}: only with --config`, EXIT_USAGE);
  }
  if (options.config === undefined && options.engine !== 'bigquery') {
    throw new SizingError(
      '--engine: compiled/ is always BigQuery; --engine is for --config',
      EXIT_USAGE,
    );
  }
}

function compileConfig(options: CompileOptions): void {
  const dialect = dialects[options.engine as keyof typeof dialects];
  if (dialect === undefined) {
    throw new SizingError(
      `--engine: expected bigquery or duckdb, got "${options.engine}"`,
      EXIT_USAGE,
    );
  }
  const study = loadStudy(options.config!, options.metricHub);
  const { sql } = compileStudy(createTemplateEnvironment(), study, dialect);

  if (options.out === undefined) return terminal.result(sql);
  writeFileAtomically(resolve(options.out), sql);
  terminal.result(`wrote ${options.out}`);
}

function compile(options: CompileOptions): void {
  const root = resolve(options.projectDir);
  const files = compiledFiles(loadProject(root), bigqueryDialect);
  const drift = compareCompiled(root, files);

  if (options.check) return check(root, files, drift);

  const changed = [...drift.stale, ...drift.missing];
  writeFilesAtomically(root, pick(files, changed));
  for (const path of drift.orphaned) rmSync(join(root, path));

  const sql = (paths: string[]) =>
    paths.filter((path) => path.endsWith('.sql'));
  terminal.result(
    `compiled ${files.size - 1} targets into compiled/: ` +
      `${sql(drift.missing).length} new, ${sql(drift.stale).length} changed, ` +
      `${drift.orphaned.length} removed`,
  );
}

function check(root: string, files: Map<string, string>, drift: CompiledDrift) {
  const lines = [
    ...drift.stale.map(
      (path) =>
        `  stale: ${path} (${firstDifference(
          files.get(path)!,
          readFileSync(join(root, path), 'utf8'),
        )})`,
    ),
    ...drift.missing.map((path) => `  missing: ${path}`),
    ...drift.orphaned.map((path) => `  orphaned: ${path} (no such target)`),
  ];
  if (lines.length === 0) return;

  // A template change touches every file: the first few show what differs.
  const shown = lines.slice(0, MAX_LISTED);
  if (lines.length > MAX_LISTED) {
    shown.push(`  … and ${lines.length - MAX_LISTED} more`);
  }
  throw new SizingError(
    `${lines.length} compiled files are out of date; ` +
      `run \`npx sizing compile\`:\n${shown.join('\n')}`,
  );
}

function pick(
  files: Map<string, string>,
  paths: string[],
): Map<string, string> {
  return new Map(paths.map((path) => [path, files.get(path)!]));
}
