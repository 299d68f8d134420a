/** Quotes every part of a dotted name for DuckDB: `a.b` → `"a"."b"`. */
export function quoteName(name: string): string {
  return name
    .split('.')
    .map((part) => `"${part.replaceAll('"', '""')}"`)
    .join('.');
}
