import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileQueries } from '../../src/compile/compileProject.js';
import { createTemplateEnvironment } from '../../src/compile/createTemplateEnvironment.js';
import { templatesDir } from '../../src/compile/templatesDir.js';
import { loadProject } from '../../src/config/loadProject.js';
import { bigqueryDialect } from '../../src/dialects/bigqueryDialect.js';
import { repoRoot } from '../support/paths.js';

const queries = compileQueries(loadProject(repoRoot), bigqueryDialect);

/** SQL with every `--` comment removed, as the engine reads it. */
const code = (sql: string) => sql.replace(/--[^\n]*/g, '');

test('every filter value is in the code, never swallowed by a comment', () => {
  for (const { target, sql } of queries) {
    const body = code(sql);
    const values = [
      ...(target.locales === 'all' ? [] : target.locales),
      ...[target.channel, target.country].filter((value) => value !== 'all'),
    ];
    for (const value of values) {
      assert.ok(
        body.includes(`'${value.toUpperCase()}'`),
        `${target.slug}: ${value}`,
      );
    }
    if (target.userType !== 'all') {
      assert.ok(body.includes('user_type_segment AS ('), target.slug);
    }
  }
});

test('each comment line ends where the code goes on', () => {
  for (const { target, sql } of queries) {
    for (const line of sql.split('\n')) {
      const comment = line.indexOf('--');
      if (comment < 0) continue;
      assert.not.match(
        line.slice(comment),
        /\b(SELECT|FROM|WHERE|AND|HAVING)\b [a-z(@]/,
        `${target.slug}: ${line}`,
      );
    }
  }
});

test('a misspelt template variable is an error, not an empty string', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sizing-templates-'));
  writeFileSync(join(dir, 'bad.sql.njk'), 'SELECT {{ colum }} FROM t\n');
  const env = createTemplateEnvironment(dir);
  assert.throws(
    () => env.render('bad.sql.njk', { column: 'x' }),
    /bad\.sql\.njk\) \[Line 1, Column 8\][\s\S]*undefined/,
  );
});

test('templates never test the engine by name', () => {
  const files = readdirSync(templatesDir);
  assert.ok(files.length >= 5);
  for (const file of files) {
    const text = readFileSync(join(templatesDir, file), 'utf8');
    assert.not.match(text, /dialect\.name|bigquery|duckdb/i, file);
  }
});

test.run();
