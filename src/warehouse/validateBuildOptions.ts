import { parseIsoDate, type IsoDate } from '../dates/IsoDate.js';
import { EXIT_USAGE, SizingError } from '../SizingError.js';

/** The settings a warehouse is built for, checked and with defaults. */
export interface BuildSettings {
  runDate: IsoDate;
  seed: number;
  clients: number;
  enrollmentDays: number;
  analysisDays: number;
}

export function validateBuildOptions(options: {
  runDate: IsoDate;
  seed: number;
  clients: number;
  enrollmentDays?: number;
  analysisDays?: number;
}): BuildSettings {
  const { enrollmentDays = 7, analysisDays = 28 } = options;
  return {
    runDate: parseIsoDate(options.runDate, 'warehouse run date'),
    seed: wholeNumber('seed', options.seed, 0),
    clients: wholeNumber('clients', options.clients, 1),
    enrollmentDays: wholeNumber('enrollment days', enrollmentDays, 1),
    analysisDays: wholeNumber('analysis days', analysisDays, 1),
  };
}

function wholeNumber(name: string, value: number, least: number): number {
  if (Number.isSafeInteger(value) && value >= least) return value;
  throw new SizingError(
    `warehouse ${name}: expected a whole number of at least ${least}, ` +
    `got ${value}`,
    EXIT_USAGE,
  );
}
