import type { IsoDate } from '../dates/IsoDate.js';
import { loadWarehouseSpec } from './loadWarehouseSpec.js';
import { projectRoot } from './projectRoot.js';
import type { WarehouseInfo } from './WarehouseInfo.js';

/** What a run needs of the warehouse; unset settings are not compared. */
export interface WantedWarehouse {
  runDate: IsoDate;
  enrollmentDays?: number;
  analysisDays?: number;
  seed?: number;
  clients?: number;
}

/**
 * Whether the warehouse described by `info` serves a run: built by the
 * current generator, for the run date and, where given, the same day
 * counts, seed and size. The dates matter because the data is shaped
 * around them: first-seen cohorts sit at fixed distances from enrollment.
 */
export function isWarehouseCurrent(
  info: WarehouseInfo | null,
  wanted: WantedWarehouse,
  root: string = projectRoot(),
): boolean {
  if (info === null) return false;

  const version = loadWarehouseSpec(root).warehouse.generator_version;
  const same = <K extends keyof WantedWarehouse>(key: K) =>
    wanted[key] === undefined || wanted[key] === info[key];
  return info.generatorVersion === version &&
    same('runDate') && same('enrollmentDays') && same('analysisDays') &&
    same('seed') && same('clients');
}
