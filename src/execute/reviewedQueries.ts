import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileQueries } from '../compile/compileProject.js';
import { firstDifference } from '../compile/firstDifference.js';
import { compiledPath } from '../compile/renderManifest.js';
import type { TargetQuery } from '../compile/TargetQuery.js';
import type { Project } from '../config/Project.js';
import { bigqueryDialect } from '../dialects/bigqueryDialect.js';
import type { Target } from '../targets/Target.js';
import { SizingError } from '../SizingError.js';

const INPUTS_HASH = /\(inputs (sha256:[0-9a-f]+)\)/;

/**
 * The checked-in, reviewed SQL of each target, exactly as it will be
 * sent. A file missing, or differing by a byte from what compiling gives
 * now, is refused before anything runs: production must run what was
 * reviewed, and what was reviewed must be what the inputs say.
 */
export function reviewedQueries(
  root: string,
  project: Project,
  targets: Target[],
): TargetQuery[] {
  const queries = compileQueries(project, bigqueryDialect, targets);
  const problems = queries.flatMap((query) => problemWith(root, query));

  if (problems.length > 0) {
    throw new SizingError(
      `compiled files do not match templates/ and data/; ` +
      `run \`npx sizing compile\`, review and commit, then run again:\n` +
      problems.map((line) => `  ${line}`).join('\n'),
    );
  }
  return queries;
}

function problemWith(root: string, query: TargetQuery): string[] {
  const path = compiledPath(query.target.slug);
  const file = join(root, path);
  if (!existsSync(file)) return [`missing: ${path}`];

  const onDisk = readFileSync(file, 'utf8');
  if (onDisk === query.sql) return [];
  return [`stale: ${path} (${staleness(query, onDisk)})`];
}

/** Changed inputs say which hashes differ; a hand edit, which line. */
function staleness(query: TargetQuery, onDisk: string): string {
  const recorded = INPUTS_HASH.exec(onDisk)?.[1];
  if (recorded !== undefined && recorded !== query.inputsHash) {
    return `compiled from inputs ${recorded}, ` +
      `the inputs are now ${query.inputsHash}`;
  }
  return firstDifference(query.sql, onDisk);
}
