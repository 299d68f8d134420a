/** Why `value` cannot be a proportion for these tests, or null. */
export function proportionProblem(name: string, value: number) {
  if (value > 0 && value < 1) return null;
  // Only finite values are shown: a reason never reads "Infinity".
  const shown = Number.isFinite(value) ? ` ${value}` : '';
  return `${name}${shown} is outside (0, 1), so it is not a proportion`;
}
