import { z } from 'zod';
import { aggregateValue } from '../aggregateValue.js';
import type { AggregateRow } from '../Engine.js';

/**
 * The results page as the REST API sends it: one `f` entry per column,
 * in schema order. INT64 arrives as a string and FLOAT64 as a string or,
 * from some emulators, a number.
 */
const resultsPage = z
  .object({
    schema: z.object({
      fields: z.array(z.object({ name: z.string() }).loose()),
    }),
    rows: z
      .array(
        z.object({
          f: z.array(
            z.object({ v: z.union([z.string(), z.number(), z.null()]) }),
          ),
        }),
      )
      .default([]),
  })
  .loose();

/**
 * The target query's one row, by column name, converted the way the
 * DuckDB engine converts its values: NULL stays null, anything else goes
 * through Number().
 */
export function aggregateRowOf(response: unknown): AggregateRow {
  const page = resultsPage.safeParse(response);
  if (!page.success) {
    throw new Error('BigQuery sent results of an unexpected shape');
  }

  const { schema, rows } = page.data;
  if (rows.length !== 1) {
    throw new Error(`expected one row, got ${rows.length}`);
  }

  const cells = rows[0]!.f;
  const entries = schema.fields.map(({ name }, index) => {
    const value = cells[index]?.v ?? null;
    return [name, aggregateValue(value)];
  });
  return Object.fromEntries(entries);
}
