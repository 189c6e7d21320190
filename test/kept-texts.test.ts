/**
 * Kept texts (src/render/same-input.ts, src/emit/kept-texts.ts): a build given the texts an earlier build rendered
 * writes byte for byte what it would have rendered itself, whatever changed in between, and a damaged file of kept
 * texts is never used.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml, stringify } from 'yaml';
import { compile } from '../src/compile.js';
import { samePlainData, type KeptTexts } from '../src/render/same-input.js';
import { ROOT, cleanup, cli, tempDir } from './helpers.js';
import { schemaChanges, setAt } from './schema-configs.js';

const EXAMPLES = ['sglang-dev', 'cpu-only', 'vllm-dev'].map((name) => readFileSync(path.join(ROOT, 'examples', name, 'observability.config.yaml'), 'utf8'));

/** Kept texts in memory: what a run kept, offered to the next; counts what was found. */
function memoryTexts(earlier: Map<string, [string, string]>, counts: { found: number; made: number }, inputs: string[]) {
  const now = new Map<string, [string, string]>();
  const texts: KeptTexts = {
    find(id, digest) {
      const e = earlier.get(id);
      if (e && e[0] === digest) return (counts.found++, e[1]);
      return (counts.made++, undefined);
    },
    keep(id, digest, text, input) {
      // The digest is made from the input's JSON: that is only sound when the JSON is the whole input.
      if (!samePlainData(JSON.parse(JSON.stringify(input)), input)) inputs.push(id);
      now.set(id, [digest, text]);
    },
  };
  return { texts, now };
}

/**
 * Values the kept renderers read (titles, labels of the alerts' tests, thresholds), changed without changing their
 * length: a digest that only saw the size of the input would give the earlier text.
 */
const SAME_LENGTH = [['project', 'name'], ['container', 'service'], ['modelServer', 'modelPath'], ['prometheus', 'port'], ['exporters', 'dcgmExporter', 'port'], ['alerting', 'thresholds', 'gpuMemoryUsedRatio']];

function valueAt(config: Record<string, unknown>, at: readonly string[]): unknown {
  return at.reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], config);
}

/** The same kind of value, as long, different. */
function nudged(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? (value % 10 === 9 ? value - 1 : value + 1) : Number((value === 0.9 ? 0.8 : 0.9).toFixed(1));
  if (typeof value === 'string' && value) return value.slice(0, -1) + (value.endsWith('a') ? 'b' : 'a');
  return 'nudged';
}

test('a config built with the texts kept from another one gets exactly the artifacts it would render: configs generated along the schema', async () => {
  const work = tempDir('obscompile-kept-');
  const counts = { found: 0, made: 0 };
  const notPlain: string[] = [];
  let compared = 0;
  try {
    const bases = EXAMPLES.map((text) => setAt(parseYaml(text) as Record<string, unknown>, ['devcontainer', 'schemaPath'], 'https://obscompile.dev/schema/observability.schema.json'));
    const pairs = fc.sample(fc.tuple(fc.nat(bases.length - 1), schemaChanges(3), fc.oneof(schemaChanges(1), fc.constant([])), fc.option(fc.constantFrom(...SAME_LENGTH))), { seed: 20261206, numRuns: 160 });
    for (const [i, [b, first, second, nudge]] of pairs.entries()) {
      const a = first.reduce((c, ch) => setAt(c, ch.at, ch.value), bases[b]!);
      const changed = second.reduce((c, ch) => setAt(c, ch.at, ch.value), a);
      const next = nudge ? setAt(changed, nudge, nudged(valueAt(changed, nudge))) : changed;
      const dir = path.join(work, `case-${i}`);
      mkdirSync(dir);
      const config = path.join(dir, 'observability.config.yaml');
      writeFileSync(config, stringify(a));
      const before = memoryTexts(new Map(), counts, notPlain);
      if (!(await compile({ cwd: dir, keptTexts: before.texts })).artifacts) continue;
      writeFileSync(config, stringify(next));
      const after = memoryTexts(before.now, counts, notPlain);
      const kept = await compile({ cwd: dir, keptTexts: after.texts });
      const rendered = await compile({ cwd: dir });
      const differs = rendered.artifacts?.filter((x, n) => kept.artifacts?.[n]?.path !== x.path || kept.artifacts[n]!.content !== x.content).map((x) => x.path);
      assert.equal(differs, kept.artifacts && [], `case ${i} (${JSON.stringify([...second, ...(nudge ? [nudge] : [])])}): with kept texts, these differ`);
      assert.is(kept.artifacts?.length, rendered.artifacts?.length);
      if (rendered.artifacts) compared++;
    }
    assert.ok(compared >= 60, `only ${compared} generated configs compiled`);
    assert.ok(counts.found > 0 && counts.made > 0, `texts found ${counts.found}, made ${counts.made}: both ways were taken`);
    assert.equal(notPlain, [], 'every renderer input is plain data its JSON describes');
  } finally {
    cleanup(work);
  }
});

