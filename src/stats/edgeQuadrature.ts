/**
 * ∫ exp(L(edge + t)) dt for a smooth, single-peaked integrand with one
 * sharp step at t = 0, much narrower (width `scale`) than the rest of it.
 * L is given as a function of the offset t, so that the integrand near the
 * step can be evaluated more finely than edge + t would resolve; the peak
 * is at t = `peakOffset`.
 *
 * A uniform trapezoidal rule would need a step as fine as the step's width
 * across the whole integrand: 10^8 points for a noncentral t with δ = 10^6
 * and one degree of freedom. Instead each side of the edge is mapped by
 * t = ±e^w. Scales from the step's width to the bulk's become distances of
 * a few units in w; the mapped integrand is still analytic, decays
 * exponentially towards the edge (the e^w of dt = e^w dw) and doubly
 * exponentially away from it, so the trapezoidal rule on w converges
 * geometrically again. The step is halved until two estimates agree,
 * reusing every point.
 */

/** Terms this far below the largest (in log) are left out. */
const CUTOFF = 40;
const COARSE_STEP = 0.5;
const MAX_HALVINGS = 12;
const MAX_RANGE_STEPS = 4000;
/** Evaluating the terms in logs leaves noise of about 1e-14. */
const AGREEMENT = 1e-13;

export function integrateAcrossEdge(
  logAtOffset: (t: number) => number,
  scale: number,
  peakOffset: number,
): number {
  const sides = [1, -1].map((side) => {
    const beyond = side * peakOffset;
    const centre = Math.log(Math.max(beyond, scale));
    const logTerm = (w: number) => logAtOffset(side * Math.exp(w)) + w;
    return new MappedTrapezoid(logTerm, centre);
  });
  const total = () => sides.reduce((sum, side) => sum + side.value(), 0);

  // Agreement is judged on the total: the side away from the bulk may be
  // a tiny share of it, computed with less relative precision.
  let estimate = total();
  for (let halving = 1; halving <= MAX_HALVINGS; halving++) {
    for (const side of sides) side.halve();
    const next = total();
    const agreed = Math.abs(next - estimate) <= AGREEMENT * next;
    if (halving >= 2 && agreed) return next;
    estimate = next;
  }
  throw new Error('edge quadrature did not converge');
}

/** Trapezoidal rule for ∫ exp(logTerm(w)) dw on nested grids. */
class MappedTrapezoid {
  private readonly logTerm: (w: number) => number;
  private readonly lo: number;
  private readonly ceiling: number;
  private readonly sum = new CompensatedSum();
  private step = COARSE_STEP;
  private count: number;

  constructor(logTerm: (w: number) => number, centre: number) {
    const range = termRange(logTerm, centre);
    this.logTerm = logTerm;
    this.lo = range.lo;
    this.ceiling = range.ceiling;
    this.count = range.steps;
    for (let k = 0; k <= this.count; k++) this.add(k);
  }

  value(): number {
    return Math.exp(this.ceiling) * this.step * this.sum.value();
  }

  /** Halves the step, adding the new midpoints only. */
  halve(): void {
    this.step /= 2;
    this.count *= 2;
    for (let k = 1; k < this.count; k += 2) this.add(k);
  }

  private add(k: number): void {
    const w = this.lo + k * this.step;
    this.sum.add(Math.exp(this.logTerm(w) - this.ceiling));
  }
}

/**
 * The grid [lo, lo + steps·COARSE_STEP] outside which every term is below
 * e^-CUTOFF of the largest, found by walking out from `centre` until the
 * terms fall that low and keep falling. `ceiling` is the largest log term.
 */
function termRange(logTerm: (w: number) => number, centre: number) {
  let ceiling = logTerm(centre);
  const walk = (direction: number) => {
    let previous = ceiling;
    for (let k = 1; k <= MAX_RANGE_STEPS; k++) {
      const level = logTerm(centre + direction * k * COARSE_STEP);
      ceiling = Math.max(ceiling, level);
      if (level < ceiling - CUTOFF && level <= previous) return k;
      previous = level;
    }
    throw new Error('edge quadrature found no end to the integrand');
  };
  const up = walk(1);
  const down = walk(-1);
  return { lo: centre - down * COARSE_STEP, steps: up + down, ceiling };
}

/** Neumaier's compensated summation: thousands of terms, full precision. */
class CompensatedSum {
  private total = 0;
  private compensation = 0;

  add(x: number): void {
    const t = this.total + x;
    this.compensation +=
      Math.abs(this.total) >= Math.abs(x)
        ? this.total - t + x
        : x - t + this.total;
    this.total = t;
  }

  value(): number {
    return this.total + this.compensation;
  }
}
