import { fileURLToPath } from 'node:url';

/** templates/ ships with sizing itself, next to dist/ and src/. */
export const templatesDir = fileURLToPath(
  new URL('../../../templates/', import.meta.url),
);
