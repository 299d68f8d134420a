/**
 * JSON for result files. A non-finite number has no JSON spelling and
 * would mean a result that cannot be computed was not caught: fail loudly.
 */
export function toJson(value: unknown): string {
  const text = JSON.stringify(
    value,
    (key, item: unknown) => {
      if (typeof item === 'number' && !Number.isFinite(item)) {
        throw new Error(`non-finite number at "${key}" in a result`);
      }
      return item;
    },
    2,
  );
  return `${text}\n`;
}
