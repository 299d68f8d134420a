import { bigqueryDialect } from './bigqueryDialect.js';
import type { Dialect } from './Dialect.js';
import { duckdbDialect } from './duckdbDialect.js';

/** The registry of engines sizing can compile for. */
export const dialects: Record<Dialect['name'], Dialect> = {
  bigquery: bigqueryDialect,
  duckdb: duckdbDialect,
};
