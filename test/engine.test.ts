/**
 * The model server engine: vLLM beside SGLang. Everything the engine decides (command line, base image, container
 * labels, scrape job, catalog section, alerts, dashboards) follows `modelServer.engine`, and a fleet may mix engines.
 * Upstream facts are in src/upstream/vllm.ts and catalog/vllm.yaml (held to test/facts/vllm.yaml by catalog.test.ts).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { ROOT, cleanup, cli, configDir, tempDir } from './helpers.js';
import { compileVariant, compiledVariant } from './integration/tools.js';
import { compile } from '../src/index.js';
import { bucketsFromArgs, extraLabelsFromArgs } from '../src/model/launch-args.js';
import { pythonFloat } from '../src/config/python-args.js';

const vllm = (changes: Parameters<typeof compileVariant>[1] = []) => compileVariant('vllm-dev', changes);
const sglang = (changes: Parameters<typeof compileVariant>[1] = []) => compileVariant('sglang-dev', changes);

test('vLLM: vllm serve with the model first, the typed flags in their upstream spelling, pass-through arguments last', async () => {
  const launch = (await vllm([[['modelServer', 'extraArgs'], ['--max-num-batched-tokens', '8192']]]))['launch-model.sh']!;
  const exec = launch.split('\n').find((l) => l.startsWith('exec '))!;
  assert.is(
    exec,
    "exec 'vllm' 'serve' '/models/Qwen2.5-7B-Instruct' '--host' '0.0.0.0' '--port' '8000' '--served-model-name' 'qwen2.5-7b-instruct' '--max-model-len' '32768' '--tensor-parallel-size' '1' '--gpu-memory-utilization' '0.9' '--max-num-seqs' '64' '--enable-prefix-caching' '--otlp-traces-endpoint' 'grpc://localhost:4317' '--max-num-batched-tokens' '8192' \"$@\" >>\"$CONTAINER_LOG_FILE\" 2>&1",
  );
  assert.match(launch, /^# Starts the vLLM server inside `vllm-dev`/m);
  const off = (await vllm([[['modelServer', 'vllm', 'enablePrefixCaching'], false], [['modelServer', 'vllm', 'enableTrace'], false], [['modelServer', 'extraArgs'], ['--port', '8000']]]))['launch-model.sh']!;
  assert.match(off, /'--no-enable-prefix-caching'/);
  assert.not.match(off, /otlp/);
  assert.match(off, /'--host' '0\.0\.0\.0' '--served-model-name'/, 'a --port in extraArgs replaces the generated one');
});

test('vLLM: the vllm/vllm-openai base at the configured release, labels and the scrape job named after the engine', async () => {
  const out = await vllm([[['container', 'image'], null]]);
  const froms = out['Dockerfile']!.split('\n').filter((l) => l.startsWith('FROM ')).map((l) => l.split(' ')[1]);
  assert.is(froms.at(-1), 'vllm/vllm-openai:v0.32.0-cu129');
  const compose = parseYaml(out['docker-compose.yml']!).services['vllm-dev'];
  assert.is(compose.image, 'vllm-dev-observability:0.32.0');
  assert.equal(compose.labels, { 'obscompile.gpus': 'all', 'obscompile.model_server': 'vllm', 'obscompile.model_server_version': '0.32.0', 'obscompile.project': 'vllm-dev', 'obscompile.service': 'vllm-dev' });
  const jobs = parseYaml(out['prometheus.yml']!).scrape_configs as { job_name: string; static_configs: { targets: string[]; labels?: Record<string, string> }[] }[];
  assert.equal(jobs.find((j) => j.job_name === 'vllm')!.static_configs[0], { targets: ['localhost:8000'], labels: { container: 'vllm-dev' } });
  assert.not.ok(jobs.some((j) => j.job_name === 'sglang'));
});

test('vLLM: its catalog section, alerts and dashboard replace SGLang\'s; the TTFT threshold defaults to a vLLM bucket boundary', async () => {
  const out = await vllm();
  const catalog = out['metrics_catalog.md']!;
  assert.match(catalog, /\| `vllm:num_preemptions_total` \| counter \| `model_name`, `engine`, `container` \|/);
  assert.not.match(catalog, /`sglang:/);
  assert.not.match(catalog, /`vllm:gpu_cache_usage_perc`/);
  assert.match(catalog, /\| `vllm:kv_block_lifetime_seconds` \| histogram \|[^\n]*only with --kv-cache-metrics/);
  const rules = parseYaml(out['alert-rules.yml']!).groups.flatMap((g: { rules: { alert?: string; expr: string }[] }) => g.rules);
  const expr = (alert: string) => rules.find((r: { alert?: string }) => r.alert === alert)?.expr;
  assert.is(expr('TimeToFirstTokenHigh'), 'histogram_quantile(0.95, sum by (le, model_name) (rate(vllm:time_to_first_token_seconds_bucket[5m]))) > 2.5 and on (model_name) sum by (model_name) (increase(vllm:time_to_first_token_seconds_count[5m])) >= 10');
  assert.match(expr('InterTokenLatencyHigh'), / and on \(model_name\) sum by \(model_name\) \(increase\(vllm:inter_token_latency_seconds_count\[5m\]\)\) >= 10$/, 'time between tokens counts its own observations, the gaps between tokens: one long answer has many');
  assert.is(expr('RequestsPreempted'), 'sum by (model_name) (increase(vllm:num_preemptions_total[10m])) > 5');
  assert.is(expr('RequestsRetracted'), undefined, 'SGLang\'s retractions are not vLLM\'s');
  assert.is(expr('TargetDown'), 'up{job!~"vllm|dcgm_exporter"} == 0');
  const files = new Map((await compiledVariant('vllm-dev', [])).artifacts!.map((a) => [a.path, a.content]));
  assert.ok(files.has('dashboard-vllm.json') && !files.has('dashboard-serving.json'));
  const overview = JSON.parse(files.get('dashboard-overview.json')!) as { panels: { title: string; targets?: { expr: string }[] }[] };
  const exprs = overview.panels.flatMap((p) => p.targets ?? []).map((t) => t.expr).join('\n');
  assert.match(exprs, /vllm:kv_cache_usage_perc/);
  assert.not.match(exprs, /sglang:/);
  // SGLang keeps its own default, a boundary of its histogram.
  assert.match((await sglang())['alert-rules.yml']!, /rate\(sglang:time_to_first_token_seconds_bucket\{is_streaming!="false"\}\[5m\]\)\)\) > 2 and /);
});

test("vLLM: keys left unwritten take vLLM's defaults (its port, no second port, its cache folder, its names); written ones stay", async () => {
  const config = configDir('version: 1\nmodelServer:\n  engine: vllm\n  modelPath: /models/qwen\n');
  try {
    const c = await compile({ cwd: config });
    assert.ok(c.config, JSON.stringify(c.diagnostics));
    assert.equal([c.config!.modelServer.port, c.config!.modelServer.extraPorts, c.config!.storage.profiles, c.config!.devcontainer.name], [8000, [], [{ dir: 'vllm', env: 'VLLM_CACHE_ROOT' }], 'vLLM dev (observability)']);
    assert.equal(c.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.code), [], 'no warning about defaults');
    const files = Object.fromEntries(c.artifacts!.map((a) => [a.name, a.content]));
    const dev = JSON.parse(files['devcontainer.json']!.replace(/^\/\/.*\n/gm, ''));
    assert.is(dev.name, 'vLLM dev (observability)');
    assert.equal(dev.portsAttributes['8000'], { label: 'vLLM server', onAutoForward: 'silent' });
    assert.not.ok('29000' in dev.portsAttributes);
    assert.match(files['docker-compose.yml']!, /VLLM_CACHE_ROOT: \/telemetry\/profiles\/vllm\n/);
    assert.not.match(files['docker-compose.yml']!, /TORCHINDUCTOR_CACHE_DIR|DG_JIT/);
    // The project, the service (the container `docker exec` names) and the image it builds say vLLM, not sglang-dev.
    const compose = parseYaml(files['docker-compose.yml']!);
    assert.is(compose.name, 'vllm-dev');
    assert.equal(Object.keys(compose.services).filter((s) => s !== 'cadvisor'), ['vllm-dev']);
    assert.is(compose.services['vllm-dev'].image, 'vllm-dev-observability:0.32.0');
    // Every file but the schema copy (the schema's defaults are SGLang's, vLLM's are applied on top).
    assert.not.match(c.artifacts!.filter((a) => a.name !== 'observability.schema.json').map((a) => a.content).join('\n'), /sglang-dev/);
  } finally {
    cleanup(config);
  }
  const sglang = configDir('version: 1\nmodelServer:\n  modelPath: /models/qwen\n');
  const written = configDir('version: 1\nmodelServer:\n  engine: vllm\n  modelPath: /models/qwen\n  port: 30000\n  extraPorts: [29000]\n');
  try {
    const s = (await compile({ cwd: sglang })).config!;
    assert.equal([s.modelServer.port, s.modelServer.extraPorts, s.devcontainer.name], [30000, [29000], 'SGLang dev (observability)'], "SGLang keeps the schema's defaults");
    const w = (await compile({ cwd: written })).config!;
    assert.equal([w.modelServer.port, w.modelServer.extraPorts], [30000, [29000]], 'written values win');
  } finally {
    cleanup(sglang);
    cleanup(written);
  }
});

/** The vLLM example with `modelServer.extraArgs` (and more keys of modelServer) written in. */
const withArgs = (args: string, more = '') => readFileSync(path.join(ROOT, 'examples/vllm-dev/observability.config.yaml'), 'utf8').replace(/^modelServer:\n/m, `modelServer:\n  extraArgs: ${args}\n${more}`);

