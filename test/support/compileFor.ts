import { compileTarget } from '../../src/compile/compileTarget.js';
import { createTemplateEnvironment } from '../../src/compile/createTemplateEnvironment.js';
import type { TargetQuery } from '../../src/compile/TargetQuery.js';
import { loadProject } from '../../src/config/loadProject.js';
import type { Project } from '../../src/config/Project.js';
import { duckdbDialect } from '../../src/dialects/duckdbDialect.js';
import type { Target } from '../../src/targets/Target.js';
import { targetSlug } from '../../src/targets/targetSlug.js';
import { repoRoot } from './paths.js';

export type TargetValues = Omit<Target, 'slug'>;

/** Compiles one target of the real project (or another) for DuckDB. */
export function compileFor(
  values: TargetValues,
  project: Project = loadProject(repoRoot),
) {
  const target = { slug: targetSlug(values), ...values };
  return compileTarget(
    createTemplateEnvironment(),
    project,
    target,
    duckdbDialect,
  );
}

/**
 * The query cut after its per-client step, selecting from `step` instead:
 * lets a test see membership and values that never leave the engine.
 */
export function probe(
  query: TargetQuery,
  step: string,
  orderBy = 'client_id',
): string {
  const cut = query.sql.indexOf(',\n\nranked AS (');
  if (cut < 0) throw new Error('query has no ranked step');
  return `${query.sql.slice(0, cut)}\nSELECT * FROM ${step} ORDER BY ${orderBy}`;
}
