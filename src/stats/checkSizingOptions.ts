import { SizingError, EXIT_USAGE } from '../SizingError.js';
import { ALTERNATIVES } from './Alternative.js';
import type { SizingOptions } from './sizeMetric.js';

/**
 * Rejects sizing options no test could use, naming the key. These come
 * from configuration, so they are the user's to fix (exit status 2).
 */

const TESTS = ['z', 't', 'proportions', 'poisson', 'mann-whitney'];

function fail(key: string, expected: string, value: unknown): never {
  const shown = JSON.stringify(value) ?? String(value);
  throw new SizingError(
    `sizing option '${key}' must be ${expected}, got ${shown}`,
    EXIT_USAGE,
  );
}

const isProbability = (x: unknown) =>
  typeof x === 'number' && x > 0 && x < 1;

export function checkSizingOptions(options: SizingOptions): SizingOptions {
  if (!TESTS.includes(options.test)) {
    fail('test', `one of ${TESTS.join(', ')}`, options.test);
  }
  if (!isProbability(options.alpha)) {
    fail('alpha', 'a number between 0 and 1', options.alpha);
  }
  if (!isProbability(options.power)) {
    fail('power', 'a number between 0 and 1', options.power);
  }
  if (!ALTERNATIVES.includes(options.alternative)) {
    fail('alternative', ALTERNATIVES.join(', '), options.alternative);
  }
  const ratio = options.ratio;
  if (!(typeof ratio === 'number' && ratio > 0 && Number.isFinite(ratio))) {
    fail('ratio', 'a positive number', ratio);
  }
  if (!(Number.isInteger(options.arms) && options.arms >= 2)) {
    fail('arms', 'a whole number of at least 2', options.arms);
  }
  return options;
}
