import {
  DuckDBDataChunk,
  type DuckDBAppender,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';

/** DuckDB's vector size: a chunk holds at most this many rows. */
const CHUNK_ROWS = 2048;

/**
 * Appends rows to a table a column chunk at a time. Handing DuckDB whole
 * chunks is several times faster than appending value by value, and only
 * one chunk is ever held in memory.
 */
export class ChunkWriter {
  readonly #appender: DuckDBAppender;
  readonly #chunk: DuckDBDataChunk;
  readonly #columns: DuckDBValue[][];
  #rows = 0;
  #written = 0;

  constructor(appender: DuckDBAppender, types: readonly DuckDBType[]) {
    this.#appender = appender;
    this.#chunk = DuckDBDataChunk.create(types, CHUNK_ROWS);
    this.#columns = types.map(() => new Array<DuckDBValue>(CHUNK_ROWS));
  }

  /** Sets a value of the current row; `endRow` moves to the next. */
  set(column: number, value: DuckDBValue): void {
    this.#columns[column]![this.#rows] = value;
  }

  endRow(): void {
    this.#rows += 1;
    if (this.#rows === CHUNK_ROWS) this.#flush();
  }

  /** Writes what is left and closes the appender; returns rows written. */
  close(): number {
    if (this.#rows > 0) this.#flush();
    this.#appender.closeSync();
    return this.#written;
  }

  #flush(): void {
    const full = this.#rows === CHUNK_ROWS;
    const rows = this.#rows;
    this.#chunk.setColumns(
      full ? this.#columns : this.#columns.map((c) => c.slice(0, rows)),
    );
    this.#appender.appendDataChunk(this.#chunk);
    this.#chunk.reset();

    this.#written += rows;
    this.#rows = 0;
  }
}
