import type { Project } from '../config/Project.js';
import type { Dialect } from '../dialects/Dialect.js';
import { expandTargets } from '../targets/expandTargets.js';
import type { Target } from '../targets/Target.js';
import { compileTarget } from './compileTarget.js';
import { createTemplateEnvironment } from './createTemplateEnvironment.js';
import {
  compiledPath,
  MANIFEST_FILE,
  renderManifest,
} from './renderManifest.js';
import type { TargetQuery } from './TargetQuery.js';

/** Compiles targets (all of the project's by default) for one engine. */
export function compileQueries(
  project: Project,
  dialect: Dialect,
  targets: Target[] = expandTargets(project.targetLists),
): TargetQuery[] {
  const env = createTemplateEnvironment();
  return targets.map((target) => compileTarget(env, project, target, dialect));
}

/** The files `sizing compile` owns: the manifest and one SQL per target. */
export function compiledFiles(
  project: Project,
  dialect: Dialect,
): Map<string, string> {
  const targets = expandTargets(project.targetLists);
  const files = new Map([[MANIFEST_FILE, renderManifest(targets)]]);

  for (const query of compileQueries(project, dialect, targets)) {
    files.set(compiledPath(query.target.slug), query.sql);
  }
  return files;
}
