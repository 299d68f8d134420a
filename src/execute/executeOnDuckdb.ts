import { resolve } from 'node:path';
import { compileQueries } from '../compile/compileProject.js';
import type { TargetQuery } from '../compile/TargetQuery.js';
import { duckdbDialect } from '../dialects/duckdbDialect.js';
import { DuckdbEngine } from '../engines/DuckdbEngine.js';
import { writeFileAtomically } from '../files/writeFilesAtomically.js';
import { publishResults } from '../results/publishResults.js';
import { targetResultPath } from '../results/resultPaths.js';
import type { TargetResult } from '../results/TargetResult.js';
import { toJson } from '../results/toJson.js';
import { terminal } from '../terminal.js';
import { DEFAULT_WAREHOUSE } from './defaultWarehouse.js';
import { ensureWarehouse } from './ensureWarehouse.js';
import { reportRun } from './reportRun.js';
import { resumeTargets } from './resumeTargets.js';
import { sizeTarget } from './sizeTarget.js';
import type { TargetRun } from './TargetRun.js';

type Warehouse = Record<string, string | number>;

/**
 * Sizes targets on the embedded sample warehouse, one after another,
 * skipping those whose results from the same warehouse are complete.
 */
export async function executeOnDuckdb(
  run: TargetRun,
  warehouseFile: string = DEFAULT_WAREHOUSE,
): Promise<void> {
  const path = resolve(run.root, warehouseFile);
  const warehouse = await ensureWarehouse(path, run.dates, run.root);
  const queries = compileQueries(run.project, duckdbDialect, run.targets);

  const { done, pending } = resumeTargets(
    run.root,
    queries,
    {
      dates: run.dates,
      engine: duckdbDialect.name,
      warehouse,
      parameters: run.project.targetLists.parameters,
    },
    run.force,
  );

  const sized =
    pending.length === 0
      ? new Map<TargetQuery, TargetResult>()
      : await sizeAll(path, pending, run, warehouse);

  reportRun({
    root: run.root,
    runDate: run.dates.runDate,
    results: queries.flatMap(
      (query) => done.get(query) ?? sized.get(query) ?? [],
    ),
    sized: sized.size,
    skipped: done.size,
    failures: [],
    published: publishResults(run.root, run.dates.runDate, run.allTargets),
    parameters: run.project.targetLists.parameters,
    json: run.json,
  });
}

async function sizeAll(
  path: string,
  queries: TargetQuery[],
  run: TargetRun,
  warehouse: Warehouse,
): Promise<Map<TargetQuery, TargetResult>> {
  const engine = await DuckdbEngine.open(path);
  const { parameters } = run.project.targetLists;
  const results = new Map<TargetQuery, TargetResult>();

  try {
    for (const [index, query] of queries.entries()) {
      terminal.progress(
        `sizing ${index + 1}/${queries.length}: ${query.target.slug}`,
      );
      const result = await sizeTarget(
        engine,
        query,
        run.dates,
        parameters,
        warehouse,
      );
      const { slug } = query.target;
      const file = targetResultPath(run.root, run.dates.runDate, slug);
      writeFileAtomically(file, toJson(result));
      results.set(query, result);
    }
  } finally {
    terminal.endProgress();
    await engine.close();
  }
  return results;
}
