import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { compileQueries } from '../compile/compileProject.js';
import { loadProject } from '../config/loadProject.js';
import { parseIsoDate, todayUtc } from '../dates/IsoDate.js';
import { assertInPast, runDatesFor } from '../dates/RunDates.js';
import { DuckdbEngine } from '../engines/DuckdbEngine.js';
import { ensureWarehouse } from '../execute/ensureWarehouse.js';
import { parameterKey } from '../execute/sampleSizesFor.js';
import { sizeTarget } from '../execute/sizeTarget.js';
import { summaryTable } from '../execute/summaryTable.js';
import { writeFileAtomically } from '../files/writeFilesAtomically.js';
import { publishResults } from '../results/publishResults.js';
import { resultsDir, targetResultPath } from '../results/resultPaths.js';
import type { TargetResult } from '../results/TargetResult.js';
import { toJson } from '../results/toJson.js';
import { selectTargets } from '../targets/selectTargets.js';
import { expandTargets } from '../targets/expandTargets.js';
import { terminal } from '../terminal.js';

interface ExecuteOptions {
  target?: string[];
  all?: boolean;
  date?: string;
  project: string;
  warehouse?: string;
}

export function registerExecuteCommand(program: Command): void {
  program
    .command('execute')
    .description('size targets on the embedded warehouse and write results/')
    .option('--target <slug...>', 'targets to size, by slug (see data/manifest.toml)')
    .option('--all', 'size every target of the manifest')
    .option('--date <YYYY-MM-DD>', 'run date (default: today, UTC)')
    .option('--warehouse <file>', 'embedded DuckDB file', 'warehouse/sample.duckdb')
    .option('--project <dir>', 'project folder holding data/', '.')
    .action((options: ExecuteOptions) => execute(options));
}

async function execute(options: ExecuteOptions): Promise<void> {
  const root = resolve(options.project);
  const project = loadProject(root);
  const allTargets = expandTargets(project.targetLists);
  const targets = selectTargets(allTargets, options);
  const dates = runDates(options, project.targetLists.parameters.dates);

  const warehousePath = resolve(root, options.warehouse ?? 'warehouse/sample.duckdb');
  const warehouse = await ensureWarehouse(warehousePath, dates, root);
  const engine = await DuckdbEngine.open(warehousePath);

  const results: TargetResult[] = [];
  try {
    for (const query of compileQueries(project, engine.dialect, targets)) {
      const result = await sizeTarget(engine, query, dates, project.targetLists.parameters, warehouse);
      writeFileAtomically(targetResultPath(root, dates.runDate, query.target.slug), toJson(result));
      results.push(result);
      terminal.info(`sized ${query.target.slug}`);
    }
  } finally {
    await engine.close();
  }

  const published = publishResults(root, dates.runDate, allTargets);
  report(root, results, published, project.targetLists.parameters);
}

function runDates(
  options: ExecuteOptions,
  dates: { enrollment_days: number; analysis_days: number },
) {
  const today = todayUtc();
  const runDate = options.date === undefined ? today : parseIsoDate(options.date, '--date');
  const result = runDatesFor(runDate, dates.enrollment_days, dates.analysis_days);
  assertInPast(result, today);
  return result;
}

function report(
  root: string,
  results: TargetResult[],
  published: { path: string; count: number },
  parameters: { power: number[]; effect_size: number[] },
): void {
  const effect = parameters.effect_size.includes(0.01) ? 0.01 : parameters.effect_size[0]!;
  const key = parameterKey(parameters.power[0]!, effect);
  const dir = relative(root, resultsDir(root, results[0]?.run.run_date ?? ''));

  terminal.result(`Sample size per branch (share of the target) to detect a ` +
    `${effect * 100}% change with power ${parameters.power[0]}:\n`);
  terminal.result(summaryTable(results, key));
  terminal.result(`\n${results.length} targets sized; results in ${dir}/, ` +
    `published document ${relative(root, published.path)} ` +
    `(${published.count} targets)`);
}
