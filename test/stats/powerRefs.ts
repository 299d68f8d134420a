import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The shared reference cases. Read at run time so a missing or moved file
 * fails the suite loudly instead of silently testing nothing.
 */

export type RefValue =
  null | boolean | number | string | RefValue[] | { [key: string]: RefValue };

export interface RefCase {
  id: string;
  group: string;
  function: string;
  args: { [key: string]: RefValue };
  [field: string]: RefValue;
}

const location = new URL(
  '../../../../shared/refs/power-refs.json',
  import.meta.url,
);

interface RefFile {
  meta: { [key: string]: RefValue };
  cases: RefCase[];
}

function load(): RefFile {
  const path = fileURLToPath(location);
  if (!existsSync(path)) {
    throw new Error(
      `reference values not found at ${path}: the tests ` +
        'read shared/refs/power-refs.json from the folder beside the clone',
    );
  }
  return JSON.parse(readFileSync(path, 'utf8')) as RefFile;
}

export const refs = load();

export function casesOf(group: string): RefCase[] {
  const cases = refs.cases.filter((c) => c.group === group);
  if (cases.length === 0) throw new Error(`no reference cases in ${group}`);
  return cases;
}

/** A field path such as 'refined.root' as a number (strings decoded). */
export function num(value: RefValue | undefined, path = ''): number {
  let current: RefValue | undefined = value;
  for (const key of path.split('.').filter(Boolean)) {
    if (current === null || typeof current !== 'object') break;
    current = (current as { [key: string]: RefValue })[key];
  }
  if (typeof current === 'number') return current;
  if (current === 'NaN') return NaN;
  if (current === 'Infinity') return Infinity;
  if (current === '-Infinity') return -Infinity;
  throw new Error(`expected a number at '${path}', got ${String(current)}`);
}

export function str(value: RefValue | undefined): string {
  if (typeof value !== 'string') throw new Error(`not a string: ${value}`);
  return value;
}

export function has(c: RefCase, path: string): boolean {
  try {
    num(c, path);
    return true;
  } catch {
    return false;
  }
}

export type RefAlternative = 'two-sided' | 'larger' | 'smaller';

/** The comparison design of a statsmodels power case. */
export function designOf(c: RefCase) {
  const alternative = c.args.alternative ?? 'two-sided';
  return {
    alpha: num(c.args.alpha),
    alternative: str(alternative) as RefAlternative,
    ratio: num(c.args.ratio),
  };
}

export const isZCase = (c: RefCase) =>
  c.function.includes('zt_ind') || c.function.includes('NormalIndPower');

export const isTCase = (c: RefCase) =>
  c.function.includes('tt_ind') || c.function.includes('TTestIndPower');
