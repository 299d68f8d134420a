import { addDays, type IsoDate } from '../dates/IsoDate.js';
import type { RunDates } from '../dates/RunDates.js';
import { RELATIVE_DAY_FORMAT } from './WarehouseSpec.js';

/** "S-28" → the date 28 days before the enrollment start of `dates`. */
export function resolveRelativeDay(text: string, dates: RunDates): IsoDate {
  const match = RELATIVE_DAY_FORMAT.exec(text);
  if (!match) throw new Error(`not a relative day: ${text}`);

  const anchors = {
    S: dates.enrollmentStart,
    E: dates.enrollmentEnd,
    R: dates.runDate,
  } as const;
  const anchor = anchors[match[1] as keyof typeof anchors];
  return addDays(anchor, Number(match[2] ?? 0));
}
