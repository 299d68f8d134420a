import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => `compiled/${name}`);
}
