/** The fast block-YAML writer writes exactly what js-yaml's dump writes, and takes the common documents itself. */
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { DUMP_OPTIONS, blockYaml, writeBlockYaml } from '../src/render/yaml.js';
import { ROOT } from './helpers.js';

// Strings from pieces that matter to YAML: words it reads as other types, indicators, spaces, quotes, unicode.
const piece = fc.constantFrom('a', 'Z', '_', '/', '.', '-', ':', ' ', '#', '$', '@', '+', '=', '0', '9', '1.5', 'yes', 'no', 'y', 'N', 'on', 'off', 'true', 'null', '~', '0x1f', '1_000', '1:20', '.inf', '"', "'", '\\', '\n', '\t', 'é', '–', '{', '[', ',', '*', '&', '!', '%', '|', '>', '?', '`', '---');
const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
const usual = fc.constantFrom('localhost:9090', '15s', '/metrics', 'node_exporter', 'gpu-a', 'host1.internal:9000', '0.0.0.0:4317', '9090');
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
    { numRuns: 3000 },
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
    { numRuns: 3000 },
  );
  assert.ok(written > 300, `the fast writer took ${written} of 3000 generated documents`);
});

test("the example's YAML artifacts are written by the fast writer, not handed to js-yaml", () => {
  for (const file of ['prometheus.yml', 'docker-compose.yml', 'jaeger.yaml']) {
    const doc = parse(readFileSync(path.join(ROOT, 'examples/sglang-dev/out', file), 'utf8'));
    assert.ok(writeBlockYaml(doc) !== undefined, file);
  }
});

test.run();
