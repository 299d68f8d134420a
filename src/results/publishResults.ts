import { existsSync, readFileSync } from 'node:fs';
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
    .map((path) => JSON.parse(readFileSync(path, 'utf8')) as TargetResult);

  const path = publishedPath(root, runDate);
  writeFileAtomically(path, toJson(publishedDocument(results)));
  return { path, count: results.length };
}
