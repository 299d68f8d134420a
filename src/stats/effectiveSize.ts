/**
 * The one-sample size with the same standard error as a difference of two
 * means is n_eff = 1 / (1/n_control + 1/n_treatment), with n_treatment =
 * ratio × n_control. The standardized shift of a two-sample test is
 * d·√(n_eff).
 *
 * Both directions are written so that no intermediate overflows or
 * underflows where the result itself is an ordinary number: ratio and n
 * may each be anything from 5e-324 to 1.8e308.
 */

/** √(n_eff) for nControl clients in control. */
export function effectiveScale(nControl: number, ratio: number): number {
  return Math.sqrt(nControl) * Math.sqrt(ratio / (1 + ratio));
}

/** The control size whose √(n_eff) is `scale`: scale²·(1 + ratio)/ratio. */
export function controlForScale(scale: number, ratio: number): number {
  if (ratio >= 1) return scale * scale * (1 + 1 / ratio);

  const perTreatment = scale / Math.sqrt(ratio);
  return perTreatment * perTreatment * (1 + ratio);
}
