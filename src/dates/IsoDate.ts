import { SizingError, EXIT_USAGE } from '../SizingError.js';

/**
 * Calendar dates as `YYYY-MM-DD` strings, computed in UTC so that the
 * machine's time zone never moves a date.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function parseIsoDate(text: string, where: string): IsoDate {
  const match = ISO_DATE.exec(text);
  const time = match ? utcDay(+match[1]!, +match[2]!, +match[3]!) : NaN;
  if (!match || formatDay(time) !== text) {
    throw new SizingError(
      `${where}: "${text}" is not a date of the form YYYY-MM-DD`,
      EXIT_USAGE,
    );
  }
  return text;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return formatDay(toEpochMs(date) + days * DAY_MS);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toEpochMs(to) - toEpochMs(from)) / DAY_MS);
}

export function todayUtc(now: Date = new Date()): IsoDate {
  return formatDay(now.getTime());
}

export function toEpochMs(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return utcDay(y!, m!, d!);
}

/** Date.UTC reads years 0 to 99 as 1900 to 1999; this does not. */
function utcDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function formatDay(epochMs: number): string {
  return Number.isNaN(epochMs)
    ? ''
    : new Date(epochMs).toISOString().slice(0, 10);
}
