/** Golden examples: every example compiles to exactly its checked-in output. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compile } from '../src/compile.js';
import { MANIFEST_FILE, manifestFor, manifestText } from '../src/emit/manifest.js';
import { ROOT, UPDATE, assertMatchesFile, cli } from './helpers.js';

const examples = readdirSync(path.join(ROOT, 'examples')).sort();

for (const name of examples) {
  test(`example ${name} compiles to its checked-in out/ byte for byte`, async () => {
    const dir = path.join(ROOT, 'examples', name);
    const compilation = await compile({ cwd: dir, config: 'observability.config.yaml' });
    assert.equal(compilation.diagnostics, [], 'the example has no diagnostics');
    assert.ok(compilation.artifacts);
    const outDir = path.join(dir, 'out');
    for (const artifact of compilation.artifacts) assertMatchesFile(artifact.content, path.join(outDir, artifact.path));
    assertMatchesFile(manifestText(manifestFor(compilation.model!.sourceName, compilation.artifacts)), path.join(outDir, MANIFEST_FILE));
    if (!UPDATE) {
      const onDisk = readdirSync(outDir).sort();
      const expected = [...compilation.artifacts.map((a) => a.path), MANIFEST_FILE].sort();
      assert.equal(onDisk, expected, 'out/ holds exactly the artifacts the config produces');
    }
  });
}

for (const name of examples.filter((n) => existsSync(path.join(ROOT, 'examples', n, 'observability.fleet.yaml')))) {
  test(`fleet example ${name}: every host's bundle and the central one are exactly what the fleet compiles to`, async () => {
    const dir = path.join(ROOT, 'examples', name);
    const r = await cli([UPDATE ? 'build' : 'check', '--fleet', 'observability.fleet.yaml', ...(UPDATE ? ['--force'] : [])], dir);
    assert.is(r.code, 0, `${r.stdout}${r.stderr}`);
  });
}

test('the sglang-dev example honours every port of the seed documents', async () => {
  const compose = parseYaml(readFileSync(path.join(ROOT, 'examples/sglang-dev/out/docker-compose.yml'), 'utf8'));
  const published = compose.services['sglang-dev'].ports as { target: number; published: string; host_ip: string }[];
  for (const port of [9090, 16686, 4317, 4318, 9100, 9400, 30000, 29000]) {
    assert.ok(published.some((p) => p.target === port && p.published === String(port) && p.host_ip === '127.0.0.1'), `port ${port} is published on loopback only`);
  }
  const prom = readFileSync(path.join(ROOT, 'examples/sglang-dev/out/prometheus.yml'), 'utf8');
  for (const target of ['localhost:9100', 'localhost:9400', 'localhost:30000', 'cadvisor:8080']) assert.ok(prom.includes(target), `${target} is scraped`);
  const launch = readFileSync(path.join(ROOT, 'examples/sglang-dev/out/launch-model.sh'), 'utf8');
  // The seed's --disable-cuda-graph, in the spelling SGLang 0.5.14+ asks for; traces to Jaeger's OTLP gRPC port (seed 000).
  assert.match(launch, /^exec 'sglang' 'serve' '--model-path'/m, 'SGLang 0.5.7+ starts with `sglang serve`');
  assert.ok(launch.includes("'--cuda-graph-backend-decode' 'disabled' '--cuda-graph-backend-prefill' 'disabled'"), 'CUDA graphs are off');
  assert.ok(launch.includes("'--enable-trace' '--otlp-traces-endpoint' 'localhost:4317'"), 'SGLang sends traces to Jaeger');
  for (const flag of ["'--model-path' '/models/Qwen2.5-7B-Instruct-1M'", "'--context-length' '32768'", "'--max-running-requests' '1'", "'--max-total-tokens' '32768'", "'--host' '0.0.0.0' '--port' '30000'", "'--enable-metrics'", "'--tensor-parallel-size' '1'"]) {
    assert.ok(launch.includes(flag), `launch-model.sh passes ${flag}`);
  }
});

test.run();
