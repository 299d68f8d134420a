import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { functionsSchema } from '../config/AppDefinition.js';
import { ConfigError, type ConfigProblem } from '../config/ConfigError.js';
import { parseWithSchema, problemsOf } from '../config/parseWithSchema.js';
import { readTomlFile } from '../config/readTomlFile.js';
import { metricNameClashes } from '../compile/metricNameClashes.js';
import { readHubFunctions } from './metricHubFolder.js';
import { resolveImports, type Definitions } from './resolveImports.js';
import type { Study } from './Study.js';
import { studyConfigSchema, type StudyConfig } from './StudyConfig.js';

/** sizing's own functions, which know each engine's spelling. */
const OWN_FUNCTIONS = fileURLToPath(
  new URL('../../../data/functions.toml', import.meta.url),
);

const SECTIONS = ['segments', 'metrics', 'parameters'] as const;

/** Reads a study config and everything it imports, reporting all problems. */
export function loadStudy(file: string, hubDir?: string): Study {
  const raw = readTomlFile(file);
  assertSections(raw, file);

  const config = parseWithSchema(studyConfigSchema, raw, file);
  const problems: ConfigProblem[] = [];
  const definitions = resolveImports(config, hubDir, file, problems);
  problems.push(...crossCheck(definitions, file));
  if (problems.length > 0) throw new ConfigError(problems);

  return toStudy(file, config, definitions, hubDir);
}

function assertSections(raw: unknown, file: string): void {
  const present = raw as Record<string, unknown>;
  const missing = SECTIONS.filter((section) => present[section] === undefined);
  if (missing.length === 0) return;

  throw new ConfigError(
    missing.map((section) => ({
      file,
      key: section,
      message: `missing section [${section}]`,
    })),
  );
}

function crossCheck(definitions: Definitions, file: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const check = (
    kind: string,
    entries: [string, { data_source: string }][],
    sources: Record<string, unknown>,
    where: string,
  ) => {
    for (const [name, { data_source }] of entries) {
      if (data_source in sources) continue;
      problems.push({
        file,
        key: `${kind}.${name}.data_source`,
        message: `"${data_source}" is not defined in [${where}]`,
      });
    }
  };

  if (Object.keys(definitions.segments).length === 0) {
    problems.push({
      file,
      key: 'segments',
      message: 'a study needs a segment',
    });
  }
  if (Object.keys(definitions.metrics).length === 0) {
    problems.push({ file, key: 'metrics', message: 'a study needs a metric' });
  }
  const names = Object.keys(definitions.metrics);
  for (const [index, message] of metricNameClashes(names)) {
    problems.push({ file, key: `metrics.${names[index]}`, message });
  }
  check(
    'segments',
    Object.entries(definitions.segments),
    definitions.segmentSources,
    'segments.data_sources',
  );
  check(
    'metrics',
    Object.entries(definitions.metrics),
    definitions.dataSources,
    'data_sources',
  );
  return problems;
}

function toStudy(
  file: string,
  config: StudyConfig,
  definitions: Definitions,
  hubDir: string | undefined,
): Study {
  const { dates, ...parameters } = config.parameters;
  const segments = Object.entries(definitions.segments).map(
    ([name, definition]) => ({
      name,
      definition,
      source: definitions.segmentSources[definition.data_source]!,
    }),
  );

  return {
    name: basename(file, extname(file)),
    file,
    dir: dirname(resolve(file)),
    segments,
    metrics: definitions.metrics,
    dataSources: definitions.dataSources,
    functions: {
      ...(hubDir ? readHubFunctions(hubDir) : {}),
      ...ownFunctions(),
    },
    parameters,
    dates,
  };
}

function ownFunctions() {
  const label = join('data', 'functions.toml');
  const { data } = problemsOf(
    functionsSchema,
    readTomlFile(OWN_FUNCTIONS, label),
    label,
  );
  return data?.functions ?? {};
}
