import { EXIT_USAGE, SizingError } from '../../SizingError.js';

const MULTIPLIERS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  pb: 1e15,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40,
  pib: 2 ** 50,
};

const BYTE_COUNT = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i;

/** `500000000`, `10GB` or `1TiB` as a whole number of bytes. */
export function parseByteCount(text: string, flag: string): number {
  const match = BYTE_COUNT.exec(text.trim());
  const unit = match ? MULTIPLIERS[match[2]!.toLowerCase()] : undefined;
  const bytes = unit === undefined ? NaN : Math.floor(Number(match![1]) * unit);

  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new SizingError(
      `${flag}: "${text}" is not a byte count such as 500000000, 10GB or 1TiB`,
      EXIT_USAGE,
    );
  }
  return bytes;
}
