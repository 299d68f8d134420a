import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { SizingError } from '../SizingError.js';
import { join } from 'node:path';

export interface CompiledDrift {
  stale: string[];
  missing: string[];
  orphaned: string[];
}

/** How the files on disk differ from what compiling gives now. */
export function compareCompiled(
  root: string,
  files: Map<string, string>,
): CompiledDrift {
  const drift: CompiledDrift = { stale: [], missing: [], orphaned: [] };

  for (const [path, content] of files) {
    const onDisk = join(root, path);
    if (!existsSync(onDisk)) drift.missing.push(path);
    else if (readFileSync(onDisk, 'utf8') !== content) drift.stale.push(path);
  }

  drift.orphaned = listCompiledSql(root).filter((path) => !files.has(path));
  return drift;
}

export function listCompiledSql(root: string): string[] {
  const dir = join(root, 'compiled');
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) {
    throw new SizingError(`cannot write ${dir}: it is not a folder`);
  }
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => `compiled/${name}`);
}
