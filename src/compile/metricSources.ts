import type {
  DataSource,
  FunctionDefinitions,
  MetricDefinition,
} from '../config/AppDefinition.js';
import type { Dialect } from '../dialects/Dialect.js';
import { renderExpression } from './renderExpression.js';

/** The metrics read from one data source, computed in one pass. */
export interface MetricSourceGroup {
  name: string;
  source: DataSource;
  metrics: { name: string; sql: string }[];
  /** Metric columns computed by earlier groups, passed along. */
  carried: string[];
  /** The step this one reads from. */
  previous: string;
}

/** Metric and data source definitions, by name. */
export interface MetricCatalog {
  metrics: Record<string, MetricDefinition>;
  data_sources: Record<string, DataSource>;
}

/** Groups the listed metrics by data source, in order of first use. */
export function metricSources(
  catalog: MetricCatalog,
  metricNames: string[],
  functions: FunctionDefinitions,
  dialect: Dialect,
): MetricSourceGroup[] {
  const groups = new Map<string, MetricSourceGroup>();

  for (const name of metricNames) {
    const metric = catalog.metrics[name]!;
    const group =
      groups.get(metric.data_source) ?? newGroup(catalog, metric.data_source);
    const where = `metrics.${name}.select_expression`;
    const sql = renderExpression(
      metric.select_expression,
      functions,
      dialect,
      where,
    );
    group.metrics.push({ name, sql });
    groups.set(metric.data_source, group);
  }

  return chain([...groups.values()]);
}

function newGroup(catalog: MetricCatalog, name: string): MetricSourceGroup {
  const source = catalog.data_sources[name]!;
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
