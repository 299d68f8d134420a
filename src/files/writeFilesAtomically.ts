import {
  lstatSync,
  mkdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { SizingError } from '../SizingError.js';
import { fileProblem } from './fileProblem.js';

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
  let target = root;
  try {
    for (const [path, content] of files) {
      target = join(root, path);
      assertReplaceable(target);
      const temporary = `${target}.${process.pid}.tmp`;
      staged.push([temporary, target]);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(temporary, content);
    }
  } catch (error) {
    removeStaged(staged);
    throw asSizingError(error, target);
  }

  renameAll(staged);
}

export function writeFileAtomically(path: string, content: string): void {
  writeFilesAtomically('', new Map([[path, content]]));
}

/** Only regular files are replaced: never a folder or a device. */
function assertReplaceable(target: string): void {
  const stat = lstatSync(target, { throwIfNoEntry: false });
  if (stat === undefined || stat.isFile()) return;
  throw new SizingError(`cannot write ${target}: it is not a regular file`);
}

function renameAll(staged: [string, string][]): void {
  for (const [index, [temporary, target]] of staged.entries()) {
    try {
      renameSync(temporary, target);
    } catch (error) {
      removeStaged(staged.slice(index));
      const done = `${index} of ${staged.length} files were replaced`;
      const reason = asSizingError(error, target).message;
      throw new SizingError(`${reason} (${done}; run again)`);
    }
  }
}

function removeStaged(staged: [string, string][]): void {
  for (const [temporary] of staged) rmSync(temporary, { force: true });
}

function asSizingError(error: unknown, path: string): Error {
  if (error instanceof SizingError) return error;
  const problem = fileProblem(error);
  return problem === undefined
    ? (error as Error)
    : new SizingError(`cannot write ${path}: ${problem}`);
}
