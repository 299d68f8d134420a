import { z } from 'zod';
import {
  ALL,
  CHANNEL_FORMAT,
  COUNTRY_FORMAT,
  NAME_FORMAT,
} from '../targets/dimensionFormats.js';
import { parseLocaleSet } from '../targets/parseLocaleSet.js';

const name = z.string().regex(NAME_FORMAT, 'expected a lower_snake_case name');
const exactNumber = z.number().refine(Number.isFinite, 'must be finite');

const localeEntry = z
  .union([z.string(), z.array(z.string()).min(1)])
  .superRefine((entry, ctx) => {
    const parsed = parseLocaleSet(entry);
    if ('error' in parsed)
      ctx.addIssue({ code: 'custom', message: parsed.error });
  });

const orAll = (format: RegExp, what: string) =>
  z
    .string()
    .refine(
      (value) => value === ALL || format.test(value),
      `expected ${what} or "${ALL}"`,
    );

const nonEmptyUnique = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .min(1, 'must list at least one value')
    .refine(
      (values) =>
        new Set(values.map((v) => JSON.stringify(v))).size === values.length,
      'lists a value twice',
    );

export const testOptionsShape = {
  test: z.enum(['z', 't', 'proportions', 'poisson', 'mann-whitney']).optional(),
  alpha: exactNumber.gt(0).lt(1).optional(),
  alternative: z.enum(['two-sided', 'larger', 'smaller']).optional(),
  ratio: exactNumber.gt(0).optional(),
  arms: z.number().int().min(2).max(100).optional(),
};

export const datesSchema = z.strictObject({
  enrollment_days: z.number().int().min(1).max(366).default(7),
  analysis_days: z.number().int().min(1).max(366).default(28),
});

export const targetListsSchema = z.strictObject({
  targets: z.strictObject({
    apps: nonEmptyUnique(name),
    locale: nonEmptyUnique(localeEntry),
    release_channel: nonEmptyUnique(orAll(CHANNEL_FORMAT, 'a channel name')),
    country: nonEmptyUnique(orAll(COUNTRY_FORMAT, 'a two-letter country')),
    user_type: nonEmptyUnique(z.enum(['new', 'existing', 'all'])),
  }),
  parameters: z.strictObject({
    power: nonEmptyUnique(exactNumber.gt(0).lt(1)),
    effect_size: nonEmptyUnique(exactNumber.gt(0)),
    ...testOptionsShape,
    dates: datesSchema.default({ enrollment_days: 7, analysis_days: 28 }),
  }),
  metrics: z.record(name, nonEmptyUnique(name)),
});

export type TargetLists = z.infer<typeof targetListsSchema>;
