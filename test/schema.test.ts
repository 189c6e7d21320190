/** The schema is written for people: titles, descriptions, readable pattern messages, snippets for the main sections. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml, stringify } from 'yaml';
import { ROOT, cleanup, cli, configDir } from './helpers.js';
import { DURATION_PATTERN, durationMs, inOneUnit } from '../src/config/duration.js';
import { RETENTION_SIZE_PATTERN, retentionSizeProblem } from '../src/upstream/prometheus.js';

type Node = Record<string, unknown>;
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/observability.schema.json'), 'utf8')) as Node;

/** Every schema object with its JSON pointer. */
function* walk(node: unknown, at = ''): Generator<[string, Node]> {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${at}/${i}`));
  if (!node || typeof node !== 'object') return;
  yield [at, node as Node];
  for (const [k, v] of Object.entries(node)) if (v && typeof v === 'object') yield* walk(v, `${at}/${k}`);
}

test('every property has a title and a description', () => {
  for (const [at, node] of walk(schema)) {
    // Editor-only conditions (if/then/else) restate properties defined, with their titles, beside them.
    if (/\/(if|then|else)(\/|$)/.test(at)) continue;
    for (const [key, prop] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
      assert.type(prop.title, 'string', `${at}/properties/${key} has a title`);
      assert.type(prop.description, 'string', `${at}/properties/${key} has a description`);
    }
  }
});

test('every object forbids unknown keys, so a typo at any depth is caught', () => {
  for (const [at, node] of walk(schema)) {
    if (node.type === 'object' && node.properties) assert.is(node.additionalProperties, false, `${at} sets additionalProperties: false`);
  }
});

test('every pattern explains itself in words', () => {
  for (const [at, node] of walk(schema)) if (node.pattern) assert.type(node.errorMessage, 'string', `${at} has an errorMessage`);
});

test('closed string sets with several values describe each value', () => {
  for (const [at, node] of walk(schema)) {
    const values = node.enum as unknown[] | undefined;
    if (values && values.length > 2 && values.every((v) => typeof v === 'string') && !at.includes('/flags/')) {
      const described = (node.enumDescriptions ?? node.markdownEnumDescriptions) as string[] | undefined;
      assert.is(described?.length, values.length, `${at} describes its ${values.length} values`);
    }
  }
});

test('the main sections offer snippets and defaults; the schema is draft-07 with no remote $ref', () => {
  assert.is(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  const props = schema.properties as Record<string, Node>;
  for (const section of ['project', 'container', 'storage', 'prometheus', 'jaeger', 'exporters', 'modelServer']) {
    assert.ok(Array.isArray(props[section]!.defaultSnippets), `${section} has defaultSnippets`);
    assert.ok(props[section]!.default !== undefined, `${section} has a default`);
  }
  for (const [at, node] of walk(schema)) if (typeof node.$ref === 'string') assert.ok(node.$ref.startsWith('#/'), `${at} refers inside the schema`);
});

test('no property has a null default: yaml-language-server drops such properties, and the sections holding them, from completion', () => {
  for (const [at, node] of walk(schema)) assert.ok(!('default' in node && node.default === null), `${at} has a null default`);
});

test('every number a user completes is one the schema takes: yaml-language-server inserts `0` for a number with no default or example', () => {
  for (const [at, node] of walk(schema)) {
    const types = ([] as unknown[]).concat(node.type);
    if (!types.includes('integer') && !types.includes('number')) continue;
    // A branch of oneOf/anyOf completes from the property holding it (its own default and examples).
    if (/\/(oneOf|anyOf)\/\d+$/.test(at) || at.startsWith('/definitions/')) continue;
    const offered = 'default' in node ? node.default : (node.examples as unknown[] | undefined)?.[0];
    assert.type(offered, 'number', `${at} has a default or an example`);
    const n = offered as number;
    const within = (node.minimum === undefined || n >= (node.minimum as number)) && (node.exclusiveMinimum === undefined || n > (node.exclusiveMinimum as number)) && (node.maximum === undefined || n <= (node.maximum as number));
    assert.ok(within, `${at}: ${n} is within its bounds`);
  }
});

test("every section's snippet, filled with its placeholders' defaults, is a config validate accepts", async () => {
  const props = schema.properties as Record<string, Node>;
  // yaml-language-server: `${1:x}` inserts x as text; a leading `^` inserts it raw (a number or boolean in YAML).
  const fill = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const m = /^(\^?)\$\{\d+:(.*)\}$/.exec(v);
      return m ? (m[1] ? parseYaml(m[2]!) : m[2]) : v;
    }
    if (Array.isArray(v)) return v.map(fill);
    return v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)])) : v;
  };
  for (const [section, node] of Object.entries(props)) {
    for (const snippet of (node.defaultSnippets as { body: Record<string, unknown> }[] | undefined) ?? []) {
      const dir = configDir(stringify({ version: 1, [section]: fill(snippet.body) }));
      try {
        const r = await cli(['validate'], dir);
        assert.is(r.code, 0, `${section} snippet: ${r.stderr}`);
      } finally {
        cleanup(dir);
      }
    }
  }
});

test('a duration in several units or a decimal is suggested in one unit the schema takes, of the same length', () => {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/observability.schema.json'), 'utf8'));
  assert.is(schema.definitions.duration.pattern, DURATION_PATTERN, 'the hint knows the schema\'s duration by its pattern');
  const pattern = new RegExp(DURATION_PATTERN);
  const cases: [string, string, number][] = [['1h30m', '90m', 5_400_000], ['1m30s', '90s', 90_000], ['2w', '2w', 1_209_600_000], ['1y1d', '366d', 31_622_400_000], ['1.5h', '90m', 5_400_000], ['.5s', '500ms', 500], ['1s500ms', '1500ms', 1500]];
  for (const [given, want, ms] of cases) {
    const same = inOneUnit(given)!;
    assert.is(same, want, given);
    assert.ok(pattern.test(same), same);
    assert.is(durationMs(same), ms, given);
  }
  for (const unclear of ['', '10sec', '1.0001ms', '0s', '1m1h', '15 s']) assert.is(inOneUnit(unclear), undefined, unclear);
});

test('retentionSize takes the units Prometheus reads: the pattern of src/upstream/prometheus.ts in both schemas', () => {
  const config = JSON.parse(readFileSync(path.join(ROOT, 'schema/observability.schema.json'), 'utf8'));
  const fleet = JSON.parse(readFileSync(path.join(ROOT, 'schema/fleet.schema.json'), 'utf8'));
  assert.is(config.properties.prometheus.properties.retentionSize.pattern, RETENTION_SIZE_PATTERN);
  assert.is(fleet.properties.central.properties.retentionSize.pattern, RETENTION_SIZE_PATTERN);
  const re = new RegExp(RETENTION_SIZE_PATTERN);
  // Read by Debian's Prometheus 2.42 (--storage.tsdb.retention.size), and refused by it.
  for (const ok of ['50GB', '50GiB', '1B', '7EiB', '8191PB', '9007199254740992B']) assert.ok(re.test(ok) && retentionSizeProblem(ok) === undefined, ok);
  for (const bad of ['50Gi', '50gb', '50 GB', '1.5GB', '0GB']) assert.not.ok(re.test(bad), bad);
  // 2^53 + 1 bytes is about 8 PiB: no more than Prometheus holds, but more than a float64 counts exactly.
  assert.match(retentionSizeProblem('9007199254740993B')!, /larger number than Prometheus reads exactly/);
  for (const over of ['8EB', '8EiB', '16EB', '9007199254740993B']) assert.ok(retentionSizeProblem(over), over);
});

test.run();
