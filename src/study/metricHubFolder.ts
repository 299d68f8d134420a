import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type {
  DataSource,
  FunctionDefinitions,
} from '../config/AppDefinition.js';
import { ConfigError } from '../config/ConfigError.js';
import { problemsOf } from '../config/parseWithSchema.js';
import { readTomlFile } from '../config/readTomlFile.js';

/*
 * Metric-hub files carry many keys sizing has no use for (owners, joins,
 * analysis bases…), so definitions read from them are not strict: only
 * the keys below are taken.
 */
const hubSource = z.object({
  from_expression: z.string(),
  client_id_column: z.string().default('client_id'),
  submission_date_column: z.string().default('submission_date'),
  default_dataset: z.string().optional(),
});

const hubExpression = z.object({
  data_source: z.string(),
  select_expression: z.string(),
});

const hubFile = z.object({
  metrics: z.record(z.string(), hubExpression).default({}),
  data_sources: z.record(z.string(), hubSource).default({}),
  segments: z
    .object({ data_sources: z.record(z.string(), hubSource).default({}) })
    .catchall(z.unknown())
    .default({ data_sources: {} }),
});

export type HubDefinitions = z.infer<typeof hubFile>;

/** One app's definitions file in a metric-hub folder. */
export function readHubApp(dir: string, app: string): HubDefinitions | null {
  const path = join(dir, 'definitions', `${app}.toml`);
  if (!existsSync(path)) return null;

  const { data, problems } = problemsOf(hubFile, readTomlFile(path), path);
  if (problems.length > 0) throw new ConfigError(problems);
  return data!;
}

const hubFunctions = z.object({
  functions: z.record(z.string(), z.object({ definition: z.string() })),
});

/** The folder's functions.toml, or none. */
export function readHubFunctions(dir: string): FunctionDefinitions {
  const path = join(dir, 'definitions', 'functions.toml');
  if (!existsSync(path)) return {};

  const { data, problems } = problemsOf(hubFunctions, readTomlFile(path), path);
  if (problems.length > 0) throw new ConfigError(problems);
  return data!.functions;
}

/** A metric-hub data source in sizing's shape. */
export function toDataSource(source: z.infer<typeof hubSource>): DataSource {
  const dataset = source.default_dataset;
  const from =
    dataset === undefined
      ? source.from_expression
      : source.from_expression.replaceAll('{dataset}', dataset);
  return {
    from_expression: from,
    client_id_column: source.client_id_column,
    submission_date_column: source.submission_date_column,
  };
}

/** A hub segment, if the entry is one (segments also holds data_sources). */
export function hubSegment(definitions: HubDefinitions, name: string) {
  if (name === 'data_sources') return null;
  const parsed = hubExpression.safeParse(definitions.segments[name]);
  return parsed.success ? parsed.data : null;
}
