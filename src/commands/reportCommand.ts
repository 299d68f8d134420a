import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { parseIsoDate } from '../dates/IsoDate.js';
import { writeFileAtomically } from '../files/writeFilesAtomically.js';
import { displayPath } from '../report/displayPath.js';
import { newestRunDate } from '../report/newestRunDate.js';
import { readRunResults } from '../report/readRunResults.js';
import { resultsDir } from '../results/resultPaths.js';
import { EXIT_USAGE, SizingError } from '../SizingError.js';
import { terminal } from '../terminal.js';

interface ReportOptions {
  date?: string;
  out?: string;
  projectDir: string;
}

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description("write one self-contained HTML page over a run's results")
    .option('--date <YYYY-MM-DD>', 'run date (default: the newest in results/)')
    .option(
      '--out <file>',
      'file to write (default: results/<date>/report.html)',
    )
    .option('--project-dir <dir>', 'project folder holding results/', '.')
    .action((options: ReportOptions) => report(options));
}

async function report(options: ReportOptions): Promise<void> {
  const root = resolve(options.projectDir);
  const runDate =
    options.date === undefined
      ? newestRunDate(join(root, 'results'))
      : parseIsoDate(options.date, '--date');
  const folder = resultsDir(root, runDate);

  const results = readRunResults(folder);
  const out = outputPath(options.out, folder);
  terminal.info(`drawing ${results.length} targets of ${runDate}`);
  // vega loads on use, so other commands start quickly.
  const { renderReport } = await import('../report/renderReport.js');
  const html = await renderReport(runDate, results);

  write(out, html, options.out !== undefined);
  terminal.result(displayPath(out));
}

/**
 * Where to write. A folder is refused before any work: renaming the
 * written file over it would fail only at the end.
 */
function outputPath(named: string | undefined, folder: string): string {
  const path = resolve(named ?? join(folder, 'report.html'));
  if (!existsSync(path) || !statSync(path).isDirectory()) return path;

  const flag = named === undefined ? '' : '--out: ';
  throw new SizingError(`${flag}${displayPath(path)} is a folder`, EXIT_USAGE);
}

/** A file the user named that cannot be written is theirs to fix. */
function write(path: string, html: string, named: boolean): void {
  try {
    writeFileAtomically(path, html);
  } catch (error) {
    if (!named || !(error instanceof SizingError)) throw error;
    throw new SizingError(`--out: ${error.message}`, EXIT_USAGE);
  }
}
