/**
 * One aggregate as a number. Engines hand back BIGINT, INT64 strings or
 * doubles; NULL (no value to aggregate) stays null.
 */
export function aggregateValue(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}
