import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Prng } from '../../src/warehouse/Prng.js';

const draws = (rng: Prng, n: number, draw: (r: Prng) => number) =>
  Array.from({ length: n }, () => draw(rng));

const mean = (values: number[]) =>
  values.reduce((sum, v) => sum + v, 0) / values.length;

test('a seed always gives the same stream', () => {
  const first = draws(new Prng(1, 2), 100, (r) => r.nextUint32());
  const again = draws(new Prng(1, 2), 100, (r) => r.nextUint32());
  assert.equal(again, first);
});

test('nearby seeds give unrelated streams', () => {
  const one = draws(new Prng(1), 100, (r) => r.nextUint32());
  const two = draws(new Prng(2), 100, (r) => r.nextUint32());
  const shared = one.filter((value) => two.includes(value));
  assert.equal(shared, []);
});

test('uniform draws fill [0, 1) evenly', () => {
  const values = draws(new Prng(3), 20000, (r) => r.uniform());
  assert.ok(values.every((v) => v >= 0 && v < 1));
  assert.ok(Math.abs(mean(values) - 0.5) < 0.01);
  const lowTenth = values.filter((v) => v < 0.1).length / values.length;
  assert.ok(Math.abs(lowTenth - 0.1) < 0.01);
});

test('distributions have their textbook means', () => {
  const rng = new Prng(4);
  const n = 20000;
  assert.ok(Math.abs(mean(draws(rng, n, (r) => r.normal()))) < 0.03);
  assert.ok(Math.abs(mean(draws(rng, n, (r) => r.beta(2, 6))) - 0.25) < 0.01);
  assert.ok(Math.abs(mean(draws(rng, n, (r) => r.gamma(0.5))) - 0.5) < 0.03);
  assert.ok(Math.abs(mean(draws(rng, n, (r) => r.poisson(3))) - 3) < 0.05);
  assert.ok(Math.abs(mean(draws(rng, n, (r) => r.poisson(90))) - 90) < 0.3);
  assert.ok(Math.abs(mean(draws(rng, n, (r) => r.geometric(4))) - 4) < 0.1);
});

test('binomial counts stay within their trials', () => {
  const rng = new Prng(5);
  for (const trials of [0, 1, 7, 40, 41, 500]) {
    const values = draws(rng, 500, (r) => r.binomial(trials, 0.8));
    const inRange = (v: number) => Number.isInteger(v) && v >= 0 && v <= trials;
    assert.ok(values.every(inRange));
  }
});

test('a Pareto tail never dips below its scale and reaches far above', () => {
  const values = draws(new Prng(6), 5000, (r) => r.pareto(20, 1.2));
  assert.ok(Math.min(...values) >= 20);
  assert.ok(Math.max(...values) > 20 * 100);
});

test('a shuffle keeps every item', () => {
  const items = Array.from({ length: 50 }, (_, i) => i);
  const shuffled = new Prng(7).shuffle([...items]);
  assert.is.not(shuffled.join(), items.join());
  assert.equal([...shuffled].sort((a, b) => a - b), items);
});

test.run();
