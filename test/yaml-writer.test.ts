/** The fast block-YAML writer writes exactly what js-yaml's dump writes, and takes the common documents itself. */
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { DUMP_OPTIONS, blockYaml, knownString, writeBlockYaml } from '../src/render/yaml.js';
import { ROOT } from './helpers.js';

// Strings from pieces that matter to YAML: words it reads as other types, indicators, spaces, quotes, unicode.
const piece = fc.constantFrom('a', 'Z', '_', '/', '.', '-', ':', ' ', '#', '$', '@', '+', '=', '0', '9', '1.5', 'yes', 'no', 'y', 'N', 'on', 'off', 'true', 'null', '~', '0x1f', '1_000', '1:20', '.inf', '"', "'", '\\', '\n', '\t', 'é', '–', '{', '[', ',', '*', '&', '!', '%', '|', '>', '?', '`', '---', '$', '${', '}', '|', '127.0.0.1', ':9090', '--', '..', '.', '-', 'ms', 'gb', 'b', 'k', '15', '0', '<<', '=', '...', 'e', 'E', 'x', 'o', '_', '^');
const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
const usual = fc.constantFrom('localhost:9090', '15s', '/metrics', 'node_exporter', 'gpu-a', 'host1.internal:9000', '0.0.0.0:4317', '9090', '16gb', '--port=8080', '../x:/y', '${env:X}/a', 'a|b');
const scalar = fc.oneof(text, usual, usual, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const key = fc.oneof(fc.constantFrom('job_name', 'targets', 'service.name', '__address__', 'a-b', 'x'), fc.constantFrom('scrape_configs', 'labels', 'ports'), text);
const tree = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
}));
/** Documents are mappings, as every YAML artifact is. */
const data = fc.dictionary(key, tree.value, { minKeys: 1, maxKeys: 5 });

test('on generated documents the writer and js-yaml write the same text', () => {
  fc.assert(
    fc.property(data, (doc) => {
      assert.is(blockYaml(doc), dump(doc, DUMP_OPTIONS));
    }),
    { numRuns: 6000 },
  );
});

test('the writer, where it writes, writes what js-yaml writes (and it takes a good share of them)', () => {
  let written = 0;
  fc.assert(
    fc.property(data, (doc) => {
      const fast = writeBlockYaml(doc);
      if (fast !== undefined) {
        written++;
        assert.is(fast, dump(doc, DUMP_OPTIONS));
      }
    }),
    { numRuns: 6000 },
  );
  assert.ok(written > 300, `the fast writer took ${written} of 6000 generated documents`);
});

test('every string the writer formats itself is formatted as js-yaml formats it (all pairs of tricky pieces)', () => {
  const pieces = ['a', 'Z', '_', '/', '.', '-', ':', '#', '$', '@', '+', '=', '0', '9', '1.5', 'yes', 'y', 'N', 'on', 'null', '~', '0x1f', '1_000', '1:20', '.inf', '"', "'", '{', '[', ',', '*', '&', '!', '%', '|', '>', '?', '`', '---', '${', '}', '127.0.0.1', ':9090', '--', '..', 'ms', 'gb', 'b', '15', '<<', '...', 'e', 'x', 'NaN', '0o7', '0b1', '2001-12-14', 'é', '1.2', '.3', '0.5.18', '.post1', '1e3'];
  let known = 0;
  for (const a of ['', ...pieces]) {
    for (const b of pieces) {
      const text = knownString(a + b);
      if (text === undefined) continue;
      known++;
      assert.is(text, dump({ k: a + b }, DUMP_OPTIONS).slice(3, -1), JSON.stringify(a + b));
    }
  }
  assert.ok(known > 500, `${known} strings formatted by the writer`);
});

test('strings with blanks, quotes and indicators (annotations, PromQL, help texts) are formatted as js-yaml formats them', () => {
  const inner = fc.array(fc.constantFrom(' ', 'a', ':', '#', '"', "'", '\\', '{', '}', '[', ']', ',', '(', ')', '$', '=', '~', '-', '.', '0', '|', '>', '!', '%', '@', '`', '*', '&', '?', 'x y'), { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
  let formatted = 0;
  fc.assert(
    fc.property(fc.constantFrom('a', 'Z', '_', '/', '$', '(', 'sum', 'Time', 'up'), inner, (first, rest) => {
      const s = first + rest;
      const text = knownString(s);
      if (text === undefined) return;
      formatted++;
      assert.is(text, dump({ k: s }, DUMP_OPTIONS).slice(3, -1), JSON.stringify(s));
    }),
    { numRuns: 20000 },
  );
  assert.ok(formatted > 15000, `${formatted} formatted by the writer`);
  const term = fc.oneof(fc.tuple(fc.constantFrom('0', '-1', '1.5', '50', '1700000000', '6e+10', '1e-05'), fc.constantFrom('+', '-'), fc.constantFrom('0', '1', '0.07', '60', '6e+10'), fc.nat(99)).map(([a, op, b, n]) => `${a}${op}${b}x${n}`), fc.nat(99).map((n) => `_x${n}`));
  fc.assert(fc.property(fc.array(term, { minLength: 1, maxLength: 3 }), (terms) => {
    const s = terms.join(' ');
    assert.is(knownString(s), dump({ k: s }, DUMP_OPTIONS).slice(3, -1), s);
  }), { numRuns: 3000 });
  for (const s of ['00000000:01:00.0', '0000:01:00.0', '1:20', '12:00:01', '7', '{{ $labels.container }} restarted', '[x] y', '#1 a', '*a', '&a b', '!t', '%x', '@a', '`a`', "'a'", '"a"', ', a', '> a', '| a']) {
    assert.is(knownString(s), dump({ k: s }, DUMP_OPTIONS).slice(3, -1), s);
  }
  for (const s of ['sum by (model_name) (rate(sglang:num_requests_total[5m])) > 5', 'up{job!~"sglang|dcgm_exporter"} == 0', 'GPU {{ $labels.gpu }} of {{ $labels.container }}', "Jaeger's OTLP receiver: refused"]) {
    assert.is(knownString(s), dump({ k: s }, DUMP_OPTIONS).slice(3, -1), s);
  }
});

test('long strings (command-line flags with lists) are formatted as js-yaml formats them, as values and as keys', () => {
  for (const unit of ['a', 'a.b,', '--x=', 'a/b:', '1.2.', 'yes', 'a b', 'é']) {
    for (const length of [100, 127, 128, 129, 300, 511, 512, 513, 1100]) {
      const s = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
      assert.is(blockYaml({ k: s }), dump({ k: s }, DUMP_OPTIONS), `value of ${length}: ${unit}`);
      assert.is(blockYaml({ [s]: 1 }), dump({ [s]: 1 }, DUMP_OPTIONS), `key of ${length}: ${unit}`);
    }
  }
});

test("the example's YAML artifacts are written by the fast writer alone: no scalar is handed to js-yaml", () => {
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : typeof v === 'string' ? [v] : []);
  for (const file of ['prometheus.yml', 'docker-compose.yml', 'jaeger.yaml']) {
    const doc = parse(readFileSync(path.join(ROOT, 'examples/sglang-dev/out', file), 'utf8'));
    assert.ok(writeBlockYaml(doc) !== undefined, file);
    for (const s of strings(doc)) assert.ok(knownString(s) !== undefined, `${file}: ${JSON.stringify(s)}`);
  }
});

test.run();
