/** A renderer's last answer given again for an equal input (src/render/same-input.ts): equal means equal text. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { keepLast, samePlainData } from '../src/render/same-input.js';

test('plain data is equal only when every key, in its order, and every item is', () => {
  assert.ok(samePlainData({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null }));
  assert.ok(samePlainData(NaN, NaN));
  // JSON.stringify writes keys in their order: another order is another text.
  assert.not.ok(samePlainData({ a: 1, b: 2 }, { b: 2, a: 1 }));
  assert.not.ok(samePlainData({ a: 1, b: undefined }, { a: 1 }), 'a key set to undefined is a key');
  assert.not.ok(samePlainData([1, 2], [1, 2, 3]));
  assert.not.ok(samePlainData([1], { 0: 1 }));
  assert.not.ok(samePlainData({ a: [1, 2] }, { a: [1, '2'] }));
  const map = new Map([['k', 1]]);
  assert.ok(samePlainData(map, map));
  assert.not.ok(samePlainData(map, new Map([['k', 1]])), 'a Map is equal only to itself');
});

test('keepLast renders again only when the input under that key changed, and keeps one answer per key', () => {
  const seen: unknown[] = [];
  const render = keepLast('n', (input: { n: number }) => {
    seen.push(input);
    return `n=${input.n}`;
  });
  assert.is(render('a', { n: 1 }), 'n=1');
  assert.is(render('a', { n: 1 }), 'n=1');
  assert.is(seen.length, 1, 'an equal input is not rendered again');
  assert.is(render('b', { n: 1 }), 'n=1');
  assert.is(seen.length, 2, 'another key renders its own');
  assert.is(render('a', { n: 2 }), 'n=2');
  assert.is(render('a', { n: 1 }), 'n=1');
  assert.is(seen.length, 4);
});

test.run();
