import { z } from 'zod';
import { NAME_FORMAT } from '../targets/dimensionFormats.js';
import { ROW_GRAINS } from './RowGrain.js';
import { WAREHOUSE_FIELDS } from './WarehouseField.js';

/** "S-28", "E", "R-1": a day relative to the run's dates. */
export const RELATIVE_DAY_FORMAT = /^([SER])([+-]\d{1,5})?$/;

const relativeDay = z
  .string()
  .regex(RELATIVE_DAY_FORMAT, 'expected a day such as "S-28", "E" or "R-1"');
const name = z.string().regex(NAME_FORMAT, 'expected a lower_snake_case name');
const column = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'expected a column name');
const tableName = z
  .string()
  .regex(/^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$/, 'expected schema.table');
const share = z.number().min(0).max(1);
const positive = z.number().positive();
const count = z.number().int().min(0);
const value = z.string().min(1).max(40);

/** Named weights; only their ratios matter. */
const weights = z
  .record(value, z.number().min(0))
  .refine(
    (named) => Object.values(named).some((weight) => weight > 0),
    'needs a positive weight',
  );

const cohort = z.strictObject({
  share: positive,
  first_seen: z.tuple([relativeDay, relativeDay]),
  recorded: z.boolean().default(true),
  churn: share,
});

const outlier = z.strictObject({
  share: z.number().min(0).max(0.005),
  scale: positive,
  shape: positive,
});

const lognormal = z.strictObject({
  median: positive,
  client_spread: z.number().min(0),
  day_spread: z.number().min(0),
});

const app = z.strictObject({
  label: value,
  channels: weights,
  active_seconds: lognormal,
  searches: z.strictObject({
    searching_share: share,
    median: positive,
    client_spread: z.number().min(0),
  }),
});

const table = z.strictObject({
  apps: z.array(name).min(1),
  rows: z.enum(ROW_GRAINS),
  columns: z
    .record(column, z.enum(WAREHOUSE_FIELDS))
    .refine((c) => Object.keys(c).length > 0, 'needs at least one column'),
});

export const warehouseSpecSchema = z.strictObject({
  warehouse: z.strictObject({
    generator_version: z.number().int().positive(),
    path: z.string().min(1),
    seed: count,
    clients: z.number().int().positive(),
    first_day: relativeDay,
    last_day: relativeDay,
    warmup_days: count,
    last_seen_window_days: z.number().int().min(1).max(31),
  }),
  metadata: z.strictObject({
    table: tableName,
    key_column: column,
    value_column: column,
  }),
  cohorts: z.record(name, cohort),
  activity: z.strictObject({
    alpha: positive,
    beta: positive,
    churn_mean_days: positive,
  }),
  outliers: z.strictObject({ active_seconds: outlier, searches: outlier }),
  geography: z.strictObject({
    missing_share: share,
    travel_share: share,
    spelling: z.strictObject({
      as_listed: z.number().min(0),
      browser: z.number().min(0),
      lower: z.number().min(0),
    }),
  }),
  locales: z.record(
    z.string().regex(/^[A-Z]{2,3}(-[A-Z0-9]{2,8})?$/, 'expected e.g. EN-US'),
    z.strictObject({ share: positive, countries: weights }),
  ),
  search: z.strictObject({
    engines: weights,
    tagged: z.strictObject({ alpha: positive, beta: positive }),
    day_spread: z.number().min(0),
  }),
  apps: z.record(name, app),
  tables: z.record(tableName, table),
});

/** data/warehouse.toml, validated. */
export type WarehouseSpec = z.infer<typeof warehouseSpecSchema>;
export type CohortSpec = z.infer<typeof cohort>;
export type AppSpec = z.infer<typeof app>;
export type TableSpec = z.infer<typeof table>;
export type OutlierSpec = z.infer<typeof outlier>;
