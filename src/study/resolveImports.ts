import type { DataSource, MetricDefinition } from '../config/AppDefinition.js';
import type { ConfigProblem } from '../config/ConfigError.js';
import {
  hubSegment,
  readHubApp,
  toDataSource,
  type HubDefinitions,
} from './metricHubFolder.js';
import type { SegmentDefinition, StudyConfig } from './StudyConfig.js';

/** The config's own definitions plus those imported by name. */
export interface Definitions {
  segments: Record<string, SegmentDefinition>;
  segmentSources: Record<string, DataSource>;
  metrics: Record<string, MetricDefinition>;
  dataSources: Record<string, DataSource>;
}

type Imports = Record<string, string[]> | undefined;

/**
 * Takes each imported name from `definitions/<app>.toml` of the metric-hub
 * folder, with the data source it reads unless the config defines one of
 * that name. Own definitions win over imported ones.
 */
export function resolveImports(
  config: StudyConfig,
  hubDir: string | undefined,
  file: string,
  problems: ConfigProblem[],
): Definitions {
  const own = ownDefinitions(config);
  const importer = new Importer(hubDir, file, problems);

  importer.each(
    'segments.import_from_metric_hub',
    config.segments.import_from_metric_hub,
    (hub, name, key) => importer.segment(own, hub, name, key),
  );
  importer.each(
    'segments.data_sources.import_from_metric_hub',
    config.segments.data_sources?.import_from_metric_hub,
    (hub, name, key) =>
      importer.source(own.segmentSources, hub.segments.data_sources, name, key),
  );
  importer.each(
    'metrics.import_from_metric_hub',
    config.metrics.import_from_metric_hub,
    (hub, name, key) => importer.metric(own, hub, name, key),
  );
  importer.each(
    'data_sources.import_from_metric_hub',
    config.data_sources?.import_from_metric_hub,
    (hub, name, key) =>
      importer.source(own.dataSources, hub.data_sources, name, key),
  );

  return own;
}

function ownDefinitions(config: StudyConfig): Definitions {
  const {
    import_from_metric_hub: _a,
    data_sources: segmentSources,
    ...segments
  } = config.segments;
  const { import_from_metric_hub: _b, ...segmentSourcesOwn } =
    segmentSources ?? {};
  const { import_from_metric_hub: _c, ...metrics } = config.metrics;
  const { import_from_metric_hub: _d, ...dataSources } =
    config.data_sources ?? {};

  return {
    segments: segments as Record<string, SegmentDefinition>,
    segmentSources: segmentSourcesOwn as Record<string, DataSource>,
    metrics: metrics as Record<string, MetricDefinition>,
    dataSources: dataSources as Record<string, DataSource>,
  };
}

class Importer {
  readonly #apps = new Map<string, HubDefinitions | null>();

  constructor(
    readonly hubDir: string | undefined,
    readonly file: string,
    readonly problems: ConfigProblem[],
  ) {}

  each(
    key: string,
    imports: Imports,
    take: (hub: HubDefinitions, name: string, key: string) => void,
  ): void {
    for (const [app, names] of Object.entries(imports ?? {})) {
      const hub = this.#app(app, `${key}.${app}`);
      if (hub === null) continue;
      names.forEach((name, index) =>
        take(hub, name, `${key}.${app}[${index}]`),
      );
    }
  }

  segment(own: Definitions, hub: HubDefinitions, name: string, key: string) {
    const segment = hubSegment(hub, name);
    if (segment === null) return this.#missing(key, 'segment', name);
    own.segments[name] ??= { ...segment };
    const source = hub.segments.data_sources[segment.data_source];
    if (source && !(segment.data_source in own.segmentSources)) {
      own.segmentSources[segment.data_source] = toDataSource(source);
    }
  }

  metric(own: Definitions, hub: HubDefinitions, name: string, key: string) {
    const metric = hub.metrics[name];
    if (metric === undefined) return this.#missing(key, 'metric', name);
    own.metrics[name] ??= { ...metric };
    const source = hub.data_sources[metric.data_source];
    if (source && !(metric.data_source in own.dataSources)) {
      own.dataSources[metric.data_source] = toDataSource(source);
    }
  }

  source(
    into: Record<string, DataSource>,
    from: HubDefinitions['data_sources'],
    name: string,
    key: string,
  ) {
    const source = from[name];
    if (source === undefined) return this.#missing(key, 'data source', name);
    into[name] ??= toDataSource(source);
  }

  #app(app: string, key: string): HubDefinitions | null {
    if (this.hubDir === undefined) {
      this.problems.push({
        file: this.file,
        key,
        message: 'imports need the metric-hub folder: pass --metric-hub DIR',
      });
      return null;
    }
    if (!this.#apps.has(app)) this.#apps.set(app, readHubApp(this.hubDir, app));
    const hub = this.#apps.get(app)!;
    if (hub === null) {
      this.problems.push({
        file: this.file,
        key,
        message: `no definitions/${app}.toml in ${this.hubDir}`,
      });
    }
    return hub;
  }

  #missing(key: string, kind: string, name: string) {
    this.problems.push({
      file: this.file,
      key,
      message: `no ${kind} "${name}" in the metric-hub definitions`,
    });
  }
}
