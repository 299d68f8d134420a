import { classifyError } from '../engines/bigquery/classifyError.js';
import { SizingError } from '../SizingError.js';

/** Why a target failed, in one line for the summary. */
export function failureReason(error: unknown): string {
  if (error instanceof SizingError) return error.message;
  return classifyError(error).reason;
}
