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
      (value) => value === ALL || value.toLowerCase() !== ALL,
      `the wildcard is written "${ALL}", in lower case`,
    )
    .refine(
      (value) => value.toLowerCase() === ALL || format.test(value),
      `expected ${what} or "${ALL}"`,
    );

/** Values compare as the query compares them: case does not count. */
const sameKey = (value: unknown) =>
  JSON.stringify(value, (_, item: unknown) =>
    typeof item === 'string' ? item.toUpperCase() : item,
  );

const nonEmptyUnique = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .min(1, 'must list at least one value')
    .superRefine((values, ctx) => {
      const seen = new Map<string, number>();
      values.forEach((value, index) => {
        const earlier = seen.get(sameKey(value));
        if (earlier !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: `the same value as [${earlier}] (case does not count)`,
          });
        }
        seen.set(sameKey(value), index);
      });
    });

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
