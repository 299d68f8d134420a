import { z } from 'zod';
import type { IsoDate } from '../dates/IsoDate.js';

/** What a warehouse file was built for, as stored inside it. */
export interface WarehouseInfo {
  /** The file, as given to build or read it. */
  path: string;
  runDate: IsoDate;
  seed: number;
  /** Clients per app. */
  clients: number;
  enrollmentDays: number;
  analysisDays: number;
  /** generator_version of data/warehouse.toml at build time. */
  generatorVersion: number;
  /** First and last day of daily data. */
  firstDay: IsoDate;
  lastDay: IsoDate;
  /** Rows per table, keyed by the table's name in the warehouse. */
  rows: Record<string, number>;
}

/** The stored part: everything but the path, one metadata row per key. */
export const storedInfoSchema = z.object({
  runDate: z.string(),
  seed: z.number().int(),
  clients: z.number().int(),
  enrollmentDays: z.number().int(),
  analysisDays: z.number().int(),
  generatorVersion: z.number().int(),
  firstDay: z.string(),
  lastDay: z.string(),
  rows: z.record(z.string(), z.number().int()),
});
