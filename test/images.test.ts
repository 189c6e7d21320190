/**
 * Every image the generated files name exists for the configured release: for versions drawn from everything the
 * schema accepts, the image of each component follows the tag pattern its project publishes for that release
 * (test/facts/images.yaml, each pattern with its source), or the config is refused at the version's position.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml, parseDocument } from 'yaml';
import { compile } from '../src/compile.js';
import { versionAtLeast } from '../src/upstream/version.js';
import { ROOT, cleanup, cli, tempDir } from './helpers.js';

interface Era {
  from: string;
  image: string;
  tag: string;
}
const facts = parseYaml(readFileSync(path.join(ROOT, 'test/facts/images.yaml'), 'utf8')) as Record<string, { eras?: Era[]; gitTag?: string; goImage?: string }>;

/** The published image for `version`, or undefined when the project publishes none. */
function published(component: string, version: string): string | undefined {
  const era = facts[component]!.eras!.filter((e) => versionAtLeast(version, e.from)).at(-1);
  return era && `${era.image}:${era.tag.replace('{version}', version)}`;
}

const dir = tempDir();
function exampleBase(name: string) {
  const doc = parseDocument(readFileSync(path.join(ROOT, 'examples', name, 'observability.config.yaml'), 'utf8'));
  doc.setIn(['devcontainer', 'schemaPath'], 'https://obscompile.dev/schema/observability.schema.json');
  // The example pins its image; the property is about the image obscompile picks for the version.
  doc.setIn(['container', 'image'], null);
  return doc;
}
const base = exampleBase('sglang-dev');
// Tracing has a floor of its own (SGLang 0.5.3, stack.test.ts), which would refuse 0.5.2 at another key.
base.setIn(['modelServer', 'flags', 'enableTrace'], false);
/** vLLM's releases are compiled with the vLLM example (the SGLang one does not run vLLM). */
const baseFor = (component: string) => (component === 'vllm' ? exampleBase('vllm-dev') : base);
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/observability.schema.json'), 'utf8'));
const dcgmTags: string[] = schema.properties.versions.properties.dcgmExporter.enum;

async function compileWith(key: string, version: string) {
  const doc = baseFor(key).clone();
  doc.setIn(['versions', key], version);
  writeFileSync(path.join(dir, 'observability.config.yaml'), doc.toString());
  return compile({ cwd: dir });
}

/** Every image reference in the Dockerfile and the compose file. */
function imagesOf(artifacts: { name: string; content: string }[]): string[] {
  const file = (name: string) => artifacts.find((a) => a.name === name)?.content ?? '';
  const froms = [...file('Dockerfile').matchAll(/^FROM (\S+)/gm)].map((m) => m[1]!);
  const compose = parseYaml(file('docker-compose.yml')) as { services: Record<string, { image?: string; build?: unknown }> };
  const run = Object.values(compose.services).filter((s) => !s.build).map((s) => s.image!);
  return [...froms, ...run];
}

/** Release numbers as the schema's patterns accept them, biased towards the eras' boundaries. */
const number = fc.oneof(fc.nat(12), fc.constantFrom(0, 1, 2, 3, 4, 5, 10, 11, 19, 20, 21, 32, 53, 54, 55, 60));
const release = fc.tuple(number, number, number, fc.option(fc.nat(3), { nil: undefined })).map(([a, b, c, post]) => ({ plain: `${a}.${b}.${c}`, post: post === undefined ? `${a}.${b}.${c}` : `${a}.${b}.${c}.post${post}` }));
/** Each era's first release and the releases just before it (the previous patch, or the last of the previous minor). */
function boundaries(component: string): string[] {
  return facts[component]!.eras!.flatMap((e) => {
    // A post release's neighbours: the release before it (its base, or the previous post) and the next post.
    const post = /^(.*)\.post(\d+)$/.exec(e.from);
    if (post) return [e.from, Number(post[2]) > 0 ? `${post[1]}.post${Number(post[2]) - 1}` : post[1]!, `${post[1]}.post${Number(post[2]) + 1}`];
    const [a, b, c] = e.from.split('.').map(Number) as [number, number, number];
    return [e.from, c > 0 ? `${a}.${b}.${c - 1}` : b > 0 ? `${a}.${b - 1}.9` : `${Math.max(0, a - 1)}.9.9`, `${a}.${b}.${c + 1}`];
  });
}

