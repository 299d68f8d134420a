/**
 * Why a requested power cannot be the target of a test at level alpha, or
 * null when it can. Without data a test rejects with probability alpha at
 * most, and more data only raises that; a target at or below alpha is met
 * by no clients at all, so there is no sample size to report.
 */
export function powerProblem(power: number, alpha: number): string | null {
  if (!(power > 0 && power < 1)) {
    return `power must be between 0 and 1, got ${power}`;
  }
  if (power <= alpha) {
    return (
      `the requested power ${power} is not above the significance level ` +
      `${alpha}: a test reaches that with no clients at all`
    );
  }
  return null;
}
