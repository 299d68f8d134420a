import { ALL, LOCALE_FORMAT } from './dimensionFormats.js';

/** A locale set as written in a list: native array, `all`, or legacy text. */
export type LocaleEntry = string | string[];

const LEGACY_TUPLE = /^\(\s*('[^']*'\s*(,\s*'[^']*'\s*)*,?\s*)?\)$/;

/**
 * Reads the legacy stringified tuple, e.g. "('EN-US', 'EN-CA')", into its
 * codes; returns null for anything else.
 */
export function parseLegacyTuple(text: string): string[] | null {
  if (!LEGACY_TUPLE.test(text.trim())) return null;
  return [...text.matchAll(/'([^']*)'/g)].map((match) => match[1]!);
}

/** Codes of a locale entry, `all`, or an error message. */
export function parseLocaleSet(
  entry: LocaleEntry,
): { codes: string[] | typeof ALL } | { error: string } {
  if (entry === ALL) return { codes: ALL };

  const codes = typeof entry === 'string' ? parseLegacyTuple(entry) : entry;
  if (codes === null) {
    return { error: `"${entry}" is neither a list of locales nor "('XX-YY')"` };
  }
  if (codes.length === 0) return { error: 'a locale set needs a locale' };

  const bad = codes.find((code) => !LOCALE_FORMAT.test(code));
  if (bad !== undefined) return { error: `"${bad}" is not a locale code` };
  if (codes.some((code) => code.toLowerCase() === ALL)) {
    return { error: `"${ALL}" stands alone, not inside a locale set` };
  }

  const upper = codes.map((code) => code.toUpperCase());
  const twice = upper.find((code, index) => upper.indexOf(code) !== index);
  if (twice !== undefined) {
    return { error: `lists ${twice} twice (case does not count)` };
  }
  return { codes };
}

/** The legacy spelling, which published-document consumers parse. */
export function legacyLocaleText(codes: string[] | typeof ALL): string {
  if (codes === ALL) return ALL;
  return `(${codes.map((code) => `'${code}'`).join(', ')})`;
}
