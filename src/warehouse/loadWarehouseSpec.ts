import { join } from 'node:path';
import { ConfigError, type ConfigProblem } from '../config/ConfigError.js';
import { problemsOf } from '../config/parseWithSchema.js';
import { readTomlFile } from '../config/readTomlFile.js';
import { grainProvides } from './rowSources.js';
import { warehouseSpecSchema, type WarehouseSpec } from './WarehouseSpec.js';

export const WAREHOUSE_FILE = 'data/warehouse.toml';

/** Reads data/warehouse.toml under `root`, reporting every problem at once. */
export function loadWarehouseSpec(root: string): WarehouseSpec {
  const raw = readTomlFile(join(root, WAREHOUSE_FILE), WAREHOUSE_FILE);
  const checked = problemsOf(warehouseSpecSchema, raw, WAREHOUSE_FILE);
  const data = checked.data;
  if (!data) throw new ConfigError(checked.problems);

  const crossProblems = crossCheck(data);
  if (crossProblems.length > 0) throw new ConfigError(crossProblems);
  return data;
}

function crossCheck(spec: WarehouseSpec): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const problem = (key: string, message: string) =>
    problems.push({ file: WAREHOUSE_FILE, key, message });

  for (const section of ['cohorts', 'locales', 'apps', 'tables'] as const) {
    if (Object.keys(spec[section]).length === 0) problem(section, 'is empty');
  }

  for (const [name, table] of Object.entries(spec.tables)) {
    const key = `tables."${name}"`;
    for (const app of table.apps) {
      if (!(app in spec.apps)) problem(`${key}.apps`, `unknown app "${app}"`);
    }
    for (const [column, field] of Object.entries(table.columns)) {
      if (!grainProvides(table.rows, field)) {
        problem(`${key}.columns.${column}`, `"${field}" has no value in ` +
          `${table.rows} rows`);
      }
    }
  }
  return problems;
}
