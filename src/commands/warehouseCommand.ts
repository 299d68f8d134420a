import { isAbsolute, join, relative } from 'node:path';
import type { Command } from 'commander';
import { parseIsoDate, todayUtc } from '../dates/IsoDate.js';
import { EXIT_USAGE, SizingError } from '../SizingError.js';
import { terminal } from '../terminal.js';
import { loadWarehouseSpec } from '../warehouse/loadWarehouseSpec.js';
import { projectRoot } from '../warehouse/projectRoot.js';
import type { WarehouseInfo } from '../warehouse/WarehouseInfo.js';

interface WarehouseFlags {
  date?: string;
  seed?: string;
  clients?: string;
  path?: string;
}

export function registerWarehouseCommand(program: Command): void {
  program
    .command('warehouse')
    .description(
      'Build the embedded sample warehouse: synthetic copies of the ' +
        'tables every app reads, in a DuckDB file, shaped around a run date.',
    )
    .option('--date <date>', 'run date, YYYY-MM-DD (default: today, UTC)')
    .option(
      '--seed <n>',
      'random seed (default: as set in data/warehouse.toml)',
    )
    .option('--clients <n>', 'clients per app (default: as set there)')
    .option(
      '--path <file>',
      'DuckDB file to write (default: as set there, warehouse/sample.duckdb)',
    )
    .action((flags: WarehouseFlags) => runWarehouse(flags));
}

async function runWarehouse(flags: WarehouseFlags): Promise<void> {
  const root = projectRoot();
  const runDate = parseIsoDate(flags.date ?? todayUtc(), '--date');
  const seed = wholeNumberFlag('--seed', flags.seed, 0);
  const clients = wholeNumberFlag('--clients', flags.clients, 1);
  const path = flags.path ?? join(root, loadWarehouseSpec(root).warehouse.path);

  terminal.info(`building the sample warehouse for ${runDate} at ${path}`);
  const started = performance.now();
  // DuckDB loads on use, so other commands start quickly.
  const { buildWarehouse } = await import('../warehouse/buildWarehouse.js');
  const info = await buildWarehouse({ path, runDate, seed, clients, root });
  const seconds = (performance.now() - started) / 1000;
  terminal.result(summary(info, seconds));
}

function wholeNumberFlag(
  flag: string,
  text: string | undefined,
  least: number,
): number | undefined {
  if (text === undefined) return undefined;

  const value = /^\d{1,15}$/.test(text) ? Number(text) : NaN;
  if (value >= least) return value;
  throw new SizingError(
    `${flag}: "${text}" is not a whole number of at least ${least}`,
    EXIT_USAGE,
  );
}

/** One line: the file, rows per table, and how long the build took. */
function summary(info: WarehouseInfo, seconds: number): string {
  const inside = relative(process.cwd(), info.path);
  const outside = inside.startsWith('..') || isAbsolute(inside);
  const shown = outside ? info.path : inside;
  const rows = Object.entries(info.rows)
    .map(([table, count]) => `${table} ${count}`)
    .join(', ');
  return `${shown}: ${rows} rows; built in ${seconds.toFixed(1)} s`;
}
