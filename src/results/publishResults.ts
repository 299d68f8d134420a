import { existsSync } from 'node:fs';
import { readResultFile } from '../execute/completeResult.js';
import { terminal } from '../terminal.js';
import type { Target } from '../targets/Target.js';
import { writeFileAtomically } from '../files/writeFilesAtomically.js';
import { publishedDocument } from './publishedDocument.js';
import { publishedPath, targetResultPath } from './resultPaths.js';
import type { TargetResult } from './TargetResult.js';
import { toJson } from './toJson.js';

/**
 * Gathers the run date's result of every current target into the
 * published document, so targets sized in separate runs publish together.
 */
export function publishResults(
  root: string,
  runDate: string,
  targets: Target[],
): { path: string; count: number } {
  const results = targets
    .map(({ slug }) => targetResultPath(root, runDate, slug))
    .filter((path) => existsSync(path))
    .flatMap((path) => readOrWarn(path));

  const path = publishedPath(root, runDate);
  writeFileAtomically(path, toJson(publishedDocument(results)));
  return { path, count: results.length };
}

/** A damaged file is left out and named; sizing it again replaces it. */
function readOrWarn(path: string): TargetResult[] {
  const result = readResultFile(path);
  if (result !== null) return [result];
  terminal.warn(
    `${path}: not a complete result, left out of the ` +
      'published document; size its target again to replace it',
  );
  return [];
}
