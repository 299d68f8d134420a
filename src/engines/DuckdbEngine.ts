import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { TargetQuery } from '../compile/TargetQuery.js';
import type { RunDates } from '../dates/RunDates.js';
import { duckdbDialect } from '../dialects/duckdbDialect.js';
import { SizingError } from '../SizingError.js';
import { aggregateValue } from './aggregateValue.js';
import type { AggregateRow, Engine } from './Engine.js';
import { queryParameters } from './queryParameters.js';

/** Runs target queries on an embedded DuckDB file, read-only. */
export class DuckdbEngine implements Engine {
  readonly dialect = duckdbDialect;
  readonly #instance: DuckDBInstance;
  readonly #connection: DuckDBConnection;

  private constructor(instance: DuckDBInstance, connection: DuckDBConnection) {
    this.#instance = instance;
    this.#connection = connection;
  }

  static async open(path: string): Promise<DuckdbEngine> {
    const instance = await DuckDBInstance.create(path, {
      access_mode: 'READ_ONLY',
    });
    return DuckdbEngine.on(instance);
  }

  /**
   * An engine over a database already open, such as one in memory. One
   * thread: parallel sums add in a varying order, which moved means in the
   * 15th digit from run to run; one thread gives the same bytes each time
   * for about a fifth more time.
   */
  static async on(instance: DuckDBInstance): Promise<DuckdbEngine> {
    const connection = await instance.connect();
    await connection.run('SET threads = 1');
    return new DuckdbEngine(instance, connection);
  }

  async run(query: TargetQuery, dates: RunDates): Promise<AggregateRow> {
    const reader = await this.#runSql(query, dates);
    const rows = reader.getRowObjects();
    if (rows.length !== 1) {
      throw new SizingError(
        `${query.target.slug}: expected one row, got ${rows.length}`,
      );
    }
    return toNumbers(rows[0]!);
  }

  /** Where relative file paths in queries are looked up. */
  async searchFilesIn(dir: string): Promise<void> {
    await this.#connection.run(
      `SET file_search_path = ${this.dialect.literal(dir)}`,
    );
  }

  async close(): Promise<void> {
    this.#connection.closeSync();
    this.#instance.closeSync();
  }

  async #runSql(query: TargetQuery, dates: RunDates) {
    try {
      return await this.#connection.runAndReadAll(
        query.sql,
        queryParameters(dates),
      );
    } catch (error) {
      const reason = (error as Error).message.split('\n')[0];
      throw new SizingError(`${query.target.slug}: DuckDB failed: ${reason}`);
    }
  }
}

function toNumbers(row: Record<string, unknown>): AggregateRow {
  const entries = Object.entries(row).map(([key, value]) => [
    key,
    aggregateValue(value),
  ]);
  return Object.fromEntries(entries);
}
