import { fileURLToPath } from 'node:url';

/** The repository root, from dist/test/support. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The reference values shared with the statistics library. */
export const powerRefsPath = fileURLToPath(
  new URL('../../../../shared/refs/power-refs.json', import.meta.url),
);

export const cliPath = fileURLToPath(
  new URL('../../src/cli.js', import.meta.url),
);
