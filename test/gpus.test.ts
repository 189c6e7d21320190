/**
 * What the model server asks of the container's GPUs: more ranks than reserved GPUs is an error (the fixtures
 * gpu-count*.yaml), a share of GPU memory at or above the GPU memory alert's threshold a warning at the value that
 * makes it so, and neither for the examples.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { analyze } from '../src/index.js';
import { ROOT, cleanup, tempDir } from './helpers.js';

/** The GPU findings of an example with these values set (`undefined`: the key taken out). */
async function memory(example: string, changes: [string[], unknown][]) {
  const doc = parseDocument(readFileSync(path.join(ROOT, 'examples', example, 'observability.config.yaml'), 'utf8'));
  doc.setIn(['devcontainer', 'schemaPath'], 'https://obscompile.dev/schema/observability.schema.json');
  for (const [at, value] of changes) (value === undefined ? doc.deleteIn(at) : doc.setIn(at, value));
  const dir = tempDir();
  try {
    const text = doc.toString();
    writeFileSync(path.join(dir, 'observability.config.yaml'), text);
    const found = (await analyze({ cwd: dir })).diagnostics.filter((d) => d.code === 'OBS_GPU_MEMORY_ALERT' || d.code === 'OBS_GPU_COUNT');
    // Each with the line it stands at.
    return found.map((d) => ({ ...d, at: text.split('\n')[d.line - 1]!.trim() }));
  } finally {
    cleanup(dir);
  }
}

test("a static memory fraction at or above gpuMemoryUsedRatio is warned about at the flag: the alert would fire while the server runs", async () => {
  const [d, ...rest] = await memory('sglang-dev', [[['modelServer', 'flags', 'memFractionStatic'], 0.99]]);
  assert.equal(rest, []);
  assert.is(d!.severity, 'warning');
  assert.is(d!.at, 'memFractionStatic: 0.99');
  assert.match(d!.message, /keeps 0\.99 of each GPU's memory .*\(--mem-fraction-static\), at or above alerting\.thresholds\.gpuMemoryUsedRatio 0\.98/);
  assert.match(d!.hint!, /raise `alerting\.thresholds\.gpuMemoryUsedRatio` above 0\.99 or lower --mem-fraction-static below 0\.98/);
  assert.equal((await memory('sglang-dev', [[['modelServer', 'flags', 'memFractionStatic'], 0.98]])).length, 1, 'at the threshold: activations come on top');
  assert.equal(await memory('sglang-dev', [[['modelServer', 'flags', 'memFractionStatic'], 0.97]]), [], 'below the threshold');
  // The alert left out: nothing to warn about.
  assert.equal(await memory('sglang-dev', [[['modelServer', 'flags', 'memFractionStatic'], 0.99], [['alerting', 'disable'], ['GpuMemoryNearlyFull']]]), []);
  assert.equal(await memory('sglang-dev', [[['modelServer', 'flags', 'memFractionStatic'], 0.99], [['exporters', 'dcgmExporter', 'enabled'], false]]), []);
});

test("vLLM: its default share (0.92) counts when a lowered threshold falls under it, and the warning stands at the threshold", async () => {
  const [d, ...rest] = await memory('vllm-dev', [[['modelServer', 'vllm', 'gpuMemoryUtilization'], undefined], [['alerting', 'thresholds', 'gpuMemoryUsedRatio'], 0.9]]);
  assert.equal(rest, []);
  assert.match(d!.message, /keeps 0\.92 .*\(--gpu-memory-utilization, vLLM's default\), at or above alerting\.thresholds\.gpuMemoryUsedRatio 0\.9:/);
  assert.is(d!.at, 'gpuMemoryUsedRatio: 0.9');
});

test('the examples ask for no more GPUs than they reserve, and keep their memory share under the alert', async () => {
  for (const example of ['sglang-dev', 'vllm-dev', 'cpu-only', 'fleet']) assert.equal(await memory(example, []), [], example);
  // Reserving GPUs by count: enough for tensor × pipeline parallel, else an error at the parallel size.
  const vllm = await memory('vllm-dev', [[['container', 'gpus'], 3], [['modelServer', 'vllm', 'tensorParallelSize'], 2], [['modelServer', 'vllm', 'pipelineParallelSize'], 2]]);
  assert.equal(vllm.map((d) => [d.severity, d.code]), [['error', 'OBS_GPU_COUNT']]);
  assert.match(vllm[0]!.message, /4 here \(tensorParallelSize 2 × pipelineParallelSize 2\), but the container reserves 3 GPUs/);
  assert.equal(await memory('vllm-dev', [[['container', 'gpus'], 4], [['modelServer', 'vllm', 'tensorParallelSize'], 2], [['modelServer', 'vllm', 'pipelineParallelSize'], 2]]), []);
});

test.run();
