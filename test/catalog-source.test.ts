/**
 * A catalog file with a mistake stops `npm run generate` with the file, line and column of each mistake and what to
 * do, instead of compiling a row that silently does nothing (a labelsSince key naming no label of the row, a labelSet
 * the source lacks). The shipped catalog files read clean (generated.test.ts compiles them).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CatalogError, catalogValidator, readCatalogSource } from '../scripts/catalog-source.js';
import { ROOT } from './helpers.js';

const check = catalogValidator(JSON.parse(readFileSync(path.join(ROOT, 'schema/observability.schema.json'), 'utf8')));

const HEAD = `source: prometheus
title: Prometheus
upstream: { project: prometheus/prometheus, url: "https://github.com/prometheus/prometheus", version: 3.10.0, facts: [notifier/metric.go at v3.10.0] }
seriesLabels: [job, instance]
labelSets: { machine: [instance] }
metrics:
`;

function problems(rows: string): string[] {
  try {
    readCatalogSource('test.yaml', HEAD + rows, check);
  } catch (error) {
    assert.instance(error, CatalogError);
    return (error as Error).message.split('\n');
  }
  return [];
}

test('a well-formed source reads back as its data', () => {
  const source = readCatalogSource('test.yaml', `${HEAD}  - { name: up_total, type: counter, help: "Ups.", labels: [alertmanager], since: 3.0.0, labelsSince: { alertmanager: 3.10.0 } }\n`, check);
  assert.equal(source.metrics[0]!.labelsSince, { alertmanager: '3.10.0' });
});

test('labelsSince naming no label of the row: its line and column, and how to fix it', () => {
  const found = problems('  - { name: a_total, type: counter, help: "A.", labels: [reason] }\n  - { name: b_total, type: counter, help: "B.", labels: [alertmanager], labelsSince: { alertmanger: 3.10.0 } }\n');
  assert.equal(found.length, 1);
  assert.match(found[0]!, /^catalog\/test\.yaml:8:88: labelsSince names `alertmanger`, which is not among the row's labels \(alertmanager\): add it to labels or remove it here$/);
});

test('a labelSet the source does not have, and one beside noSeriesLabels', () => {
  const found = problems('  - { name: a, type: gauge, help: "A.", labelSet: machnie }\n  - { name: b, type: gauge, help: "B.", labelSet: machine, noSeriesLabels: true }\n');
  assert.equal(found, [
    'catalog/test.yaml:7:51: labelSet `machnie` is not one of the source\'s labelSets (machine): add it there or fix the name',
    'catalog/test.yaml:8:51: a row with noSeriesLabels takes no labelSet: keep one of the two',
  ]);
});

test('versions that never take effect, a duplicate row, labels twice, buckets out of order', () => {
  const found = problems(
    [
      '  - { name: a, type: counter, help: "A.", since: 3.2.0, labels: [x], labelsSince: { x: 3.1.0 } }',
      '  - { name: b, type: counter, help: "B.", since: 3.2.0, typeBefore: { version: 3.2.0, type: gauge } }',
      '  - { name: a, type: gauge, help: "A again.", labels: [x, x, job] }',
      '  - { name: h, type: histogram, help: "H.", buckets: [1, 5, 2] }',
      '  - { name: g, type: gauge, help: "G.", buckets: [1] }',
      '',
    ].join('\n'),
  );
  assert.equal(found.map((f) => f.replace(/: .*/, '')), ['catalog/test.yaml:7:88', 'catalog/test.yaml:8:80', 'catalog/test.yaml:9:13', 'catalog/test.yaml:9:59', 'catalog/test.yaml:9:62', 'catalog/test.yaml:10:61', 'catalog/test.yaml:11:50']);
  assert.match(found[0]!, /`x` from 3\.1\.0 is not after the row's since \(3\.2\.0\)/);
  assert.match(found[2]!, /`a` is catalogued twice \(also row 1\): keep one row/);
  assert.match(found[4]!, /label `job` is already one of the source's seriesLabels/);
  assert.match(found[5]!, /bucket 2 does not follow 5/);
  assert.match(found[6]!, /only a histogram has them/);
});

test('schema errors and YAML errors are positioned too', () => {
  assert.equal(problems('  - { name: a, type: countr, help: "A." }\n'), ['catalog/test.yaml:7:22: `metrics.0.type` must be one of counter, gauge, histogram, summary, untyped']);
  assert.match(problems('  - { name: a, type: counter, help: "A.", label: [x] }\n')[0]!, /^catalog\/test\.yaml:7:43: `metrics\.0` has no field `label`: remove it/);
  assert.equal(problems('  - { name: a, type: counter, help: A: B }\n'), ['catalog/test.yaml:7:37: Block collections are not allowed within flow collections']);
});

test.run();
