import { EXIT_USAGE, SizingError } from '../../SizingError.js';

/** A usage error that names the flag, for exit status 2. */
export function flagError(flag: string, message: string): SizingError {
  return new SizingError(`${flag} ${message}`, EXIT_USAGE);
}

export interface NumberRule {
  /** Describes the accepted range, for the message: 'between 0 and 1'. */
  expected: string;
  accepts(value: number): boolean;
}

export const ANY_FINITE: NumberRule = {
  expected: 'a finite number',
  accepts: Number.isFinite,
};

export const POSITIVE: NumberRule = {
  expected: 'a positive number',
  accepts: (x) => x > 0 && Number.isFinite(x),
};

export const PROBABILITY: NumberRule = {
  expected: 'a number between 0 and 1 (exclusive)',
  accepts: (x) => x > 0 && x < 1,
};

export const WHOLE_AT_LEAST_2: NumberRule = {
  expected: 'a whole number of at least 2',
  accepts: (x) => Number.isInteger(x) && x >= 2,
};

/** One number, strictly parsed: '1e-3' yes, '12abc' or '' no. */
export function parseNumber(flag: string, text: string, rule: NumberRule) {
  const trimmed = text.trim();
  const value = trimmed === '' ? NaN : Number(trimmed);
  if (!rule.accepts(value)) {
    throw flagError(flag, `must be ${rule.expected}, got '${text}'`);
  }
  return value;
}

/** A comma-separated list such as '0.01,0.02,0.05' (a curve). */
export function parseNumberList(
  flag: string,
  text: string,
  rule: NumberRule,
): number[] {
  return text.split(',').map((part) => parseNumber(flag, part, rule));
}
