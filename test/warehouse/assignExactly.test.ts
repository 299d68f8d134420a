import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  assignExactly,
  exactCounts,
} from '../../src/warehouse/assignExactly.js';
import { Prng } from '../../src/warehouse/Prng.js';

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

test('counts follow the weights and add up', () => {
  assert.equal(exactCounts([0.5, 0.3, 0.2], 10), [5, 3, 2]);
  assert.equal(exactCounts([1, 1, 1], 10).sort(), [3, 3, 4]);
  assert.is(sum(exactCounts([0.66, 0.06, 0.14, 0.14], 20000)), 20000);
});

test('every weighted category gets a client while there are enough', () => {
  const counts = exactCounts([0.97, 0.01, 0.01, 0.01], 20);
  assert.equal(counts, [17, 1, 1, 1]);
  assert.equal(exactCounts([0.998, 0.002], 500), [499, 1]);
});

test('a category without weight gets nobody', () => {
  assert.equal(exactCounts([1, 0, 1], 9)[1], 0);
  assert.equal(exactCounts([1, 0], 1), [1, 0]);
});

test('fewer clients than categories: largest first, none forced', () => {
  const counts = exactCounts([0.5, 0.3, 0.1, 0.1], 2);
  assert.equal(counts, [1, 1, 0, 0]);
});

test('assignments hold each category its count, in seeded order', () => {
  const weights = [0.7, 0.2, 0.1];
  const first = assignExactly(weights, 100, new Prng(1));
  const again = assignExactly(weights, 100, new Prng(1));
  assert.equal([...again], [...first]);

  const tally = [0, 0, 0];
  for (const category of first) tally[category]! += 1;
  assert.equal(tally, exactCounts(weights, 100));
});

test.run();
