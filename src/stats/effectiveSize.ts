/**
 * The one-sample size with the same standard error as a difference of two
 * means: 1 / (1/n_control + 1/n_treatment), with n_treatment = ratio ×
 * n_control. The standardized shift of a two-sample test is d·√(this).
 */
export function effectiveSize(nControl: number, ratio: number): number {
  return (nControl * ratio) / (1 + ratio);
}

/** The control size whose effective size is `size`. */
export function controlForEffectiveSize(size: number, ratio: number) {
  return (size * (1 + ratio)) / ratio;
}
