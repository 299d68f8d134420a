import * as assert from 'uvu/assert';

/**
 * Asserts |actual - expected| <= rel·|expected| + abs, with a message that
 * shows both values and the label of the case.
 */
export function assertClose(
  actual: number,
  expected: number,
  tolerance: { rel?: number; abs?: number },
  label: string,
): void {
  const allowed =
    (tolerance.rel ?? 0) * Math.abs(expected) + (tolerance.abs ?? 0);
  const error = Math.abs(actual - expected);
  const ok = actual === expected || error <= allowed;
  assert.ok(
    ok,
    `${label}: got ${actual}, expected ${expected} ` +
      `(error ${error.toExponential(2)}, allowed ${allowed.toExponential(2)})`,
  );
}
