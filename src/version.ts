import { readFileSync } from 'node:fs';

/** The version recorded in every result, read once from package.json. */
export const sizingVersion: string = (
  JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { version: string }
).version;
