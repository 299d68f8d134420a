import { createHash } from 'node:crypto';
import type nunjucks from 'nunjucks';
import type { DataSource } from '../config/AppDefinition.js';
import type { Dialect } from '../dialects/Dialect.js';
import { SizingError } from '../SizingError.js';
import type { Study } from '../study/Study.js';
import { metricSources } from './metricSources.js';
import { renderExpression } from './renderExpression.js';
import { tidySql } from './tidySql.js';
import { paramRefs, TRIM_QUANTILE } from './compileTarget.js';
import type { TargetQuery } from './TargetQuery.js';

/** Renders a study's query through the same templates as the presets. */
export function compileStudy(
  env: nunjucks.Environment,
  study: Study,
  dialect: Dialect,
): TargetQuery {
  assertReadable(study, dialect);
  const metrics = Object.keys(study.metrics);
  const segments = study.segments.map(({ name, definition, source }) => ({
    cte: `segment_${name}`,
    source,
    condition: renderExpression(
      definition.select_expression,
      study.functions,
      dialect,
      `${study.file}: segments.${name}.select_expression`,
    ),
  }));
  const catalog = { metrics: study.metrics, data_sources: study.dataSources };

  const context = {
    custom: true,
    study: {
      name: study.name,
      file: study.file,
      command: regenerateCommand(study, dialect),
    },
    segments,
    segmentCtes: segments.map((segment) => segment.cte),
    params: paramRefs(dialect),
    analysisDays: study.dates.analysis_days,
    trimQuantile: TRIM_QUANTILE,
    metricSources: metricSources(catalog, metrics, study.functions, dialect),
    metrics,
    dialect,
    inputsHash: hashStudy(study),
  };

  const sql = tidySql(env.render('target.sql.njk', context));
  const target = {
    slug: study.name,
    app: 'study',
    locales: 'all' as const,
    channel: 'all',
    country: 'all',
    userType: 'all' as const,
  };
  return { target, metrics, sql, inputsHash: context.inputsHash };
}

/** The command that writes this very file again. */
function regenerateCommand(study: Study, dialect: Dialect): string {
  const engine = dialect.name === 'bigquery' ? '' : ` --engine ${dialect.name}`;
  return `npx sizing compile --config ${study.file}${engine}`;
}

function hashStudy(study: Study): string {
  const hash = createHash('sha256').update(JSON.stringify(study));
  return `sha256:${hash.digest('hex').slice(0, 16)}`;
}

/** Names the data source an engine cannot read, before rendering. */
function assertReadable(study: Study, dialect: Dialect): void {
  const sources: [string, DataSource][] = [
    ...study.segments.map(
      ({ definition, source }) =>
        [`segments.data_sources.${definition.data_source}`, source] as [
          string,
          DataSource,
        ],
    ),
    ...Object.entries(study.dataSources).map(
      ([name, source]) =>
        [`data_sources.${name}`, source] as [string, DataSource],
    ),
  ];

  for (const [key, source] of sources) {
    try {
      dialect.table(source);
    } catch (error) {
      if (!(error instanceof SizingError)) throw error;
      throw new SizingError(
        `${study.file}: ${key}: ${error.message}`,
        error.exitCode,
      );
    }
  }
}
