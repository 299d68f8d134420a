import { ConfigError } from '../config/ConfigError.js';
import type { IsoDate } from '../dates/IsoDate.js';
import { runDatesFor, type RunDates } from '../dates/RunDates.js';
import { dayNumber } from './dayNumber.js';
import { WAREHOUSE_FILE } from './loadWarehouseSpec.js';
import { resolveRelativeDay } from './resolveRelativeDay.js';
import type { WarehouseSpec } from './WarehouseSpec.js';

/** The days one build covers, as day numbers (see dayNumber). */
export interface BuildCalendar {
  dates: RunDates;
  /** First day written to the tables. */
  firstDay: number;
  /** Last day written, inclusive. */
  lastDay: number;
  /** First day simulated; days before firstDay are not written. */
  warmStart: number;
  /** Days a client stays in last-seen tables after its last activity. */
  window: number;
  /** Turns a relative day of data/warehouse.toml into a day number. */
  resolve(text: string): number;
}

export function planCalendar(
  spec: WarehouseSpec,
  runDate: IsoDate,
  enrollmentDays: number,
  analysisDays: number,
): BuildCalendar {
  const dates = runDatesFor(runDate, enrollmentDays, analysisDays);
  const resolve = (text: string) => dayNumber(resolveRelativeDay(text, dates));
  const firstDay = resolve(spec.warehouse.first_day);
  const lastDay = resolve(spec.warehouse.last_day);

  if (lastDay < firstDay) {
    throw new ConfigError([{
      file: WAREHOUSE_FILE,
      key: 'warehouse.last_day',
      message: `falls before warehouse.first_day for run date ${runDate}`,
    }]);
  }

  const warmStart = firstDay - spec.warehouse.warmup_days;
  const window = spec.warehouse.last_seen_window_days;
  return { dates, firstDay, lastDay, warmStart, window, resolve };
}
