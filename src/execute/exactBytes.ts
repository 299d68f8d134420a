/** `1,610,612,736 bytes`: the count itself, for a cap to compare with. */
export function exactBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`;
}
