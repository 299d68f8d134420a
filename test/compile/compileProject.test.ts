import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compiledFiles } from '../../src/compile/compileProject.js';
import { loadProject } from '../../src/config/loadProject.js';
import { bigqueryDialect } from '../../src/dialects/bigqueryDialect.js';
import { repoRoot } from '../support/paths.js';

/** A throwaway copy of the project's data/, to edit freely. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sizing-project-'));
  cpSync(join(repoRoot, 'data'), join(dir, 'data'), { recursive: true });
  return dir;
}

const compile = (root: string) =>
  compiledFiles(loadProject(root), bigqueryDialect);

test('the preset lists give 108 targets, one SQL file each', () => {
  const files = compile(repoRoot);
  const sql = [...files.keys()].filter((path) => path.endsWith('.sql'));
  assert.is(sql.length, 108);
  assert.ok(files.has('data/manifest.toml'));
});

test('compiling twice gives identical bytes', () => {
  const first = compile(repoRoot);
  const second = compile(repoRoot);
  assert.equal([...first.entries()], [...second.entries()]);
});

test('checked-in compiled/ matches the templates and data', () => {
  const files = compile(repoRoot);
  const onDisk = readdirSync(join(repoRoot, 'compiled')).sort();
  const expected = [...files.keys()]
    .filter((path) => path.startsWith('compiled/'))
    .map((path) => path.slice('compiled/'.length))
    .sort();
  assert.equal(onDisk, expected);
  for (const [path, content] of files) {
    assert.is(readFileSync(join(repoRoot, path), 'utf8'), content, path);
  }
});

test('adding a list value adds targets and renames none', () => {
  const root = copyProject();
  const before = compile(root);
  const lists = join(root, 'data/target_lists.toml');
  const text = readFileSync(lists, 'utf8');
  writeFileSync(
    lists,
    text.replace('country = ["US", "all"]', 'country = ["US", "all", "DE"]'),
  );
  const after = compile(root);

  for (const [path, content] of before) {
    if (path === 'data/manifest.toml') continue;
    assert.is(after.get(path), content, `${path} changed`);
  }
  const added = [...after.keys()].filter((path) => !before.has(path));
  assert.is(added.length, 54);
  assert.ok(added.every((path) => path.includes('-de-')));
});

test('compiled SQL holds no engine-specific spelling of another engine', () => {
  for (const [path, content] of compile(repoRoot)) {
    if (!path.endsWith('.sql')) continue;
    assert.not.match(content, /\$[a-z_]+|BOOL_OR|QUANTILE_CONT|"/, path);
    assert.match(content, /@enrollment_start/, path);
  }
});

test.run();
