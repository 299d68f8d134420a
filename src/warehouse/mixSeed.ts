/**
 * Folds numbers into one 32-bit seed. Each part goes through an avalanche
 * step, so seeds 1 and 2, or clients 7 and 8, give unrelated streams.
 * Parts are whole numbers up to 2^53; text is folded in with `hashText`.
 */
export function mixSeed(...parts: number[]): number {
  let hash = 0x2545f491;
  for (const part of parts) {
    const low = part >>> 0;
    const high = Math.floor(part / 2 ** 32) >>> 0;
    hash = avalanche(hash ^ low);
    hash = avalanche(hash ^ high);
  }
  return hash;
}

/** FNV-1a over UTF-16 code units: stable names → stable numbers. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

function avalanche(value: number): number {
  let x = Math.imul(value ^ (value >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}
