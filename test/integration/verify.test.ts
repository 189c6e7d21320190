/**
 * `obscompile verify` against real processes: Debian's Prometheus scrapes itself, a real node_exporter and a synthetic
 * SGLang that serves the catalog section with one metric removed, one type changed and one metric the catalog does
 * not have. verify reports exactly those three, at the Prometheus and the job, in every format; an unreachable
 * Prometheus is an error that says so. It only reads: the Prometheus's data is the same before and after.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanup, cli, tempDir } from '../helpers.js';
import { eventually, stopChild } from './processes.js';
import { serveCatalog } from './synthetic-exporter.js';
import { compiledVariant, freePort, toolTest } from './tools.js';
import type { CatalogSection } from '../../src/model/catalog.js';

const REMOVED = 'sglang:num_grammar_queue_reqs';
const RETYPED = 'sglang:gen_throughput';
const EXTRA = 'sglang:made_up_total';

/** The SGLang section as a drifted server would expose it. */
function drifted(section: CatalogSection): CatalogSection {
  if (section.job !== 'sglang') return section;
  const metrics = section.metrics.filter((m) => m.name !== REMOVED).map((m) => (m.name === RETYPED ? { ...m, type: 'counter' as const } : m));
  return { ...section, metrics: [...metrics, { name: EXTRA, type: 'counter', help: 'x', labels: ['model_name'], status: 'available' }] };
}

toolTest(test, ['prometheus', 'prometheus-node-exporter'], 'verify reports exactly the removed metric, the changed type and the uncatalogued metric of a drifted source', async (tools) => {
  const ports = { prometheus: await freePort(), node: await freePort(), model: await freePort() };
  const c = await compiledVariant('sglang-dev', [
    [['versions', 'prometheus'], '2.55.1'],
    [['prometheus'], { port: ports.prometheus, scrapeInterval: '1s', scrapeTimeout: '1s', evaluationInterval: '1s' }],
    [['exporters'], { nodeExporter: { port: ports.node }, dcgmExporter: { enabled: false }, cadvisor: { enabled: false } }],
    [['jaeger', 'enabled'], false],
    [['modelServer', 'port'], ports.model],
    [['modelServer', 'extraPorts'], []],
    [['modelServer', 'flags', 'enableTrace'], false],
    [['alertmanager', 'enabled'], false],
    [['grafana', 'enabled'], false],
  ]);
  const dir = tempDir();
  const files = Object.fromEntries(c.artifacts!.map((a) => [a.path, a.content]));
  for (const f of ['prometheus.yml', 'alert-rules.yml']) writeFileSync(path.join(dir, f), files[f]!);
  // The config the compiled variant came from, for the CLI: the same changes, written out.
  writeFileSync(path.join(dir, 'observability.config.yaml'), JSON.stringify(c.model!.config));
  const close = await serveCatalog(c.model!, (t) => Number(t.split(':').pop()), drifted);
  const node = spawn(tools['prometheus-node-exporter']!, [`--web.listen-address=127.0.0.1:${ports.node}`], { stdio: 'ignore' });
  const prometheus = spawn(tools.prometheus!, [`--config.file=${path.join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${path.join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${ports.prometheus}`, '--enable-feature=expand-external-labels'], { env: { ...process.env, CONTAINER_RUN_ID: 'run-1' }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${ports.prometheus}`;
  try {
    // Three scrapes of every job: Prometheus observes a target's interval at its second scrape and stores that
    // observation (prometheus_target_interval_length_seconds) only at its own next scrape.
    await eventually('three jobs scraped three times', async () => {
      const r = (await (await fetch(`${url}/api/v1/query?query=${encodeURIComponent('count_over_time(up[1m]) >= 3 and up == 1')}`)).json()) as { data?: { result: unknown[] } };
      return r.data?.result.length === 3 || undefined;
    });
    const r = await cli(['verify', '--prometheus', url, '--config', 'observability.config.yaml', '--format', 'json'], dir);
    const diagnostics = (JSON.parse(r.stdout) as { diagnostics: { severity: string; message: string; file: string; line: number }[] }).diagnostics;
    const sglang = diagnostics.filter((d) => /\(sglang\)|job `sglang`/.test(d.message));
    assert.equal(sglang.map((d) => [d.severity, d.message.replace(/;.*|, which.*| is catalogued.*| here.*/, '')]), [
      ['error', `\`${RETYPED}\` (sglang) is a counter`],
      ['error', `\`${REMOVED}\` (sglang)`],
      ['warning', `job \`sglang\` stores 1 name the catalog does not list: \`${EXTRA}\``],
    ]);
    assert.equal(diagnostics.filter((d) => d.severity === 'error' && !sglang.includes(d)), [], 'Prometheus and node_exporter match the catalog');
    assert.ok(diagnostics.every((d) => d.file === url && d.line === 0), 'findings name the Prometheus, at no line');
    // Debian's Prometheus is 2.42.0+ds, the config names 2.55.1: said first, as a warning.
    const running = ((await (await fetch(`${url}/api/v1/status/buildinfo`)).json()) as { data: { version: string } }).data.version;
    assert.equal([diagnostics[0]!.severity, diagnostics[0]!.message], ['warning', `this Prometheus runs ${running}, the config names 2.55.1 (\`versions.prometheus\`): its \`prometheus\` job is compared with the catalog of 2.55.1`]);
    writeFileSync(path.join(dir, 'same.config.yaml'), JSON.stringify({ ...c.model!.config, versions: { ...c.model!.config.versions, prometheus: running.replace(/\+.*$/, '') } }));
    const same = await cli(['verify', '--prometheus', url, '--config', 'same.config.yaml', '--format', 'json'], dir);
    assert.not.ok((JSON.parse(same.stdout) as { diagnostics: { message: string }[] }).diagnostics.some((d) => /this Prometheus runs/.test(d.message)), 'nothing said when the releases agree');
    assert.is(r.code, 1, 'drift is exit 1');
    const text = await cli(['verify', '--prometheus', url, '--config', 'observability.config.yaml'], dir);
    assert.match(text.stderr, new RegExp(`^${url.replace(/\./g, '\\.')}: error \\[OBS_VERIFY_DRIFT\\] \`${RETYPED}\` \\(sglang\\) is a counter here, a gauge in the catalog$`, 'm'));
    const github = await cli(['verify', '--prometheus', url, '--config', 'observability.config.yaml', '--format', 'github'], dir);
    assert.match(github.stderr, /^::error title=OBS_VERIFY_DRIFT::/m);
    const down = await cli(['verify', '--prometheus', `http://127.0.0.1:${await freePort()}`, '--config', 'observability.config.yaml', '--timeout', '2s'], dir);
    assert.is(down.code, 1);
    assert.match(down.stderr, /\[OBS_VERIFY_UNREACHABLE\] cannot read job `prometheus` from http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED/);
  } finally {
    await stopChild(prometheus);
    await stopChild(node);
    close();
    cleanup(dir);
  }
});

