import { fileURLToPath } from 'node:url';

/** The repository root, from dist/test/support. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const cliPath = fileURLToPath(
  new URL('../../src/cli.js', import.meta.url),
);
