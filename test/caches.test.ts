/**
 * A profile cache given to the model server through a variable the server replaces (or does not read) is warned about
 * at the variable, for each release recorded in test/facts/cache-variables.yaml, and the examples give their caches
 * through the variables the servers read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml, parseDocument } from 'yaml';
import { ROOT, cleanup, configDir } from './helpers.js';
import { compile } from '../src/index.js';
import { compiledVariant } from './integration/tools.js';

interface SglangFact { releases: string[]; variable: string; from: string; unread: string[] }
interface VllmFact { releases: string[]; variables: string[]; under: string; eager: string }
const facts = parseYaml(readFileSync(path.join(ROOT, 'test/facts/cache-variables.yaml'), 'utf8')) as { sglang: SglangFact[]; vllm: VllmFact[] };

/** The OBS_CACHE_REDIRECTED warnings of the example with these profiles (and other changes). */
async function warnings(example: string, version: [string, string], profiles: object[], more: [string[], unknown][] = []) {
  // SGLang's tracing has a floor of its own (0.5.3, stack.test.ts): off here, where old releases are compiled for their caches.
  const quiet: [string[], unknown][] = example === 'sglang-dev' ? [[['modelServer', 'flags', 'enableTrace'], false]] : [];
  const c = await compiledVariant(example, [[['versions', version[0]], version[1]], [['storage', 'profiles'], profiles], ...quiet, ...more]);
  const found = c.diagnostics.filter((d) => d.code === 'OBS_CACHE_REDIRECTED');
  for (const d of found) assert.is(d.severity, 'warning');
  return found;
}

test('SGLang: DG_JIT_CACHE_DIR and a name the release does not read are warned about at the variable; the one it reads is not', async () => {
  for (const fact of facts.sglang) {
    for (const release of fact.releases) {
      const replaced = await warnings('sglang-dev', ['sglang', release], [{ dir: 'deep_gemm', env: fact.variable }]);
      assert.is(replaced.length, 1, `${release}: ${fact.variable}`);
      assert.match(replaced[0]!.message, new RegExp(`^\`${fact.variable}\`: SGLang ${release.replace(/\./g, '\\.')} sets it itself from \`${fact.from}\``));
      assert.match(replaced[0]!.message, /lost with it$/);
      assert.is(replaced[0]!.hint, `set \`env: ${fact.from}\` instead`);
      assert.equal(await warnings('sglang-dev', ['sglang', release], [{ dir: 'deep_gemm', env: fact.from }]), [], `${release}: ${fact.from} is read`);
      for (const name of fact.unread) {
        const unread = await warnings('sglang-dev', ['sglang', release], [{ dir: 'deep_gemm', env: name }]);
        assert.match(unread[0]?.message ?? '', new RegExp(`reads its DeepGEMM cache folder from \`${fact.from}\``), `${release}: ${name} is not read`);
      }
    }
  }
});

test('vLLM: Inductor and Triton cache variables are warned about unless it runs eagerly; VLLM_CACHE_ROOT is the hint', async () => {
  for (const fact of facts.vllm) {
    for (const release of fact.releases) {
      const alone = await warnings('vllm-dev', ['vllm', release], fact.variables.map((env, i) => ({ dir: `c${i}`, env })));
      assert.equal(alone.map((d) => d.message.split(':')[0]), fact.variables.map((v) => `\`${v}\``), release);
      assert.match(alone[0]!.hint!, new RegExp(`give \`${fact.under}\` a profile folder instead`));
      const beside = await warnings('vllm-dev', ['vllm', release], [{ dir: 'vllm', env: fact.under }, { dir: 'c0', env: fact.variables[0] }]);
      assert.match(beside[0]!.message, new RegExp(`it goes below \`${fact.under}\`'s folder$`));
      assert.equal(await warnings('vllm-dev', ['vllm', release], [{ dir: 'c0', env: fact.variables[0] }], [[['modelServer', 'extraArgs'], [fact.eager]]]), [], `${release}: eager`);
      assert.is((await warnings('vllm-dev', ['vllm', release], [{ dir: 'c0', env: fact.variables[0] }], [[['modelServer', 'extraArgs'], ['--no-enforce-eager']]])).length, 1);
    }
  }
});

