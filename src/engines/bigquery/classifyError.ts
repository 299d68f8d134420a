import { z } from 'zod';

/** Whether a failed call may succeed if tried again, and why it failed. */
export interface ErrorVerdict {
  transient: boolean;
  /** One line for the summary, such as `invalidQuery: Syntax error …`. */
  reason: string;
}

/** BigQuery's own words for a failure that goes away on its own. */
const TRANSIENT_REASONS = new Set([
  'backendError',
  'rateLimitExceeded',
  'internalError',
  'jobBackendError',
  'jobInternalError',
]);

/** Failures that trying again cannot fix, whatever the HTTP status. */
const PERMANENT_REASONS = new Set([
  'invalidQuery',
  'invalid',
  'accessDenied',
  'quotaExceeded',
  'bytesBilledLimitExceeded',
  'billingTierLimitExceeded',
  'resourcesExceeded',
  'responseTooLarge',
  'notFound',
  'duplicate',
]);

/** Dropped connections; a refused one means nothing is listening. */
const TRANSIENT_NETWORK = new Set([
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
]);

/**
 * The shape shared by the client library's ApiError, job errors and
 * Node's network errors; everything is optional because any may be absent.
 */
const errorShape = z
  .object({
    code: z.union([z.number(), z.string()]).optional(),
    errors: z
      .array(
        z
          .object({
            reason: z.string().optional(),
            message: z.string().optional(),
          })
          .loose(),
      )
      .optional(),
    message: z.string().optional(),
  })
  .loose();

export function classifyError(error: unknown): ErrorVerdict {
  const parsed = errorShape.safeParse(error);
  if (!parsed.success) return { transient: false, reason: String(error) };

  const { code, errors = [], message = '' } = parsed.data;
  const reasons = errors.flatMap((item) => item.reason ?? []);
  return {
    transient: isTransient(code, reasons),
    reason: describe(code, reasons, message),
  };
}

function isTransient(
  code: number | string | undefined,
  reasons: string[],
): boolean {
  if (reasons.some((reason) => TRANSIENT_REASONS.has(reason))) return true;
  if (typeof code === 'string') return TRANSIENT_NETWORK.has(code);

  // A stated reason such as quotaExceeded outranks the HTTP status.
  if (reasons.some((reason) => PERMANENT_REASONS.has(reason))) return false;
  return code === 429 || (code !== undefined && code >= 500);
}

function describe(
  code: number | string | undefined,
  reasons: string[],
  message: string,
): string {
  const line = message.split('\n')[0]!.trim();
  const status = typeof code === 'number' ? `HTTP ${code}` : code;
  const label = reasons[0] ?? status ?? '';
  if (label === '') return line === '' ? 'unknown error' : line;
  return line === '' ? label : `${label}: ${line}`;
}
