const INV_SQRT_2PI = 0.3989422804014327;

/** Beyond this the density is below the smallest double (e^-800). */
const UNDERFLOW = 40;

/**
 * Standard normal density.
 *
 * Squaring x directly rounds x² by half an ulp, which in the far tail
 * (x ≈ 37, exponent ≈ -685) costs about 1e-13 of relative precision. x is
 * therefore split into a part with few bits, whose square is exact, and a
 * small remainder handled by a second, well-conditioned exponential.
 */
export function normalPdf(x: number): number {
  // Far out the two factors below would be 0 and a huge number, whose
  // product is NaN rather than the true 0.
  if (Math.abs(x) > UNDERFLOW) return 0;
  const head = Math.round(x * 16) / 16;
  const tail = x - head;
  const exact = Math.exp(-0.5 * head * head);

  return exact * Math.exp(-tail * (head + 0.5 * tail)) * INV_SQRT_2PI;
}

/** Natural log of the standard normal density. */
export function logNormalPdf(x: number): number {
  return -0.5 * x * x - 0.9189385332046728;
}
