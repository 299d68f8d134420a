import { EXIT_USAGE, SizingError } from '../SizingError.js';
import { addDays, type IsoDate } from './IsoDate.js';

/** Every date a sizing run uses, derived from the run date. */
export interface RunDates {
  runDate: IsoDate;
  enrollmentDays: number;
  analysisDays: number;
  /** First day of enrollment. */
  enrollmentStart: IsoDate;
  /** Last day of enrollment, inclusive. */
  enrollmentEnd: IsoDate;
  /** Last day whose data is read, inclusive. */
  dataEnd: IsoDate;
  /** The last day a client enrolled on the last day needs; before runDate. */
  lastFullDay: IsoDate;
}

export function runDatesFor(
  runDate: IsoDate,
  enrollmentDays = 7,
  analysisDays = 28,
): RunDates {
  const enrollmentStart = addDays(
    runDate,
    -(enrollmentDays + analysisDays + 1),
  );
  const enrollmentEnd = addDays(enrollmentStart, enrollmentDays - 1);
  const dataEnd = addDays(enrollmentEnd, analysisDays - 1);
  const lastFullDay = addDays(
    enrollmentStart,
    enrollmentDays + analysisDays - 1,
  );

  return {
    runDate,
    enrollmentDays,
    analysisDays,
    enrollmentStart,
    enrollmentEnd,
    dataEnd,
    lastFullDay,
  };
}

/** The dates of a study that names its own enrollment start. */
export function runDatesFromStart(
  enrollmentStart: IsoDate,
  enrollmentDays: number,
  analysisDays: number,
): RunDates {
  const runDate = addDays(enrollmentStart, enrollmentDays + analysisDays + 1);
  return runDatesFor(runDate, enrollmentDays, analysisDays);
}

/** Refuses dates whose analysis would need data that does not exist yet. */
export function assertInPast(dates: RunDates, today: IsoDate): void {
  if (dates.lastFullDay >= dates.runDate || dates.lastFullDay >= today) {
    throw new SizingError(
      `analysis period extends into the future: enrollment starts ` +
        `${dates.enrollmentStart} and the analysis needs data through ` +
        `${dates.lastFullDay}, which must be before the run date ` +
        `${dates.runDate} (today is ${today})`,
      EXIT_USAGE,
    );
  }
}
