import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type nunjucks from 'nunjucks';
import type { AppDefinition } from '../config/AppDefinition.js';
import type { Project } from '../config/Project.js';
import type { Dialect } from '../dialects/Dialect.js';
import type { Target } from '../targets/Target.js';
import { metricSources } from './metricSources.js';
import { QUERY_PARAMETERS, type TargetQuery } from './TargetQuery.js';
import { templatesDir } from './templatesDir.js';
import { tidySql } from './tidySql.js';

/** Clients first seen this many days before enrollment are existing. */
const EXISTING_MIN_AGE_DAYS = 28;
export const TRIM_QUANTILE = 0.995;

/** Renders one target's query for one engine. */
export function compileTarget(
  env: nunjucks.Environment,
  project: Project,
  target: Target,
  dialect: Dialect,
): TargetQuery {
  const app = project.apps.get(target.app)!;
  const metrics = project.targetLists.metrics[target.app]!;
  const inputsHash = hashInputs(project, target, app, metrics);

  const context = {
    custom: false,
    segmentCtes:
      target.userType === 'all'
        ? ['dimension_segment']
        : ['dimension_segment', 'user_type_segment'],
    target: { ...target, localeList: localeList(target) },
    columns: app.targeting.columns,
    sources: segmentSources(app),
    params: paramRefs(dialect),
    analysisDays: project.targetLists.parameters.dates.analysis_days,
    existingMinAgeDays: EXISTING_MIN_AGE_DAYS,
    trimQuantile: TRIM_QUANTILE,
    metricSources: metricSources(app, metrics, project.functions, dialect),
    metrics,
    dialect,
    inputsHash,
  };

  const sql = env.render('target.sql.njk', context);
  return { target, metrics, sql: tidySql(sql), inputsHash };
}

function segmentSources(app: AppDefinition) {
  const sources = app.segments.data_sources;
  return {
    dimension: sources[app.targeting.dimension_source]!,
    newUser: sources[app.targeting.new_user_source]!,
    existingUser: sources[app.targeting.existing_user_source]!,
  };
}

export function paramRefs(dialect: Dialect) {
  const refs = Object.entries(QUERY_PARAMETERS).map(
    ([key, name]) => [key, dialect.param(name, 'DATE')] as const,
  );
  return Object.fromEntries(refs);
}

function localeList(target: Target): string {
  return target.locales === 'all' ? 'all' : target.locales.join(', ');
}

let templateText: string | undefined;

function hashInputs(
  project: Project,
  target: Target,
  app: AppDefinition,
  metrics: string[],
): string {
  templateText ??= readdirSync(templatesDir)
    .sort()
    .map((file) => `${file}\n${readFileSync(join(templatesDir, file), 'utf8')}`)
    .join('\n');

  const inputs = JSON.stringify({
    target,
    app,
    metrics,
    functions: project.functions,
    dates: project.targetLists.parameters.dates,
  });
  const hash = createHash('sha256').update(templateText).update(inputs);
  return `sha256:${hash.digest('hex').slice(0, 16)}`;
}
