/** An effect size as the relative change people think in: 0.5 %, 1 %. */
export function formatEffect(effectSize: number): string {
  return `${Number((effectSize * 100).toPrecision(6))} %`;
}
