/**
 * Defaults are applied without copying the config (src/validate/defaults.ts): the result must be exactly what ajv's
 * useDefaults writes into a copy (same values, same key order), and the parsed data must stay untouched. Checked on
 * the examples and on thousands of configs derived from them (keys removed, values of the wrong type, unknown keys).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { defaults } from '../src/generated/defaults.js';
import { readPlainYaml } from '../src/parse/plain-yaml.js';
import { createAjv } from '../src/validate/ajv-options.js';
import { copy, defaultsTree, withDefaults } from '../src/validate/defaults.js';
import { changed, changes, exampleConfigs } from './derived-configs.js';
import { ROOT, cleanup, configDir } from './helpers.js';
import { compile } from '../src/index.js';
import { canonical } from './yaml-agreement.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/observability.schema.json'), 'utf8')) as Record<string, unknown>;
const withAjv = createAjv().compile(schema);

/** ajv's useDefaults on a copy, and withDefaults on the data itself: the same text, and `data` unchanged. */
function sameAsAjv(data: unknown, label: string): void {
  const before = canonical(data);
  const expected = copy(data);
  withAjv(expected);
  const actual = withDefaults(data, defaults);
  assert.is(canonical(actual), canonical(expected), `${label}: the defaults ajv applies, in its key order`);
  assert.is(canonical(data), before, `${label}: the parsed data is untouched`);
}

const examples = exampleConfigs();

test('an unwritten scrape timeout is the interval when that is shorter than 10s, as Prometheus makes it; a written one stays', async () => {
  const timeout = async (prometheus: string) => {
    const dir = configDir(`version: 1\nprometheus: ${prometheus}\n`);
    try {
      const c = await compile({ cwd: dir });
      const errors = c.diagnostics.filter((d) => d.severity === 'error');
      return errors.length ? errors.map((d) => d.code).join(' ') : c.config?.prometheus.scrapeTimeout;
    } finally {
      cleanup(dir);
    }
  };
  assert.is(await timeout('{ scrapeInterval: 5s }'), '5s');
  assert.is(await timeout('{ scrapeInterval: 500ms }'), '500ms');
  assert.is(await timeout('{ scrapeInterval: 1m }'), '10s');
  assert.is(await timeout('{ scrapeInterval: 5s, scrapeTimeout: 3s }'), '3s');
  assert.is(await timeout('{ scrapeInterval: 5s, scrapeTimeout: 10s }'), 'OBS_DURATION_INVALID', 'written longer than the interval: still an error');
});

test('the examples get the defaults ajv gives them', () => {
  for (const [i, data] of examples.entries()) sameAsAjv(data, `example ${i}`);
  sameAsAjv({ version: 1 }, 'the smallest config');
});

test('every inserted default is an object of its own', () => {
  const data = readPlainYaml('version: 1\nprometheus:\n  extraTargets:\n    - { job: a, targets: ["h:1"] }\n    - { job: b, targets: ["h:2"] }\n')!;
  const [a, b] = ((withDefaults(data, defaults) as typeof data).prometheus as { extraTargets: { labels: object; metrics: object }[] }).extraTargets;
  assert.equal(a!.labels, {});
  assert.is.not(a!.labels, b!.labels, 'two configs never share a default: changing one would change the other');
  assert.is.not(a!.metrics, b!.metrics);
});

test('defaults inside lists and maps of a schema, and beside a $ref, as ajv applies them', () => {
  const small = {
    type: 'object',
    definitions: { box: { type: 'object', properties: { size: { type: 'integer', default: 2 }, tags: { type: 'array', default: [] } } } },
    properties: {
      port: { $ref: '#/definitions/port', default: 80 },
      list: { type: 'array', items: { $ref: '#/definitions/box' } },
      map: { type: 'object', additionalProperties: { $ref: '#/definitions/box' }, properties: { fixed: { type: 'string', default: 'f' } } },
    },
  };
  (small.definitions as Record<string, unknown>).port = { type: 'integer' };
  const ajvSmall = createAjv().compile(small);
  const tree = defaultsTree(small)!;
  for (const data of [{}, { list: [{}, { size: 3 }, 5] }, { map: { one: {}, two: { tags: ['x'] }, fixed: 'g' } }, { map: { fixed: 'g', x: null } }, { port: 1, list: 'no' }]) {
    const expected = copy(data);
    ajvSmall(expected);
    const before = canonical(data);
    assert.is(canonical(withDefaults(data, tree)), canonical(expected), JSON.stringify(data));
    assert.is(canonical(data), before);
  }
});

test('parts without a missing default are shared with the parsed data, not copied', () => {
  const data = readPlainYaml('version: 1\nprometheus:\n  extraTargets:\n    - { job: a, targets: ["h:1"], labels: { x: y }, metrics: [] }\n')!;
  const target = (data.prometheus as { extraTargets: Record<string, unknown>[] }).extraTargets[0]!;
  const result = withDefaults(data, defaults) as typeof data;
  const resolved = (result.prometheus as { extraTargets: Record<string, unknown>[] }).extraTargets[0]!;
  assert.is.not(resolved, target, 'the target gained metricsPath: a copy');
  assert.is(resolved.labels, target.labels, 'its labels had nothing missing: shared');
  assert.is(resolved.targets, target.targets);
  assert.is(target.metricsPath, undefined, 'the parsed target did not gain it');
});

/** A key removed, a value of another type, or a key no schema knows. */
const change = changes([null, 0, 'x', true, [], {}, [{}], { metricsPath: 5 }, [{ job: 'j' }]], ['unknownKey']);

test('configs derived from the examples get the defaults ajv gives them (property)', () => {
  fc.assert(
    fc.property(fc.nat(examples.length - 1), fc.array(change, { minLength: 1, maxLength: 6 }), (which, applied) => {
      const data = applied.reduce<unknown>(changed, examples[which]);
      sameAsAjv(data, JSON.stringify(applied));
    }),
    { seed: 20261203, numRuns: 2000 },
  );
});

test('the tree follows $ref, items and maps, and takes a default written beside a $ref', () => {
  const tree = defaultsTree({
    definitions: { port: { type: 'integer', default: 1 }, box: { type: 'object', properties: { size: { default: 2 } } } },
    properties: {
      a: { $ref: '#/definitions/port', default: 80 },
      list: { type: 'array', items: { $ref: '#/definitions/box' } },
      map: { type: 'object', additionalProperties: { $ref: '#/definitions/box' } },
      plain: { type: 'string' },
      either: { oneOf: [{ $ref: '#/definitions/box' }] },
    },
  });
  const box = { properties: { size: { default: 2 } } };
  assert.equal(tree, { properties: { a: { default: 80 }, list: { inside: { items: box } }, map: { inside: { values: box } } } });
});

test.run();
