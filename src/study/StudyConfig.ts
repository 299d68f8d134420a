import { z } from 'zod';
import { dataSourceSchema, metricSchema } from '../config/AppDefinition.js';
import { testOptionsShape } from '../config/TargetLists.js';
import { NAME_FORMAT } from '../targets/dimensionFormats.js';

const name = z.string().regex(NAME_FORMAT, 'expected a lower_snake_case name');
const exactNumber = z.number().refine(Number.isFinite, 'must be finite');

/** `{ app: [names] }`: definitions to take from a metric-hub folder. */
export const importsSchema = z.record(name, z.array(name).min(1)).optional();

export const segmentSchema = z.strictObject({
  data_source: name,
  select_expression: z.string().min(1),
  friendly_name: z.string().optional(),
  description: z.string().optional(),
});

export type SegmentDefinition = z.infer<typeof segmentSchema>;

/**
 * TOML dates arrive as Date objects marked `isDate`; a date-time would be
 * moved by its offset, so only a plain date (or its string) is taken.
 */
const isoDate = z
  .union([z.string(), z.date()])
  .refine(
    (value) => typeof value === 'string' || 'isDate' in value,
    'expected a date such as 2026-05-04, without a time',
  )
  .transform((value) =>
    typeof value === 'string' ? value : value.toISOString().slice(0, 10),
  );

const withImports = <T extends z.ZodType>(entry: T) =>
  z.object({ import_from_metric_hub: importsSchema }).catchall(entry);

/** A one-off population in the metric-hub style: `sizing --config`. */
export const studyConfigSchema = z.strictObject({
  segments: z
    .object({
      import_from_metric_hub: importsSchema,
      data_sources: withImports(dataSourceSchema).optional(),
    })
    .catchall(segmentSchema),
  metrics: withImports(metricSchema),
  data_sources: withImports(dataSourceSchema).optional(),
  parameters: z.strictObject({
    power: z.array(exactNumber.gt(0).lt(1)).min(1),
    effect_size: z.array(exactNumber.gt(0)).min(1),
    ...testOptionsShape,
    dates: z.strictObject({
      start_date: isoDate,
      enrollment_days: z.number().int().min(1).max(366).default(7),
      analysis_days: z.number().int().min(1).max(366).default(28),
    }),
  }),
});

export type StudyConfig = z.infer<typeof studyConfigSchema>;
