import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiledFiles } from '../../../src/compile/compileProject.js';
import { loadProject } from '../../../src/config/loadProject.js';
import { bigqueryDialect } from '../../../src/dialects/bigqueryDialect.js';
import {
  writeFilesAtomically,
} from '../../../src/files/writeFilesAtomically.js';
import { repoRoot } from '../../support/paths.js';

/**
 * A throwaway project: the repository's data/ and a compiled/ made from
 * it as `sizing compile` would, so runs here never write into the
 * repository, and a compiled/ someone is regenerating cannot break them.
 */
export function bigqueryProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'sizing-bigquery-'));
  cpSync(join(repoRoot, 'data'), join(root, 'data'), { recursive: true });
  writeFilesAtomically(root, compiledFiles(loadProject(root), bigqueryDialect));
  return root;
}
