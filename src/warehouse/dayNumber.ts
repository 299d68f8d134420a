import { addDays, daysBetween, type IsoDate } from '../dates/IsoDate.js';

const EPOCH = '1970-01-01';

/**
 * Days since 1970-01-01. The generator counts days as integers; SQL turns
 * them back into dates with `DATE '1970-01-01' + n`.
 */
export function dayNumber(date: IsoDate): number {
  return daysBetween(EPOCH, date);
}

export function dateOfDayNumber(day: number): IsoDate {
  return addDays(EPOCH, day);
}
