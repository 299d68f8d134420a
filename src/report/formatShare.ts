/** A population share for people: 0.042 %, 3.1 %, 17,257 %. */
export function formatShare(percent: number): string {
  const digits = percent >= 10
    ? Math.round(percent).toLocaleString('en-US')
    : Number(percent.toPrecision(2)).toString();
  return `${digits} %`;
}
