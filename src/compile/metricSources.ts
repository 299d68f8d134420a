import type { AppDefinition, FunctionDefinitions } from '../config/AppDefinition.js';
import type { Dialect } from '../dialects/Dialect.js';
import { renderExpression } from './renderExpression.js';

/** The metrics read from one data source, computed in one pass. */
export interface MetricSourceGroup {
  name: string;
  source: AppDefinition['data_sources'][string];
  metrics: { name: string; sql: string }[];
  /** Metric columns computed by earlier groups, passed along. */
  carried: string[];
  /** The step this one reads from. */
  previous: string;
}

/** Groups the listed metrics by data source, in order of first use. */
export function metricSources(
  app: AppDefinition,
  metricNames: string[],
  functions: FunctionDefinitions,
  dialect: Dialect,
): MetricSourceGroup[] {
  const groups = new Map<string, MetricSourceGroup>();

  for (const name of metricNames) {
    const metric = app.metrics[name]!;
    const group = groups.get(metric.data_source) ?? newGroup(app, metric.data_source);
    const where = `metrics.${name}.select_expression`;
    const sql = renderExpression(metric.select_expression, functions, dialect, where);
    group.metrics.push({ name, sql });
    groups.set(metric.data_source, group);
  }

  return chain([...groups.values()]);
}

function newGroup(app: AppDefinition, name: string): MetricSourceGroup {
  const source = app.data_sources[name]!;
  return { name, source, metrics: [], carried: [], previous: '' };
}

function chain(groups: MetricSourceGroup[]): MetricSourceGroup[] {
  let carried: string[] = [];
  let previous = 'enrollments';

  for (const group of groups) {
    group.carried = carried;
    group.previous = previous;
    carried = [...carried, ...group.metrics.map((metric) => metric.name)];
    previous = `values_${group.name}`;
  }
  return groups;
}
