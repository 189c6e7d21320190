/**
 * The series index the checks, the renderers and lint read: every stored name with its row, type, labels and job,
 * the first section's where two store the same name, whether its entries were asked for one by one or all at once.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { CatalogRow, CatalogSection } from '../src/model/catalog.js';
import { seriesIndex } from '../src/model/series.js';

const row = (name: string, type: CatalogRow['type'], labels: string[] = []): CatalogRow => ({ name, type, help: `${name}.`, labels, status: 'available' });
const section = (job: string, metrics: CatalogRow[]): CatalogSection => ({ title: job, job, notes: [], metrics, dropped: [], droppedOffByDefault: [], labelFields: [] });

const sections = () => [
  section('a', [row('x', 'gauge', ['route']), row('h', 'histogram', ['route']), row('dup', 'counter'), row('s', 'summary')]),
  section('b', [row('dup', 'gauge'), row('h_sum', 'counter'), row('y', 'counter', ['route']), row('s_count', 'gauge')]),
];
const NAMES = ['dup', 'h_bucket', 'h_count', 'h_sum', 's', 's_count', 's_sum', 'x', 'y'];

test('each stored name has its row, type, labels (with job and instance) and job; the first section keeps a shared name', () => {
  const index = seriesIndex(sections());
  assert.is(index.size, NAMES.length);
  for (const name of NAMES) assert.ok(index.has(name), name);
  assert.not.ok(index.has('h'), 'a histogram is stored as its parts');
  assert.is(index.get('nope'), undefined);
  const x = index.get('x')!;
  assert.equal({ name: x.name, type: x.type, job: x.job, labels: [...x.labels].sort() }, { name: 'x', type: 'gauge', job: 'a', labels: ['instance', 'job', 'route'] });
  assert.equal([index.get('dup')!.job, index.get('dup')!.type], ['a', 'counter']);
  assert.equal([index.get('h_sum')!.job, index.get('h_sum')!.part], ['a', 'sum']);
  assert.equal([index.get('s_count')!.job, index.get('s_count')!.type], ['a', 'counter']);
  assert.ok(index.get('h_bucket')!.labels.has('le'));
  assert.ok(index.get('s')!.labels.has('quantile'));
  assert.is(index.get('y')!.labels, x.labels, 'series with the same labels share one set');
  assert.is(index.get('x'), x, 'asking again gives the same entry');
});

test('going through the index gives every name once, whether or not some were asked for first', () => {
  for (const asked of [[], ['y'], ['x', 'dup', 'y', 's_count']]) {
    const index = seriesIndex(sections());
    const before = asked.map((n) => index.get(n));
    assert.equal([...index.keys()].sort(), NAMES, `keys after asking for ${asked.join(', ') || 'nothing'}`);
    assert.equal([...index].map(([k]) => k).sort(), NAMES);
    assert.equal([...index.values()].map((v) => v.name).sort(), NAMES);
    const seen: string[] = [];
    index.forEach((v, k) => seen.push(`${k}=${v.name}`));
    assert.equal(seen.sort(), NAMES.map((n) => `${n}=${n}`));
    asked.forEach((n, i) => assert.is(index.get(n), before[i], `${n} is the entry asked for before`));
    assert.is(index.size, NAMES.length);
  }
});

test.run();
