import { z } from 'zod';

const jobError = z
  .object({
    reason: z.string().optional(),
    message: z.string().optional(),
  })
  .loose();

/** The parts of a BigQuery job resource this tool reads. */
export const jobResource = z
  .object({
    configuration: z
      .object({
        query: z.object({ query: z.string().optional() }).loose().optional(),
      })
      .loose()
      .optional(),
    status: z
      .object({
        state: z.string().optional(),
        errorResult: jobError.optional(),
        errors: z.array(jobError).optional(),
      })
      .loose()
      .optional(),
    statistics: z
      .object({
        totalBytesProcessed: z.string().optional(),
        query: z
          .object({
            totalBytesProcessed: z.string().optional(),
          })
          .loose()
          .optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

export type JobResource = z.infer<typeof jobResource>;

export type JobError = z.infer<typeof jobError>;

/** Bytes the job read, or the dry run would read; undefined if unsaid. */
export function bytesProcessed(resource: JobResource): number | undefined {
  const { statistics } = resource;
  const text =
    statistics?.query?.totalBytesProcessed ?? statistics?.totalBytesProcessed;
  return text === undefined ? undefined : Number(text);
}
