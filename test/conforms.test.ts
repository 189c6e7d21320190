/**
 * conforms() (src/validate/conforms.ts) answers "is this config valid?" for most runs; ajv's generated validator
 * answers only when it says no. The two must give the same verdict on every config: the examples, and thousands
 * derived from them with values of every type and shape put in random places (strings at their length and
 * pattern limits, numbers at their bounds, repeated list items, unknown keys).
 */
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { defaults } from '../src/generated/defaults.js';
import { validate as ajvValidate } from '../src/generated/validate-config.js';
import { schema } from '../src/generated/validation-schema.js';
import { compileSchema, conforms, unknownKeywords } from '../src/validate/conforms.js';
import { createAjv } from '../src/validate/ajv-options.js';
import { withDefaults } from '../src/validate/defaults.js';
import { changed, changes, exampleConfigs } from './derived-configs.js';

const examples = exampleConfigs().map((data) => withDefaults(data, defaults));

const valid = compileSchema(schema);

/** The verdicts agree; returns the verdict. */
function agree(data: unknown, label: string): boolean {
  const expected = ajvValidate(data);
  assert.is(valid(data), expected, `${label}: ajv says ${expected ? 'valid' : `invalid (${JSON.stringify(ajvValidate.errors?.slice(0, 2))})`}`);
  return expected;
}

test('the examples conform, as ajv says', () => {
  for (const [i, data] of examples.entries()) assert.ok(agree(data, `example ${i}`));
});

/** Values that sit at or just past the limits the schema sets, and of every JSON type. */
const VALUES: unknown[] = [
  null, true, false, 0, 1, -1, 1.5, 65535, 65536, 30000, 1e21, Number.NaN, Number.POSITIVE_INFINITY, -0,
  '', 'x', 'all', 'none', 'sglang', 'counter', 'gauge', '15s', '0s', '1h30m', '16gb', '1.2.3', '0.5.18', '3.14.0', '4.6.0-4.8.3',
  'host:9090', 'localhost:0', '[::1]:9090', 'a b', '_a', '__a', 'a-b', 'a.b', '$x', '/abs', 'rel/path', '../up', 'http://h:1/p', 'https://h', 'ftp://h',
  'x'.repeat(200), 'x'.repeat(201), '😀'.repeat(150), '😀'.repeat(200), '😀'.repeat(201), 'é'.repeat(201), 'tab\there', 'nul\u0000', 'SYS_ADMIN', 'NET_ADMIN', 'lmsysorg/sglang:v1',
  [], [1], ['a'], ['a', 'a'], ['SYS_ADMIN', 'SYS_ADMIN'], [{}], [{ job: 'j', targets: ['h:1'] }], [{ job: 'j', targets: [] }],
  {}, { a: 1 }, { job: 'j' }, { name: 'm_total', type: 'counter', help: 'h' }, { name: 'm', type: 'nope', help: 'h' }, { __x: 'y' }, { 'a b': 'c' },
];

const change = changes(VALUES, ['unknownKey', 'job', 'labels', 'enabled', 'port', '__proto__', 'a'], ['replace', 'replace', 'add', 'remove'], 6);

test('configs derived from the examples: conforms() and ajv give the same verdict (property)', () => {
  const verdicts = { valid: 0, invalid: 0 };
  fc.assert(
    fc.property(fc.nat(examples.length - 1), fc.array(change, { minLength: 1, maxLength: 3 }), (which, applied) => {
      const data = applied.reduce<unknown>(changed, examples[which]);
      verdicts[agree(data, JSON.stringify(applied)) ? 'valid' : 'invalid']++;
    }),
    { seed: 20261204, numRuns: 6000 },
  );
  assert.ok(verdicts.valid > 600 && verdicts.invalid > 600, `both verdicts are exercised (${JSON.stringify(verdicts)})`);
});

test('each keyword on small schemas, at the edges the config schema does not reach: the verdicts of ajv', () => {
  const cases: [Record<string, unknown>, unknown[]][] = [
    [{ minimum: 1 }, [0, 1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 'x']],
    [{ exclusiveMinimum: 0, exclusiveMaximum: 2 }, [0, 1, 2, Number.NaN]],
    [{ type: 'number' }, [Number.NaN, Number.POSITIVE_INFINITY, 1.5, '1']],
    [{ type: 'integer' }, [1, 1.5, -0, 1e300, Number.NaN]],
    [{ type: ['string', 'null'] }, ['a', null, 1]],
    [{ maxLength: 3 }, ['😀😀😀', '😀😀😀😀', 'abcd', 'a\ud800b', 'ab\ud800', 4]],
    [{ minLength: 2 }, ['😀', '😀😀', 'a']],
    [{ pattern: '^.$' }, ['😀', 'ab', '']],
    [{ uniqueItems: true }, [[1, 1], [1, '1'], [{ a: 1 }, { a: 1 }], [[1], [1]], [{ a: 1 }, { a: 2 }], [Number.NaN, Number.NaN], [{ a: 1, b: 2 }, { b: 2, a: 1 }]]],
    [{ minItems: 1, maxItems: 2 }, [[], [1], [1, 2, 3], 'ab']],
    [{ items: { type: 'integer' } }, [[1, 'a'], [1, 2], {}]],
    [{ oneOf: [{ type: 'integer' }, { minimum: 0 }] }, [1, -1, 0.5, -0.5]],
    [{ anyOf: [{ type: 'string' }, { minimum: 3 }] }, ['a', 1, 4]],
    [{ allOf: [{ minimum: 1 }, { maximum: 3 }] }, [0, 2, 4]],
    [{ not: { type: 'string' } }, ['a', 1]],
    [{ enum: [1, 'a', { b: [1] }, null] }, [1, '1', { b: [1] }, { b: [2] }, null, Number.NaN]],
    [{ const: { a: [1, { b: 2 }] } }, [{ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }, { a: [1] }]],
    [{ required: ['a'], properties: { a: { type: 'string' } } }, [{}, { a: 'x' }, { a: 1 }, [], 'a']],
    [{ propertyNames: { pattern: '^a' } }, [{ ab: 1 }, { b: 1 }, {}]],
    [{ properties: { x: { type: 'string' } }, additionalProperties: { type: 'integer' } }, [{ x: 's', y: 1 }, { y: 'n' }, { x: 1 }]],
    [{ properties: { x: {} }, additionalProperties: false }, [{ x: 1 }, { y: 1 }, {}]],
    [{ definitions: { p: { type: 'integer', minimum: 1 } }, properties: { a: { $ref: '#/definitions/p' } } }, [{ a: 0 }, { a: 1 }]],
    [{ definitions: { p: { type: 'integer' } }, properties: { a: { $ref: '#/definitions/p', maximum: 5 } } }, [{ a: 3 }, { a: 9 }, { a: 'x' }]],
  ];
  for (const [small, values] of cases) {
    // Not strict about how the small schemas are written; strict about numbers, as the config's validator is.
    const ajv = createAjv({ strict: false, strictNumbers: true, useDefaults: false }).compile(small);
    for (const value of values) assert.is(conforms(value, small), ajv(value), `${JSON.stringify(small)} on ${String(value)} ${JSON.stringify(value)}`);
  }
});

test('the schema uses only keywords conforms() checks; an unknown one is named', () => {
  assert.equal([...unknownKeywords(schema)], []);
  assert.equal([...unknownKeywords({ properties: { a: { type: 'string', format: 'email' }, if: { description: 'a property named like a keyword' } } })], ['format']);
});

test.run();
