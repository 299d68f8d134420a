import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import TOML from '@iarna/toml';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  appDefinitionSchema,
  type AppDefinition,
  type DataSource,
} from '../../src/config/AppDefinition.js';
import { quoteName } from '../../src/warehouse/quoteName.js';
import { repoRoot } from '../support/paths.js';
import { buildSmall, WarehouseReader } from './warehouseFixture.js';

const KEYWORDS = new Set([
  'AND', 'OR', 'NOT', 'NULL', 'IS', 'TRUE', 'FALSE', 'AS', 'IN',
  'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'DISTINCT',
]);

const FUNCTION_CALL = /\{\{\s*\w+\(\s*"([^"]+)"\s*\)\s*\}\}/g;

/** Column names an expression uses, looking inside `{{ f("x") }}` too. */
function columnsOf(expression: string): string[] {
  const inner = [...expression.matchAll(FUNCTION_CALL)]
    .flatMap((match) => columnsOf(match[1]!));
  const outer = expression
    .replace(/\{\{[\s\S]*?\}\}/g, ' ')
    .replace(/'[^']*'/g, ' ');
  const bare = [...outer.matchAll(/\b[A-Za-z_]\w*\b(?!\s*\()/g)]
    .map((match) => match[0])
    .filter((word) => !KEYWORDS.has(word.toUpperCase()));
  return [...inner, ...bare];
}

/** Every embedded table the apps read, with the columns they use. */
function referencedColumns(): Map<string, Set<string>> {
  const wanted = new Map<string, Set<string>>();
  const add = (source: DataSource | undefined, columns: string[]) => {
    const table = source?.embedded_table;
    assert.ok(table, 'every source names an embedded_table');
    const set = wanted.get(table!) ?? new Set<string>();
    columns.forEach((column) => set.add(column));
    wanted.set(table!, set);
  };

  for (const app of appFiles()) {
    const sources = { ...app.segments.data_sources, ...app.data_sources };
    for (const source of Object.values(sources)) {
      add(source, baseColumns(source));
    }
    for (const metric of Object.values(app.metrics)) {
      const source = app.data_sources[metric.data_source];
      add(source, columnsOf(metric.select_expression));
    }
    addTargeting(app, add);
  }
  return wanted;
}

function baseColumns(source: DataSource): string[] {
  return [
    source.client_id_column,
    source.submission_date_column,
    ...(source.where ? columnsOf(source.where) : []),
  ];
}

function addTargeting(
  app: AppDefinition,
  add: (source: DataSource | undefined, columns: string[]) => void,
): void {
  const { targeting } = app;
  const segment = (name: string) => app.segments.data_sources[name];
  const columns = targeting.columns;
  const { first_seen_date: firstSeen, days_since_seen: sinceSeen } = columns;
  add(segment(targeting.dimension_source),
    [columns.locale, columns.country, columns.channel]);
  add(segment(targeting.new_user_source), [firstSeen]);
  add(segment(targeting.existing_user_source), [firstSeen, sinceSeen]);
}

function appFiles(): AppDefinition[] {
  const folder = join(repoRoot, 'data', 'apps');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.toml'))
    .map((file) => readFileSync(join(folder, file), 'utf8'))
    .map((text) => appDefinitionSchema.parse(TOML.parse(text)));
}

const path = await buildSmall(200);
const reader = await WarehouseReader.open(path);
const columnTypes = new Map<string, string>();
const described = await reader.rows(
  'SELECT schema_name, table_name, column_name, data_type ' +
  'FROM duckdb_columns()',
);
for (const [schema, table, column, type] of described) {
  columnTypes.set(`${schema}.${table}.${column}`, String(type));
}
const wanted = referencedColumns();

test('every app names tables to read', () => {
  assert.ok(wanted.size >= appFiles().length);
});

test('every table the apps read exists with every column they use', () => {
  for (const [table, columns] of wanted) {
    for (const column of columns) {
      assert.ok(columnTypes.has(`${table}.${column}`), `${table}.${column}`);
    }
  }
});

test('dates are dates and metric columns are numbers', () => {
  const typeOf = (table: string, column: string) =>
    columnTypes.get(`${table}.${column}`) ?? 'missing';
  for (const [key, type] of columnTypes) {
    if (key.endsWith('_date')) assert.is(type, 'DATE', key);
  }

  for (const app of appFiles()) {
    const { existing_user_source: source, columns } = app.targeting;
    const existing = app.segments.data_sources[source]!.embedded_table!;
    assert.is(typeOf(existing, columns.days_since_seen), 'INTEGER');

    for (const metric of Object.values(app.metrics)) {
      const table = app.data_sources[metric.data_source]!.embedded_table!;
      for (const column of columnsOf(metric.select_expression)) {
        assert.match(typeOf(table, column), /^(INTEGER|BIGINT|DOUBLE|DATE)$/);
      }
    }
  }
});

test('each filter on a shared table keeps some rows', async () => {
  for (const app of appFiles()) {
    for (const source of Object.values(app.data_sources)) {
      if (!source.where) continue;
      const table = quoteName(source.embedded_table!);
      const rows = await reader.number(
        `SELECT count(*) FROM ${table} WHERE ${source.where}`,
      );
      assert.ok(rows > 0, source.where);
    }
  }
});

test.after(() => reader.close());

test.run();
