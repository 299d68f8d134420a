import type { AppDefinition } from './AppDefinition.js';
import type { ConfigProblem } from './ConfigError.js';
import type { Project } from './Project.js';
import { metricNameClashes } from '../compile/metricNameClashes.js';
import { parseLocaleSet } from '../targets/parseLocaleSet.js';

const TARGET_LISTS = 'data/target_lists.toml';

/** Checks that names used in one file are defined in another. */
export function crossCheckProject(project: Project): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const { targetLists, apps } = project;

  for (const app of Object.keys(targetLists.metrics)) {
    if (!apps.has(app)) {
      problems.push(
        problem(`metrics.${app}`, `"${app}" is not in targets.apps`),
      );
    }
  }
  for (const [app, definition] of apps) {
    problems.push(
      ...checkMetricsListed(app, definition, targetLists.metrics[app]),
    );
    problems.push(...checkAppSources(app, definition));
  }

  problems.push(...checkLocaleSets(targetLists.targets.locale));
  return problems;
}

function checkMetricsListed(
  app: string,
  definition: AppDefinition,
  listed: string[] | undefined,
): ConfigProblem[] {
  if (listed === undefined) {
    return [problem(`metrics.${app}`, `no metrics listed for "${app}"`)];
  }
  const undefinedMetrics = listed
    .map((metric, index) => ({ metric, index }))
    .filter(({ metric }) => !(metric in definition.metrics))
    .map(({ metric, index }) =>
      problem(
        `metrics.${app}[${index}]`,
        `"${metric}" is not defined in data/apps/${app}.toml`,
      ),
    );
  const clashes = [...metricNameClashes(listed)].map(([index, message]) =>
    problem(`metrics.${app}[${index}]`, message),
  );
  return [...undefinedMetrics, ...clashes];
}

function checkAppSources(
  app: string,
  definition: AppDefinition,
): ConfigProblem[] {
  const file = `data/apps/${app}.toml`;
  const problems: ConfigProblem[] = [];
  const segmentSources = definition.segments.data_sources;

  for (const role of [
    'dimension_source',
    'new_user_source',
    'existing_user_source',
  ] as const) {
    const source = definition.targeting[role];
    if (!(source in segmentSources)) {
      problems.push({
        file,
        key: `targeting.${role}`,
        message: `"${source}" is not a segments.data_sources entry`,
      });
    }
  }
  for (const [metric, { data_source }] of Object.entries(definition.metrics)) {
    if (!(data_source in definition.data_sources)) {
      problems.push({
        file,
        key: `metrics.${metric}.data_source`,
        message: `"${data_source}" is not a data_sources entry`,
      });
    }
  }
  return problems;
}

function checkLocaleSets(entries: (string | string[])[]): ConfigProblem[] {
  const seen = new Map<string, number>();
  const problems: ConfigProblem[] = [];

  entries.forEach((entry, index) => {
    const parsed = parseLocaleSet(entry);
    if ('error' in parsed) return;
    const key =
      parsed.codes === 'all'
        ? 'all'
        : [...new Set(parsed.codes.map((c) => c.toUpperCase()))]
            .sort()
            .join(',');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(
        problem(
          `targets.locale[${index}]`,
          `same locale set as targets.locale[${earlier}]`,
        ),
      );
    }
    seen.set(key, index);
  });
  return problems;
}

function problem(key: string, message: string): ConfigProblem {
  return { file: TARGET_LISTS, key, message };
}