test('the warning stands at the variable in the config; a default list follows the release instead', async () => {
  const change: [(string | number)[], unknown] = [['storage', 'profiles', 0, 'env'], 'DG_JIT_CACHE_DIR'];
  const c = await compiledVariant('sglang-dev', [change]);
  const d = c.diagnostics.find((x) => x.code === 'OBS_CACHE_REDIRECTED')!;
  // The text compiledVariant wrote: the example with the change.
  const doc = parseDocument(readFileSync(path.join(ROOT, 'examples/sglang-dev/observability.config.yaml'), 'utf8'));
  doc.setIn(['devcontainer', 'schemaPath'], 'https://obscompile.dev/schema/observability.schema.json');
  doc.setIn(...change);
  const text = doc.toString();
  assert.is(text.slice(d.range[0], d.range[1]), 'DG_JIT_CACHE_DIR');
  assert.is(text.split('\n')[d.line - 1]!.slice(d.column - 1, d.column + 15), 'DG_JIT_CACHE_DIR');
  // SGLang's default list at a release that reads the older name names that one: nothing to warn about.
  const old = await compiledVariant('sglang-dev', [[['versions', 'sglang'], '0.5.3'], [['storage'], withoutProfiles('sglang-dev')]]);
  assert.equal(old.diagnostics.filter((x) => x.code === 'OBS_CACHE_REDIRECTED'), []);
});

test("an SGLang release before 0.5.5 left with the default profiles gets the variable it reads, and no warning", async () => {
  const dir = configDir('version: 1\noutput: { dir: out }\nversions: { sglang: 0.5.3 }\n');
  try {
    const c = await compile({ cwd: dir });
    assert.equal(c.diagnostics.filter((d) => d.code === 'OBS_CACHE_REDIRECTED'), []);
    assert.equal(c.config!.storage.profiles[0], { dir: 'deep_gemm', env: 'SGL_DG_CACHE_DIR' });
    assert.match(c.artifacts!.find((a) => a.path === 'docker-compose.yml')!.content, /SGL_DG_CACHE_DIR: \/telemetry\/profiles\/deep_gemm\n/);
  } finally {
    cleanup(dir);
  }
});

test('the same variables set in container.environment are warned about at their key', async () => {
  const c = await compiledVariant('vllm-dev', [[['container', 'environment'], { TORCHINDUCTOR_CACHE_DIR: '/telemetry/inductor' }]]);
  const found = c.diagnostics.filter((d) => d.code === 'OBS_CACHE_REDIRECTED');
  assert.equal(found.map((d) => d.message), ["`TORCHINDUCTOR_CACHE_DIR`: vLLM 0.32.0 points it below its own compile cache whenever it compiles the model (unless started with `--enforce-eager`), so the cache does not land in `/telemetry/inductor`: it goes below `VLLM_CACHE_ROOT`'s folder"]);
  assert.is(found[0]!.hint, 'remove this variable');
  // SGLang's variable set under the name it replaces: renamed in the environment, not given a profile's `env:`.
  const sglang = await compiledVariant('sglang-dev', [[['storage', 'profiles'], []], [['container', 'environment'], { DG_JIT_CACHE_DIR: '/telemetry/deep_gemm' }]]);
  const [dg] = sglang.diagnostics.filter((d) => d.code === 'OBS_CACHE_REDIRECTED');
  assert.is(dg!.hint, 'name it `SGLANG_DG_CACHE_DIR` instead');
});

test('the shipped examples give their caches through variables the servers read', async () => {
  for (const example of ['sglang-dev', 'vllm-dev', 'cpu-only']) {
    const c = await compiledVariant(example, []);
    assert.equal(c.diagnostics.filter((d) => d.code === 'OBS_CACHE_REDIRECTED'), [], example);
  }
});

/** The example's storage section without its profile list, so that the defaults apply. */
function withoutProfiles(example: string): Record<string, unknown> {
  const { profiles: _, ...storage } = parseYaml(readFileSync(path.join(ROOT, `examples/${example}/observability.config.yaml`), 'utf8')).storage;
  return storage;
}

test.run();
