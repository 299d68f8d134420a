import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { quoteName } from '../../src/warehouse/quoteName.js';
import { buildSmall, spec, WarehouseReader } from './warehouseFixture.js';

/** Row count and an order-free hash of every row, per table. */
async function checksums(path: string): Promise<Record<string, string>> {
  const reader = await WarehouseReader.open(path);
  const sums: Record<string, string> = {};
  try {
    for (const [name, table] of Object.entries(spec.tables)) {
      const columns = Object.keys(table.columns).map(quoteName).join(', ');
      const [row] = await reader.rows(
        `SELECT count(*), sum(hash(${columns}))::VARCHAR ` +
        `FROM ${quoteName(name)}`,
      );
      sums[name] = `${row![0]}:${row![1]}`;
    }
  } finally {
    reader.close();
  }
  return sums;
}

const first = await checksums(await buildSmall(300, 1));
const again = await checksums(await buildSmall(300, 1));
const other = await checksums(await buildSmall(300, 2));

test('every table gets rows', () => {
  for (const [name, sum] of Object.entries(first)) {
    assert.not.ok(sum.startsWith('0:'), name);
  }
});

test('the same seed gives the same contents', () => {
  assert.equal(again, first);
});

test('another seed gives other contents in every table', () => {
  for (const name of Object.keys(first)) {
    assert.is.not(other[name], first[name], name);
  }
});

test.run();
