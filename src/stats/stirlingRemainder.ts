/**
 * ω(a) = ln Γ(a) - [(a - 1/2)·ln a - a + ln(2π)/2], the remainder of
 * Stirling's formula, for a > 0.
 *
 * Densities with large shape parameters (a chi-square with ten million
 * degrees of freedom) need ln Γ(a) against terms of size a·ln a; taking the
 * difference of those large numbers would lose up to 8 digits. Working with
 * the small remainder keeps every digit.
 *
 * For a >= 10 the asymptotic series Σ B_{2k} / (2k(2k-1)·a^{2k-1}) is summed
 * (B the Bernoulli numbers); below, the recurrence Γ(a+1) = a·Γ(a) carries a
 * up past 10 first.
 */

// B_{2k} / (2k(2k-1)) for k = 1..8.
const SERIES = [
  1 / 12,
  -1 / 360,
  1 / 1260,
  -1 / 1680,
  1 / 1188,
  -691 / 360360,
  1 / 156,
  -3617 / 122400,
];

const stirlingMain = (a: number) => (a - 0.5) * Math.log(a) - a;

function asymptotic(a: number): number {
  const inverseSquare = 1 / (a * a);
  let power = 1 / a;
  let sum = 0;

  for (const coefficient of SERIES) {
    const term = coefficient * power;
    sum += term;
    if (Math.abs(term) < 1e-18 * Math.abs(sum)) break;
    power *= inverseSquare;
  }
  return sum;
}

export function stirlingRemainder(a: number): number {
  if (!(a > 0)) throw new RangeError(`stirlingRemainder needs a > 0, got ${a}`);
  if (a >= 10) return asymptotic(a);

  const steps = Math.ceil(10 - a);
  let logProduct = 0;
  for (let j = 0; j < steps; j++) logProduct += Math.log(a + j);

  const shifted = a + steps;
  return (
    asymptotic(shifted) +
    stirlingMain(shifted) -
    stirlingMain(a) -
    logProduct
  );
}