test('vLLM with --disable-log-stats in extraArgs, while scraped, is an error at that argument: /metrics would hold no vllm: series', async () => {
  for (const arg of ['--disable-log-stats', '--disable_log_stats', '--disable-log-stat']) {
    const dir = configDir(withArgs(`[--enforce-eager, ${arg}]`));
    try {
      const c = await compile({ cwd: dir });
      const found = c.diagnostics.filter((d) => d.code === 'OBS_METRICS_NOT_ENABLED');
      assert.is(found.length, 1, arg);
      assert.is(found[0]!.severity, 'error');
      assert.match(found[0]!.message, `\`${arg}\` turns off vLLM's engine statistics`);
      const line = readFileSync(path.join(dir, 'observability.config.yaml'), 'utf8').split('\n')[found[0]!.line - 1]!;
      assert.ok(line.slice(found[0]!.column - 1).startsWith(arg), `placed on the argument: ${line}`);
      assert.not.ok(c.artifacts, 'nothing is built');
    } finally {
      cleanup(dir);
    }
  }
  // A store_true flag has no negative form: not a way to turn statistics off (argparse refuses the word).
  const negative = configDir(withArgs('[--no-disable-log-stats]'));
  try {
    assert.not.ok((await compile({ cwd: negative })).diagnostics.some((d) => d.code === 'OBS_METRICS_NOT_ENABLED'), '--no-disable-log-stats');
  } finally {
    cleanup(negative);
  }
  const dir = configDir(withArgs('[--disable-log-stats]', '  scrape: false\n'));
  try {
    const c = await compile({ cwd: dir });
    assert.not.ok(c.diagnostics.some((d) => d.code === 'OBS_METRICS_NOT_ENABLED'), 'not scraped: nothing is read from it');
  } finally {
    cleanup(dir);
  }
});

