import type { DataSource } from '../config/AppDefinition.js';

/** The SQL type of a query parameter. */
export type ParamType = 'DATE';

/**
 * Everything that differs between engines, handed to templates as
 * `dialect`. Templates call these helpers and never look at the engine's
 * name, so one template serves every engine.
 */
export interface Dialect {
  /** For run metadata only; templates must not branch on it. */
  readonly name: 'bigquery' | 'duckdb';

  /** A column, or a dotted path into a record, quoted where needed. */
  identifier(path: string): string;

  /** The table a data source reads, as this engine names it. */
  table(source: DataSource): string;

  /** A string literal with every special character escaped. */
  literal(value: string): string;

  /** A reference to a query parameter bound at run time. */
  param(name: string, type: ParamType): string;

  /** `date` shifted by a whole number of days, still a DATE. */
  dateAdd(date: string, days: number): string;

  /** Aggregate: TRUE when any input is TRUE, ignoring NULLs. */
  anyTrue(condition: string): string;

  /** `value` as a double, so every engine does the same IEEE arithmetic. */
  toDouble(value: string): string;

  /** A number written as a double literal, never a decimal. */
  doubleLiteral(value: number): string;
}