test('verify refuses what it cannot use before it asks anything', async () => {
  const dir = tempDir();
  try {
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\n');
    for (const [args, message] of [
      [[], /verify needs --prometheus URL/],
      [['--prometheus', 'localhost:9090'], /not an http:\/\/ or https:\/\/ URL/],
      [['--prometheus', 'http://127.0.0.1:9', '--timeout', 'soon'], /--timeout soon: not a duration/],
      [['--prometheus', 'http://127.0.0.1:9', '--timeout', '0s'], /--timeout 0s: a request needs some time/],
      [['--prometheus', 'http://127.0.0.1:9', '--basic-auth-user', 'me'], /needs both --basic-auth-user and --basic-auth-password-file/],
      // A secret or CA file it cannot read is named as such, not taken for an unreachable Prometheus.
      [['--prometheus', 'http://127.0.0.1:9', '--bearer-token-file', 'token'], /^token: error \[OBS_IO\] cannot read token, given to --bearer-token-file: it does not exist/m],
      [['--prometheus', 'http://127.0.0.1:9', '--basic-auth-user', 'me', '--basic-auth-password-file', '.'], /cannot read \., given to --basic-auth-password-file: it is a folder/],
      [['--prometheus', 'https://127.0.0.1:9', '--ca-file', 'ca.pem'], /cannot read ca\.pem, given to --ca-file: it does not exist/],
      [['--prometheus', 'http://127.0.0.1:9', '--insecure-skip-verify'], /--insecure-skip-verify applies to https:\/\/ only/],
    ] as [string[], RegExp][]) {
      const r = await cli(['verify', ...args], dir);
      assert.is(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
  } finally {
    cleanup(dir);
  }
});

test.run();