test('vLLM config files in extraArgs: one vLLM would not read is an error at its argument; `--config FILE.yaml` passes', async () => {
  const cases: [string, string | undefined][] = [
    ['[--config=/models/serve.yaml]', 'is accepted and the file is never read'],
    ['[--enforce-eager, --config]', 'is not followed by a file'],
    ['[--config, --enforce-eager]', 'is not followed by a file'],
    ['[--config, /models/serve.json]', 'reads only .yaml or .yml config files, not `/models/serve.json`'],
    ['[--config, /models/a.yaml, --config, /models/b.yml]', 'is given twice'],
    ['[--config, /etc/serve.yaml]', 'which no folder the compose file mounts holds'],
    ['[--config, /models/serve.yaml, --enforce-eager]', undefined],
    ['[--config, /workspace/serve.yaml]', undefined],
  ];
  for (const [args, problem] of cases) {
    const dir = configDir(withArgs(args));
    try {
      const found = (await compile({ cwd: dir })).diagnostics.filter((d) => d.code === 'OBS_FLAG_CONFIG_FILE');
      assert.equal(found.map((d) => d.severity), problem ? [problem.startsWith('which') ? 'warning' : 'error'] : [], args);
      if (problem) assert.match(found[0]!.message, problem);
      // A problem of the file itself is placed on the file, not on `--config`.
      if (problem && /\.json|\/etc/.test(args)) assert.match(readFileSync(path.join(dir, 'observability.config.yaml'), 'utf8').split('\n')[found[0]!.line - 1]!.slice(found[0]!.column - 1), /^\/(models|etc)\//);
    } finally {
      cleanup(dir);
    }
  }
});

test("Prometheus 2 scraping a model server is warned about at its version: it stores the engine's names with _ for :", async () => {
  const warned = async (example: string, changes: [string[], unknown][]) => (await compiledVariant(example, changes)).diagnostics.filter((d) => d.code === 'OBS_METRIC_NAMES_REWRITTEN');
  for (const [example, name] of [['sglang-dev', 'sglang:num_running_reqs'], ['vllm-dev', 'vllm:num_requests_running']] as const) {
    assert.equal(await warned(example, []), [], `${example}: Prometheus 3 keeps the names`);
    const old = await warned(example, [[['versions', 'prometheus'], '2.55.1']]);
    assert.is(old.length, 1, example);
    assert.is(old[0]!.severity, 'warning');
    assert.ok(old[0]!.message.includes(`\`${name}\` is stored as \`${name.replace(':', '_')}\``), old[0]!.message);
    assert.equal(await warned(example, [[['versions', 'prometheus'], '2.55.1'], [['modelServer', 'scrape'], false]]), [], `${example}: not scraped, nothing to warn of`);
  }
});

test("SGLang's pass-through flags are options of its parser (read from server_args.py): an error at the release the list is from, a warning at another; a prefix is expanded as argparse does", async () => {
  const at = async (version: string | undefined, args: string[]) => {
    const dir = configDir(`version: 1\n${version ? `versions: { sglang: "${version}" }\n` : ''}modelServer: { flags: { tensorParallelSize: 1 }, extraArgs: ${JSON.stringify(args)} }\n`);
    try {
      return (await compile({ cwd: dir })).diagnostics.filter((d) => d.code === 'OBS_FLAG_UNKNOWN' || d.code === 'OBS_FLAG_OVERRIDE').map((d) => [d.code, d.severity, d.hint]);
    } finally {
      cleanup(dir);
    }
  };
  assert.equal(await at(undefined, ['--schedule-polcy', 'lpm']), [['OBS_FLAG_UNKNOWN', 'error', 'did you mean `--schedule-policy`?']]);
  assert.equal(await at('0.5.16', ['--schedule-polcy', 'lpm']), [['OBS_FLAG_UNKNOWN', 'warning', 'did you mean `--schedule-policy`?']]);
  assert.equal(await at(undefined, ['--schedule-pol', 'lpm', '--schedule-policy=lpm']), [], 'a unique prefix and a whole option');
  // `--tp` is argparse's prefix of `--tp-size`, an alias of the --tensor-parallel-size the generated command sets.
  assert.equal((await at(undefined, ['--tp', '2'])).map(([code]) => code), ['OBS_FLAG_OVERRIDE']);
});

test('a Hugging Face repository id is a model both engines serve (downloaded into the cache); a bare name or a path with .. in an id is not', async () => {
  for (const [example, command] of [['sglang-dev', /exec 'sglang' 'serve' '--model-path' 'Qwen\/Qwen2\.5-7B-Instruct' /], ['vllm-dev', /exec 'vllm' 'serve' 'Qwen\/Qwen2\.5-7B-Instruct' /]] as const) {
    const c = await compiledVariant(example, [[['modelServer', 'modelPath'], 'Qwen/Qwen2.5-7B-Instruct']]);
    assert.equal(c.diagnostics.filter((d) => d.severity === 'error'), [], example);
    assert.match(c.artifacts!.find((a) => a.path === 'launch-model.sh')!.content, command);
  }
  for (const wrong of ['gpt2', 'Qwen/../x', 'a/b/c', '-a/b']) {
    const dir = configDir(`version: 1\nmodelServer: { modelPath: "${wrong}" }\n`);
    try {
      const c = await compile({ cwd: dir });
      assert.equal(c.diagnostics.map((d) => [d.code, d.hint]), [['OBS_SCHEMA_PATTERN', 'a model is a folder in the container (an absolute path, starting with /, of letters, digits and . _ / @ + -) or a Hugging Face repository id such as Qwen/Qwen2.5-7B-Instruct']], wrong);
    } finally {
      cleanup(dir);
    }
  }
});

test("SGLang's launch flags: --bucket-time-to-first-token gives the histogram its boundaries, --extra-metric-labels its labels, to the checks, alerts and catalog", async () => {
  const flags = ['--bucket-time-to-first-token', '0.25', '0.5', '1', '2.5', '--extra-metric-labels', '{"team": "infra"}'];
  const c = await compiledVariant('sglang-dev', [[['modelServer', 'extraArgs'], flags]]);
  // The default threshold (2) is no boundary of the given buckets: said, with the ones around it.
  const threshold = c.diagnostics.filter((d) => d.code === 'OBS_ALERT_THRESHOLD');
  assert.is(threshold.length, 1, JSON.stringify(c.diagnostics));
  assert.match(threshold[0]!.message, /^2 is not a bucket boundary of `sglang:time_to_first_token_seconds` \(0\.25, 0\.5, 1, 2\.5 seconds\)/);
  assert.match(threshold[0]!.hint!, /^set `alerting.thresholds.ttftSeconds` to a boundary below the last, such as 1$/);
  const source = c.source!.text;
  assert.is(source.slice(threshold[0]!.range[0], threshold[0]!.range[1]), '--bucket-time-to-first-token', 'placed at the flag that gave the buckets');
  const fixed = await compiledVariant('sglang-dev', [[['modelServer', 'extraArgs'], flags], [['alerting', 'thresholds', 'ttftSeconds'], 1]]);
  assert.equal(fixed.diagnostics.filter((d) => d.code === 'OBS_ALERT_THRESHOLD'), []);
  const files = new Map(fixed.artifacts!.map((a) => [a.path, a.content]));
  assert.match(files.get('metrics_catalog.md')!, /\| `sglang:num_running_reqs` \|[^\n]*\bteam\b/, 'the scheduler series carry the label');
  assert.match(files.get('alert-rules.test.yml')!, /sglang:time_to_first_token_seconds_bucket\{[^}]*le="2\.5"/, 'the unit tests use the given boundaries');
  // vLLM has no such flags: its catalog is as it was.
  assert.equal(bucketsFromArgs(['--bucket-time-to-first-token=0.5']), new Map([['sglang:time_to_first_token_seconds', [0.5]]]));
  assert.equal(extraLabelsFromArgs(['--extra-metric-labels', 'not json']), []);
});

test("SGLang's bucket flags are read as argparse and Python's float() read them: no hexadecimal, `_` between digits, inf", () => {
  // What python3 -c 'float(w)' gave for each word (Python 3.11.7): a number, or ValueError (undefined).
  const python: [string, number | undefined][] = [['0x10', undefined], ['1_0', 10], ['1__0', undefined], ['_1', undefined], ['1_', undefined], ['.5', 0.5], ['5.', 5], ['1E-3', 0.001], [' 2 ', 2], ['-Infinity', -Infinity], ['', undefined], ['1,5', undefined], ['0b1', undefined], ['1e', undefined], ['+.5e+1_0', 5e9]];
  for (const [word, value] of python) assert.is(pythonFloat(word), value, JSON.stringify(word));
  assert.ok(Number.isNaN(pythonFloat('NaN')));
  // Words up to the next option are the flag's (argparse nargs="+"); a negative number is a value, a last inf the +Inf bucket.
  assert.equal(bucketsFromArgs(['--bucket-e2e-request-latency', '-1', '1_0', 'inf', '--port', '1']), new Map([['sglang:e2e_request_latency_seconds', [-1, 10]]]));
  assert.equal(bucketsFromArgs(['--bucket-e2e-request-latency', '0x10']), new Map(), 'a list SGLang refuses gives no buckets');
});

test('explain shows the time-to-first-token threshold each engine takes by default, as its default', async () => {
  const vllm = await cli(['explain', 'alerting.thresholds.ttftSeconds'], path.join(ROOT, 'examples/vllm-dev'));
  assert.is(vllm.stdout, "alerting.thresholds.ttftSeconds = 2.5\n  not written in any file: vLLM's default\n");
  const sglang = await cli(['explain', 'alerting.thresholds.ttftSeconds'], path.join(ROOT, 'examples/sglang-dev'));
  assert.is(sglang.stdout, "alerting.thresholds.ttftSeconds = 2\n  not written in any file: SGLang's default\n");
});

test('vLLM: checks follow the engine (no --enable-metrics to ask for, a threshold between vLLM boundaries warned about)', async () => {
  const c = await compiledVariant('vllm-dev', [[['alerting'], { thresholds: { ttftSeconds: 2 } }]]);
  const codes = c.diagnostics.map((d) => `${d.code} ${d.message}`);
  assert.ok(codes.some((m) => /^OBS_ALERT_THRESHOLD 2 is not a bucket boundary of `vllm:time_to_first_token_seconds`/.test(m)), codes.join('\n'));
  assert.not.ok(codes.some((m) => m.startsWith('OBS_METRICS_NOT_ENABLED')));
  // Settings of an alert only SGLang gets are not silently ignored under vLLM.
  const retracted = await compiledVariant('vllm-dev', [[['alerting'], { thresholds: { retractedRequests: 3 }, for: { RequestsRetracted: '5m' } }]]);
  const leftOut = retracted.diagnostics.filter((d) => d.code === 'OBS_ALERT_LEFT_OUT').map((d) => d.message);
  assert.equal(leftOut, [
    "`retractedRequests` is set for RequestsRetracted, which this configuration leaves out: it reads SGLang's series, and this configuration runs vLLM",
    "a duration is set for RequestsRetracted, which this configuration leaves out: it reads SGLang's series, and this configuration runs vLLM",
  ]);
  const noJaeger = await compiledVariant('vllm-dev', [[['jaeger', 'enabled'], false]]);
  assert.ok(noJaeger.diagnostics.some((d) => d.code === 'OBS_SETTING_UNUSED' && /vLLM sends its traces to the local Jaeger, which is disabled: `--otlp-traces-endpoint` is left out/.test(d.message)));
});

test('a fleet may mix engines: each host compiles for its own, the central dashboards show both, each panel naming its engine', async () => {
  const base = readFileSync(path.join(ROOT, 'examples/sglang-dev/observability.config.yaml'), 'utf8').replace('./out/observability.schema.json', 'https://obscompile.dev/schema/observability.schema.json');
  const dir = configDir(base);
  try {
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), [
      'version: 1',
      'base: observability.config.yaml',
      'central: { address: 10.0.0.1 }',
      'hosts:',
      '  - name: sglang-box',
      '  - name: vllm-box',
      '    config:',
      '      container: { image: "vllm/vllm-openai:v0.32.0-cu129" }',
      '      modelServer: { engine: vllm, port: 8000, extraPorts: [], flags: null, vllm: { maxModelLen: 32768 } }',
      '',
    ].join('\n'));
    const r = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 0, r.stderr);
    const read = (host: string, f: string) => readFileSync(path.join(dir, 'fleet', host, f), 'utf8');
    assert.match(read('sglang-box', 'launch-model.sh'), /exec 'sglang' 'serve' /);
    assert.match(read('vllm-box', 'launch-model.sh'), /exec 'vllm' 'serve' '\/models\/Qwen2\.5-7B-Instruct-1M' /);
    assert.ok(parseYaml(read('vllm-box', 'prometheus.yml')).scrape_configs.some((j: { job_name: string }) => j.job_name === 'vllm'));
    const central = readdirSync(path.join(dir, 'fleet', 'central'));
    assert.ok(central.includes('dashboard-serving.json') && central.includes('dashboard-vllm.json'), central.join(' '));
    const overview = JSON.parse(read('central', 'dashboard-overview.json')) as { panels: { title: string }[] };
    const titles = overview.panels.map((p) => p.title);
    for (const t of ['Requests (SGLang)', 'Requests (vLLM)', 'KV cache used (SGLang)', 'KV cache used (vLLM)']) assert.ok(titles.includes(t), `${t} in ${titles.join(', ')}`);
    assert.is(new Set(titles).size, titles.length, 'no two panels of the overview share a title');
  } finally {
    cleanup(dir);
  }
});

