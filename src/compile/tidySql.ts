/**
 * Layout only: no trailing spaces, at most one blank line in a row, none
 * right after WITH, and one newline at the end.
 */
export function tidySql(sql: string): string {
  const text = sql
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^WITH\n\n/m, 'WITH\n');
  return `${text.trim()}\n`;
}
