import { existsSync } from 'node:fs';
import { buildWarehouse } from '../warehouse/buildWarehouse.js';
import { isWarehouseCurrent } from '../warehouse/isWarehouseCurrent.js';
import { readWarehouseInfo } from '../warehouse/readWarehouseInfo.js';
import type { RunDates } from '../dates/RunDates.js';
import { terminal } from '../terminal.js';

/**
 * The sample warehouse is shaped around its run date; build it when it is
 * missing, was built for other dates or by an older generator.
 */
export async function ensureWarehouse(
  path: string,
  dates: RunDates,
  root: string,
): Promise<Record<string, string | number>> {
  const info = existsSync(path) ? await readWarehouseInfo(path, root) : null;
  const wanted = {
    runDate: dates.runDate,
    enrollmentDays: dates.enrollmentDays,
    analysisDays: dates.analysisDays,
  };
  if (isWarehouseCurrent(info, wanted, root)) return describe(info!);

  terminal.info(
    `building the sample warehouse for ${dates.runDate} at ${path}`,
  );
  const built = await buildWarehouse({
    path,
    runDate: dates.runDate,
    seed: info?.seed,
    clients: info?.clients,
    root,
    enrollmentDays: dates.enrollmentDays,
    analysisDays: dates.analysisDays,
  });
  return describe(built);
}

function describe(info: { runDate: string; seed: number; clients: number }) {
  return {
    kind: 'sample',
    run_date: info.runDate,
    seed: info.seed,
    clients: info.clients,
  };
}