test("init's starter switched to vLLM: each name it wrote that says SGLang is warned about at the name", async () => {
  const dir = tempDir();
  try {
    // A project folder named after the reference stack: the starter's names say SGLang.
    assert.is((await cli(['init', 'sglang-dev'], dir)).code, 0);
    const file = path.join(dir, 'sglang-dev', 'observability.config.yaml');
    const starter = readFileSync(file, 'utf8');
    writeFileSync(file, starter.replace(/^modelServer:\n/m, 'modelServer:\n  engine: vllm\n').replace(/^  flags:\n(    .*\n)+/m, ''));
    const r = await cli(['validate'], path.join(dir, 'sglang-dev'));
    assert.is(r.code, 0, r.stderr);
    const warned = r.stderr.split('\n').filter((l) => l.includes('[OBS_ENGINE_NAME]'));
    assert.equal(warned.map((l) => l.replace(/^observability\.config\.yaml:\d+:\d+: warning \[OBS_ENGINE_NAME\] /, '').split(' names ')[0]), ['`project.name: sglang-dev`', '`container.service: sglang-dev`']);
    // The vLLM example names itself: nothing to say.
    assert.not.match((await cli(['validate', '--config', path.join(ROOT, 'examples/vllm-dev/observability.config.yaml')], dir)).stderr, /OBS_ENGINE_NAME/);
  } finally {
    cleanup(dir);
  }
});

test.run();
