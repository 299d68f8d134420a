import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DuckDBInstance } from '@duckdb/node-api';
import { bigqueryDialect } from '../../src/dialects/bigqueryDialect.js';
import { duckdbDialect } from '../../src/dialects/duckdbDialect.js';
import { decodeBigQueryString } from '../support/decodeBigQueryString.js';

/** Deterministic strings full of what breaks naive quoting. */
function* adversarialStrings(count: number): Generator<string> {
  const pieces = [
    "'",
    '"',
    '`',
    '\\',
    '\n',
    '\r',
    '\t',
    '\0',
    '--',
    '/*',
    '*/',
    '#',
    ';',
    ' ',
    'a',
    'Z',
    '0',
    '$1',
    '@p',
    '\u00e9',
    '\u4e2d',
    '\u{1f600}',
    '\u2028',
    '\u007f',
    '\u0001',
    "''",
    "\\'",
    'OR 1=1',
    ')',
    '(',
  ];
  let state = 12345;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);

  for (let i = 0; i < count; i += 1) {
    const length = next() % 12;
    let text = '';
    for (let j = 0; j < length; j += 1) text += pieces[next() % pieces.length];
    yield text;
  }
}

const CASES = [...adversarialStrings(3000)];

test('DuckDB reads every escaped literal back as one value, unchanged', async () => {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();

  for (let at = 0; at < CASES.length; at += 500) {
    const batch = CASES.slice(at, at + 500).filter(
      (text) => !text.includes('\0'),
    );
    const selects = batch.map(
      (text, i) =>
        `SELECT ${i} AS i, ${duckdbDialect.literal(text)} AS v -- end`,
    );
    const sql = `${selects.join('\nUNION ALL\n')}\nORDER BY i`;
    const rows = (await connection.runAndReadAll(sql)).getRowObjects();

    assert.is(rows.length, batch.length);
    rows.forEach((row, i) =>
      assert.is(row.v, batch[i], JSON.stringify(batch[i])),
    );
  }
});

test('DuckDB quotes any identifier so it names one column', async () => {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const names = CASES.filter(
    (text) => text !== '' && !text.includes('\0') && !text.includes('.'),
  ).slice(0, 300);

  for (const name of names) {
    const sql = `SELECT 1 AS ${duckdbDialect.identifier(name)} -- end`;
    const reader = await connection.runAndReadAll(sql);
    assert.equal(reader.columnNames(), [name]);
  }
});

test('BigQuery literals decode to the original text as one token', () => {
  for (const text of CASES) {
    const literal = bigqueryDialect.literal(text);
    assert.is(decodeBigQueryString(literal), text, JSON.stringify(text));
  }
});

test('the decoder used above rejects a literal that ends early', () => {
  assert.throws(() => decodeBigQueryString("'a' OR 'b'"));
  assert.throws(() => decodeBigQueryString("'a\\'"));
});

test.run();
