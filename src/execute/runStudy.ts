import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { compileStudy } from '../compile/compileStudy.js';
import { createTemplateEnvironment } from '../compile/createTemplateEnvironment.js';
import { parseIsoDate, todayUtc } from '../dates/IsoDate.js';
import { assertInPast, runDatesFromStart } from '../dates/RunDates.js';
import { DuckdbEngine } from '../engines/DuckdbEngine.js';
import { writeFileAtomically } from '../files/writeFilesAtomically.js';
import { toJson } from '../results/toJson.js';
import type { TargetResult } from '../results/TargetResult.js';
import { SizingError } from '../SizingError.js';
import type { Study } from '../study/Study.js';
import { ensureWarehouse } from './ensureWarehouse.js';
import { sizeTarget } from './sizeTarget.js';

/** A study's result: the per-target shape, naming the config it sized. */
export type StudyResult = Omit<TargetResult, 'target'> & {
  target: { slug: string; config: string; segments: string[] };
};

/**
 * Sizes a study on the embedded engine. When every data source reads
 * local files, no warehouse is needed and none is built.
 */
export async function runStudy(
  study: Study,
  options: { out?: string; warehouse: string; root: string },
): Promise<{ path: string; result: StudyResult }> {
  const dates = studyDates(study);
  const needsWarehouse = usesWarehouseTables(study);
  const warehouse = needsWarehouse
    ? await ensureWarehouse(options.warehouse, dates, options.root)
    : undefined;

  const engine = needsWarehouse
    ? await DuckdbEngine.open(options.warehouse)
    : await DuckdbEngine.on(await DuckDBInstance.create(':memory:'));
  try {
    await engine.searchFilesIn(study.dir);
    const query = compileStudy(
      createTemplateEnvironment(),
      study,
      engine.dialect,
    );
    const sized = await sizeTarget(
      engine,
      query,
      dates,
      study.parameters,
      warehouse,
    );
    const result = { ...sized, target: describe(study) };
    const path = options.out ?? join(study.dir, `${study.name}.results.json`);
    writeFileAtomically(resolve(path), toJson(result));
    return { path, result };
  } finally {
    await engine.close();
  }
}

function studyDates(study: Study) {
  const { start_date, enrollment_days, analysis_days } = study.dates;
  const start = parseIsoDate(
    start_date,
    `${study.file}: parameters.dates.start_date`,
  );
  const dates = runDatesFromStart(start, enrollment_days, analysis_days);
  try {
    assertInPast(dates, todayUtc());
  } catch (error) {
    if (!(error instanceof SizingError)) throw error;
    const where = `${study.file}: parameters.dates`;
    throw new SizingError(`${where}: ${error.message}`, error.exitCode);
  }
  return dates;
}

function usesWarehouseTables(study: Study): boolean {
  const sources = [
    ...study.segments.map((segment) => segment.source),
    ...Object.values(study.dataSources),
  ];
  return sources.some((source) => source.local_from_expression === undefined);
}

function describe(study: Study): StudyResult['target'] {
  return {
    slug: study.name,
    config: study.file,
    segments: study.segments.map((segment) => segment.name),
  };
}