test('the CLI keeps its texts in the cache; an edit they do not see gives what a build without a cache gives, and a damaged file is not used', async () => {
  const dir = tempDir('obscompile-kept-cli-');
  const cache = path.join(dir, 'cache');
  const config = path.join(dir, 'observability.config.yaml');
  const records = path.join(cache, 'obscompile', 'records');
  const upToDate = async () => {
    // check without a cache renders everything itself and compares every byte.
    const r = await cli(['check'], dir);
    assert.is(r.code, 0, r.stdout);
  };
  const edit = () => writeFileSync(config, readFileSync(config, 'utf8').replace(/retention: (15|16)d/, (_, d: string) => `retention: ${d === '15' ? 16 : 15}d`));
  try {
    writeFileSync(config, EXAMPLES[0]!);
    assert.is((await cli(['build'], dir, cache)).code, 0);
    const file = readdirSync(records).find((f) => f.startsWith('texts-'));
    assert.ok(file, 'the build kept its texts');
    const kept = path.join(records, file);
    edit();
    assert.is((await cli(['build'], dir, cache)).code, 0);
    await upToDate();
    assert.is((await cli(['check'], dir, cache)).code, 0, 'check with the kept texts agrees');
    // A changed byte in a kept text, the checksum left as it was: the file is not used.
    const bytes = readFileSync(kept);
    const at = bytes.indexOf('Prometheus', bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1));
    assert.ok(at > 0);
    bytes.write('Promethean', at);
    writeFileSync(kept, bytes);
    edit();
    assert.is((await cli(['build'], dir, cache)).code, 0);
    await upToDate();
  } finally {
    cleanup(dir);
  }
});

test('a config over 64 KiB keeps no texts: checksumming thousands of targets costs what rendering them does', async () => {
  const dir = tempDir('obscompile-kept-large-');
  const cache = path.join(dir, 'cache');
  try {
    writeFileSync(path.join(dir, 'observability.config.yaml'), `${EXAMPLES[0]!}\n${'# padding\n'.repeat(7000)}`);
    const r = await cli(['build'], dir, cache);
    assert.is(r.code, 0, r.stderr);
    const files = readdirSync(path.join(cache, 'obscompile', 'records'));
    assert.ok(files.some((f) => f.startsWith('build-')), 'the build left its record');
    assert.not.ok(files.some((f) => f.startsWith('texts-')), 'and no kept texts');
  } finally {
    cleanup(dir);
  }
});

test('a dry run keeps no texts (it writes nothing)', async () => {
  const dir = tempDir('obscompile-kept-dry-');
  const cache = path.join(dir, 'cache');
  try {
    writeFileSync(path.join(dir, 'observability.config.yaml'), EXAMPLES[0]!);
    assert.is((await cli(['build', '--dry-run'], dir, cache)).code, 0);
    const records = path.join(cache, 'obscompile', 'records');
    assert.equal(existsSync(records) ? readdirSync(records) : [], []);
  } finally {
    cleanup(dir);
  }
});

test.run();
