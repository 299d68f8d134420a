import { z } from 'zod';
import { NAME_FORMAT } from '../targets/dimensionFormats.js';

const name = z.string().regex(NAME_FORMAT, 'expected a lower_snake_case name');
const text = z.string().min(1, 'must not be empty');

/** A column reference: a plain name or a dotted path into a record. */
export const COLUMN_FORMAT =
  /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const column = z.string().regex(COLUMN_FORMAT, 'expected a column name');
const TABLE_FORMAT = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+){0,2}$/;
const table = z.string().regex(TABLE_FORMAT, 'expected project.dataset.table');

export const dataSourceSchema = z
  .strictObject({
    table: table.optional(),
    embedded_table: table.optional(),
    from_expression: text.optional(),
    /** Read by the embedded engine instead, e.g. read_parquet('x.parquet'). */
    local_from_expression: text.optional(),
    where: text.optional(),
    client_id_column: column.default('client_id'),
    submission_date_column: column.default('submission_date'),
    friendly_name: z.string().optional(),
    description: z.string().optional(),
  })
  .refine(
    (source) =>
      !(source.table !== undefined && source.from_expression !== undefined),
    'give `table` or `from_expression`, not both',
  )
  .refine(
    (source) =>
      source.table !== undefined ||
      source.from_expression !== undefined ||
      source.local_from_expression !== undefined,
    'needs `table`, `from_expression` or `local_from_expression`',
  );

export type DataSource = z.infer<typeof dataSourceSchema>;

export const metricSchema = z.strictObject({
  data_source: name,
  select_expression: text,
  friendly_name: z.string().optional(),
  description: z.string().optional(),
});

export type MetricDefinition = z.infer<typeof metricSchema>;

export const appDefinitionSchema = z.strictObject({
  targeting: z.strictObject({
    dimension_source: name,
    new_user_source: name,
    existing_user_source: name,
    columns: z.strictObject({
      locale: column,
      country: column,
      channel: column,
      first_seen_date: column,
      days_since_seen: column,
    }),
  }),
  segments: z.strictObject({
    data_sources: z.record(name, dataSourceSchema),
  }),
  data_sources: z.record(name, dataSourceSchema),
  metrics: z.record(name, metricSchema),
});

export type AppDefinition = z.infer<typeof appDefinitionSchema>;

export const functionsSchema = z.strictObject({
  functions: z.record(
    name,
    z.strictObject({
      definition: text,
      friendly_name: z.string().optional(),
      description: z.string().optional(),
    }),
  ),
});

export type FunctionDefinitions = z.infer<typeof functionsSchema>['functions'];