for (const [component, imageOf] of [
  ['prometheus', (images: string[]) => images.find((i) => i.startsWith('prom/prometheus:'))],
  ['nodeExporter', (images: string[]) => images.find((i) => i.startsWith('prom/node-exporter:'))],
  ['jaeger', (images: string[]) => images.find((i) => i.startsWith('jaegertracing/'))],
  ['cadvisor', (images: string[]) => images.find((i) => i.includes('cadvisor'))],
  ['sglang', (images: string[]) => images.find((i) => i.startsWith('lmsysorg/sglang:'))],
  ['vllm', (images: string[]) => images.find((i) => i.startsWith('vllm/vllm-openai:'))],
] as const) {
  test(`${component}: every release the schema accepts names an image its project publishes for it, or is refused at its position`, async () => {
    const withPost = component === 'sglang';
    const versions = fc.oneof(release.map((r) => (withPost ? r.post : r.plain)), fc.constantFrom(...boundaries(component)));
    let built = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(versions, async (version) => {
        const c = await compileWith(component, version);
        const expected = published(component, version);
        if (!c.artifacts) {
          refused++;
          assert.is(expected === undefined || component === 'prometheus' || component === 'nodeExporter' || component === 'jaeger', true, `${version} refused: ${JSON.stringify(c.diagnostics)}`);
          const d = c.diagnostics.find((x) => x.severity === 'error')!;
          assert.is(d.code, 'OBS_VERSION_DEPRECATED', JSON.stringify(d));
          assert.is(d.line, baseFor(component).toString().split('\n').findIndex((l) => l.trimStart().startsWith(`${component}:`)) + 1, 'the error points at the version');
          return;
        }
        built++;
        assert.ok(expected, `${component} ${version} has no published image, yet it compiled`);
        assert.is(imageOf(imagesOf(c.artifacts)), expected, `${component} ${version}`);
      }),
      { seed: 20261205, numRuns: 60 },
    );
    assert.ok(built > 10, `${component}: ${built} releases compiled`);
    if (component === 'sglang' || component === 'vllm') assert.ok(refused > 0, 'releases without a CUDA 12.9 image are refused');
  });
}

test('dcgm-exporter: every release the schema offers is built from its own git tag, with the Go toolchain of its go.mod, and its DCGM version from apt', async () => {
  const fact = facts.dcgmExporter!;
  for (const tag of dcgmTags) {
    const c = await compileWith('dcgmExporter', tag);
    assert.ok(c.artifacts, JSON.stringify(c.diagnostics));
    const dockerfile = c.artifacts.find((a) => a.name === 'Dockerfile')!.content;
    assert.match(dockerfile, new RegExp(`git clone --depth 1 --branch ${fact.gitTag!.replace('{version}', tag).replace(/\./g, '\\.')} https://github\\.com/NVIDIA/dcgm-exporter\\.git`), tag);
    assert.ok(dockerfile.includes(`\nFROM ${fact.goImage} AS go\n`), tag);
    assert.ok(dockerfile.includes(`datacenter-gpu-manager-4-core=1:${tag.split('-')[0]}-1`), tag);
    assert.not.match(dockerfile, /nvcr\.io\/nvidia\/k8s\/dcgm-exporter/, 'no binary is copied out of a release image');
  }
});


