import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppDefinition } from './AppDefinition.js';
import { appDefinitionSchema, functionsSchema } from './AppDefinition.js';
import { ConfigError, type ConfigProblem } from './ConfigError.js';
import { crossCheckProject } from './crossCheckProject.js';
import { problemsOf } from './parseWithSchema.js';
import type { Project } from './Project.js';
import { readTomlFile } from './readTomlFile.js';
import { targetListsSchema } from './TargetLists.js';

export const TARGET_LISTS_FILE = 'data/target_lists.toml';
export const FUNCTIONS_FILE = 'data/functions.toml';
export const appFile = (app: string) => `data/apps/${app}.toml`;

/**
 * Reads and validates data/: the target lists, the functions and one
 * definition per listed app. Every problem found is reported at once.
 */
export function loadProject(root: string): Project {
  const problems: ConfigProblem[] = [];
  const read = <T>(file: string, schema: Parameters<typeof problemsOf<T>>[0]) =>
    collect(problems, () =>
      problemsOf(schema, readTomlFile(join(root, file), file), file),
    );

  const targetLists = read(TARGET_LISTS_FILE, targetListsSchema);
  const functions = read(FUNCTIONS_FILE, functionsSchema);
  const apps = new Map<string, AppDefinition>();

  for (const [index, app] of (targetLists?.targets.apps ?? []).entries()) {
    if (!existsSync(join(root, appFile(app)))) {
      problems.push({
        file: TARGET_LISTS_FILE,
        key: `targets.apps[${index}]`,
        message: `unknown app "${app}": there is no ${appFile(app)}`,
      });
      continue;
    }
    const definition = read(appFile(app), appDefinitionSchema);
    if (definition) apps.set(app, definition);
  }

  if (problems.length > 0) throw new ConfigError(problems);
  const project = {
    root,
    targetLists: targetLists!,
    apps,
    functions: functions!.functions,
  };
  const crossProblems = crossCheckProject(project);
  if (crossProblems.length > 0) throw new ConfigError(crossProblems);
  return project;
}

function collect<T>(
  problems: ConfigProblem[],
  parse: () => { data?: T; problems: ConfigProblem[] },
): T | undefined {
  try {
    const result = parse();
    problems.push(...result.problems);
    return result.data;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
}
