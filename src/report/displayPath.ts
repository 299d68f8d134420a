import { isAbsolute, relative } from 'node:path';

/** A path as a person would type it: relative when under the cwd. */
export function displayPath(path: string): string {
  const inside = relative(process.cwd(), path);
  const outside = inside.startsWith('..') || isAbsolute(inside);
  return outside || inside === '' ? path : inside;
}