test("a pinned image of an engine's own repository must be that engine's, at its configured release: warned at container.image otherwise", async () => {
  const { compiledVariant } = await import('./integration/tools.js');
  const warnings = async (example: string, changes: [string[], unknown][]) =>
    (await compiledVariant(example, changes)).diagnostics.filter((d) => d.code === 'OBS_VERSION_DEPRECATED' && d.severity === 'warning').map((d) => d.message);
  assert.equal(await warnings('vllm-dev', []), [], 'the examples pin the image of their release');
  assert.equal(await warnings('sglang-dev', []), []);
  // A release changed in versions alone: the pinned image stays behind.
  assert.equal(await warnings('vllm-dev', [[['versions', 'vllm'], '0.30.0']]), [
    "`vllm/vllm-openai:v0.32.0-cu129` is not vLLM 0.30.0's image (`vllm/vllm-openai:v0.30.0-cu129`): the Dockerfile would start from it while the labels, the catalog and the checks describe `versions.vllm: 0.30.0`",
  ]);
  // The other engine's image.
  assert.match((await warnings('vllm-dev', [[['container', 'image'], 'lmsysorg/sglang:v0.5.18-cu129']]))[0] ?? '', /^`lmsysorg\/sglang:v0\.5\.18-cu129` is SGLang's image, but the engine is vLLM: launch-model\.sh would start vLLM in it$/);
  // A digest, or an image of the user's own, cannot be told apart by release: left alone.
  assert.equal(await warnings('sglang-dev', [[['container', 'image'], `lmsysorg/sglang@sha256:${'a'.repeat(64)}`]]), []);
  assert.equal(await warnings('sglang-dev', [[['container', 'image'], 'registry.example/team/sglang:2026-12']]), []);
});

test('a release newer than the one the catalog describes is a warning at its version, for a component the config runs; lint --versions says so too', async () => {
  const { compiledVariant } = await import('./integration/tools.js');
  const newer = async (example: string, changes: [string[], unknown][]) => {
    const c = await compiledVariant(example, changes);
    return c.diagnostics.filter((d) => d.code === 'OBS_VERSION_NEWER').map((d) => [d.severity, d.message.split(':')[0]]);
  };
  const catalog = (name: string) => (parseYaml(readFileSync(path.join(ROOT, 'catalog', name), 'utf8')) as { upstream: { version: string } }).upstream.version;
  assert.equal(await newer('sglang-dev', []), [], 'the examples run the catalogued releases');
  const sglang = catalog('sglang.yaml');
  const later = sglang.replace(/\d+$/, (n) => String(Number(n) + 1));
  assert.equal(await newer('sglang-dev', [[['versions', 'sglang'], later]]), [['warning', `SGLang server ${later} is newer than ${sglang}, the release obscompile's metrics catalog describes`]]);
  assert.equal(await newer('sglang-dev', [[['versions', 'sglang'], '0.5.17']]), [], 'an older release is described by the catalog rows it has');
  // A major beyond the ones catalogued apart (Jaeger 1 and 2) is newer than the newest of them.
  assert.equal(await newer('sglang-dev', [[['versions', 'jaeger'], '3.0.0']]), [['warning', `Jaeger 3.0.0 is newer than ${catalog('jaeger.yaml')}, the release obscompile's metrics catalog describes`]]);
  // vLLM's release on an SGLang box, or node_exporter turned off: nothing the config runs.
  assert.equal(await newer('sglang-dev', [[['versions', 'vllm'], '9.0.0'], [['exporters', 'nodeExporter', 'enabled'], false], [['versions', 'nodeExporter'], '9.0.0']]), []);
  const lint = await cli(['lint', 'out/alert-rules.yml', '--versions', `sglang=${later}`], path.join(ROOT, 'examples/sglang-dev'));
  assert.is(lint.code, 0);
  assert.match(lint.stderr, new RegExp(`warning \\[OBS_VERSION_NEWER\\] --versions sglang=${later.replace(/\./g, '\\.')}: SGLang server ${later.replace(/\./g, '\\.')} is newer than`));
});

test.after(() => cleanup(dir));
test.run();
