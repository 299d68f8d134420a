import { existsSync, readdirSync } from 'node:fs';
import { EXIT_USAGE, SizingError } from '../SizingError.js';
import { displayPath } from './displayPath.js';

const RUN_FOLDER = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The latest run date with a folder under results/. ISO dates sort as
 * text, so the last name is the newest run.
 */
export function newestRunDate(resultsRoot: string): string {
  const dates = existsSync(resultsRoot)
    ? readdirSync(resultsRoot).filter((name) => RUN_FOLDER.test(name))
    : [];

  const newest = dates.sort().at(-1);
  if (newest !== undefined) return newest;
  throw new SizingError(
    `no run folder in ${displayPath(resultsRoot)}: run sizing execute first`,
    EXIT_USAGE,
  );
}
