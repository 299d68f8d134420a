import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { IsoDate } from '../dates/IsoDate.js';
import { dateOfDayNumber } from './dayNumber.js';
import { prepareModel, type GenerationModel } from './GenerationModel.js';
import { loadWarehouseSpec } from './loadWarehouseSpec.js';
import { planCalendar } from './planCalendar.js';
import { projectRoot } from './projectRoot.js';
import { quoteName } from './quoteName.js';
import { stageApp } from './stageApp.js';
import { STAGED_CLIENTS, STAGED_DAYS } from './stagingTables.js';
import { createTableSql, insertRowsSql, schemaOf } from './tableStatements.js';
import { validateBuildOptions } from './validateBuildOptions.js';
import type { WarehouseInfo } from './WarehouseInfo.js';
import { writeWarehouseInfo } from './writeWarehouseInfo.js';

export interface BuildWarehouseOptions {
  /** The DuckDB file to write; replaced if it exists. */
  path: string;
  /** The run date the data is shaped around. */
  runDate: IsoDate;
  /** Defaults to the seed in data/warehouse.toml. */
  seed?: number;
  /** Clients per app; defaults to the count in data/warehouse.toml. */
  clients?: number;
  enrollmentDays?: number;
  analysisDays?: number;
  /** The project folder holding data/; found from the code by default. */
  root?: string;
}

/**
 * Builds the embedded sample warehouse: every table of
 * data/warehouse.toml, filled with synthetic clients shaped around the run
 * date. The same options always give the same contents. The file is built
 * next to `path` and renamed into place, so a crash never leaves a
 * half-built warehouse where a run would read it.
 */
export async function buildWarehouse(
  options: BuildWarehouseOptions,
): Promise<WarehouseInfo> {
  const spec = loadWarehouseSpec(options.root ?? projectRoot());
  const settings = validateBuildOptions({
    ...options,
    seed: options.seed ?? spec.warehouse.seed,
    clients: options.clients ?? spec.warehouse.clients,
  });
  const calendar = planCalendar(
    spec, settings.runDate, settings.enrollmentDays, settings.analysisDays,
  );
  const model = prepareModel(spec, calendar);
  const info: WarehouseInfo = {
    path: options.path,
    ...settings,
    generatorVersion: spec.warehouse.generator_version,
    firstDay: dateOfDayNumber(calendar.firstDay),
    lastDay: dateOfDayNumber(calendar.lastDay),
    rows: {},
  };

  mkdirSync(dirname(options.path), { recursive: true });
  const temporary = `${options.path}.${process.pid}.tmp`;
  try {
    removeDatabase(temporary);
    await fillDatabase(temporary, model, info);
    // A log left by a crash beside the old file must not replay onto this.
    rmSync(`${options.path}.wal`, { force: true });
    renameSync(temporary, options.path);
  } catch (error) {
    removeDatabase(temporary);
    throw error;
  }
  return info;
}

async function fillDatabase(
  path: string,
  model: GenerationModel,
  info: WarehouseInfo,
): Promise<void> {
  const instance = await DuckDBInstance.create(path);
  try {
    const connection = await instance.connect();
    try {
      await createTables(connection, model);
      for (const app of Object.keys(model.spec.apps)) {
        await fillApp(connection, model, app, info);
      }
      info.rows = await countRows(connection, model);
      await writeWarehouseInfo(connection, model.spec, info);
      await connection.run('CHECKPOINT');
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

async function createTables(
  connection: DuckDBConnection,
  model: GenerationModel,
): Promise<void> {
  const tables = Object.entries(model.spec.tables);
  const schemas = new Set(tables.map(([name]) => schemaOf(name)));
  for (const schema of schemas) {
    await connection.run(`CREATE SCHEMA ${quoteName(schema)}`);
  }

  for (const [name, table] of tables) {
    await connection.run(createTableSql(name, table));
  }
}

/** Stages one app's clients, then copies them into each of its tables. */
async function fillApp(
  connection: DuckDBConnection,
  model: GenerationModel,
  app: string,
  info: WarehouseInfo,
): Promise<void> {
  await stageApp(connection, model, app, info);

  for (const [name, table] of Object.entries(model.spec.tables)) {
    if (table.apps.includes(app)) {
      await connection.run(insertRowsSql(name, table));
    }
  }

  await connection.run(`DROP TABLE ${STAGED_DAYS.name}`);
  await connection.run(`DROP TABLE ${STAGED_CLIENTS.name}`);
}

async function countRows(
  connection: DuckDBConnection,
  model: GenerationModel,
): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const name of Object.keys(model.spec.tables)) {
    const reader = await connection.runAndReadAll(
      `SELECT count(*)::INTEGER FROM ${quoteName(name)}`,
    );
    rows[name] = Number(reader.getRowsJS()[0]![0]);
  }
  return rows;
}

/** A DuckDB database is its file plus, while open, a write-ahead log. */
function removeDatabase(path: string): void {
  rmSync(path, { force: true });
  rmSync(`${path}.wal`, { force: true });
}
