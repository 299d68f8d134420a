import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes every file to a temporary name first and renames them into place
 * only when all were written, so a failure leaves the old files intact
 * and a reader never sees a half-written one.
 */
export function writeFilesAtomically(
  root: string,
  files: Map<string, string>,
): void {
  const staged: [string, string][] = [];
  try {
    for (const [path, content] of files) {
      const target = join(root, path);
      const temporary = `${target}.${process.pid}.tmp`;
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(temporary, content);
      staged.push([temporary, target]);
    }
  } catch (error) {
    for (const [temporary] of staged) rmSync(temporary, { force: true });
    throw error;
  }

  for (const [temporary, target] of staged) renameSync(temporary, target);
}

export function writeFileAtomically(path: string, content: string): void {
  writeFilesAtomically('', new Map([[path, content]]));
}
