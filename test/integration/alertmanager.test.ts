/**
 * The alerting path for real, outside a container: init-run.sh starts Debian's Prometheus (2.42), node_exporter and
 * Alertmanager (0.25) from the generated files, with the receivers pointed at an HTTP server of this test on
 * 127.0.0.1. The Watchdog must arrive at its own receiver with the run's `container_run` label and the bearer token
 * read from its file, and stopping node_exporter must make TargetDown fire and reach the team's receiver. And amtool
 * accepts every generated alertmanager.yml, and routes each alert of the rules to the receiver its severity names.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { cleanup, tempDir, which } from '../helpers.js';
import { eventually, pidsIn, sandboxPath, sleep, stop } from './processes.js';
import { BUNDLES, buildInto, compileVariant, freePort, runTool, toolTest } from './tools.js';

interface Notification {
  path: string;
  headers: IncomingHttpHeaders;
  body: { receiver: string; status: string; externalURL: string; alerts: { status: string; labels: Record<string, string>; generatorURL: string }[] };
}

/** An HTTP server on 127.0.0.1 that keeps every webhook notification it is sent. */
async function receiver(): Promise<{ port: number; seen: Notification[]; close: () => void }> {
  const seen: Notification[] = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({ path: req.url ?? '', headers: req.headers, body: JSON.parse(text) });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, seen, close: () => server.close() };
}

toolTest(test, ['bash', 'prometheus', 'prometheus-node-exporter', 'prometheus-alertmanager'], 'the Watchdog reaches its receiver with the run label and links people can follow, and a scrape target that goes away fires TargetDown to the team', async (tools) => {
  const dir = tempDir();
  const hooks = await receiver();
  const [prom, node, am] = [await freePort(), await freePort(), await freePort()];
  writeFileSync(path.join(dir, 'token'), 'watchdog-secret\n');
  // Debian ships Prometheus 2.42 and Alertmanager 0.25: the files are generated for those releases.
  writeFileSync(path.join(dir, 'observability.config.yaml'), `version: 1
versions: { prometheus: 2.42.0, alertmanager: 0.25.0 }
output: { dir: out }
network: { bindAddress: 127.0.0.1 }
container: { command: [sleep, '300'] }
prometheus: { port: ${prom}, scrapeInterval: 1s, scrapeTimeout: 1s, evaluationInterval: 1s }
jaeger: { enabled: false }
exporters:
  nodeExporter: { port: ${node} }
  dcgmExporter: { enabled: false }
  cadvisor: { enabled: false }
modelServer: { enabled: false }
alerting:
  for: { TargetDown: 2s }
alertmanager:
  enabled: true
  port: ${am}
  externalUrl: https://alerts.lab.example.com/am/
  receivers:
    - name: team
      webhook: { url: 'http://127.0.0.1:${hooks.port}/team' }
    - name: deadman
      webhook: { url: 'http://127.0.0.1:${hooks.port}/deadman', bearerTokenFile: ${path.join(dir, 'token')} }
  route: { receiver: team, groupWait: 1s, groupInterval: 1s }
  watchdog: { receiver: deadman, repeatInterval: 5s }
`);
  const outDir = await buildInto(dir);
  const bin = sandboxPath(dir, { prometheus: tools.prometheus!, 'prometheus-node-exporter': tools['prometheus-node-exporter']!, 'prometheus-alertmanager': tools['prometheus-alertmanager']! });
  const root = path.join(dir, 'telemetry');
  const child: ChildProcess = spawn(which('bash')!, [path.join(outDir, 'init-run.sh')], { env: { PATH: bin, HOME: dir, OBS_TELEMETRY_ROOT: root }, stdio: 'ignore' });
  let daemons: ReturnType<typeof pidsIn> = [];
  try {
    const log = await eventually('the run log', async () => {
      const logs = existsSync(path.join(root, 'logs')) ? readdirSync(path.join(root, 'logs')).filter((f) => f.endsWith('.log')) : [];
      const text = logs.length === 1 ? readFileSync(path.join(root, 'logs', logs[0]!), 'utf8') : '';
      return /running sleep 300/.test(text) ? text : undefined;
    }, 20_000);
    daemons = pidsIn(log);
    assert.equal(daemons.map((d) => d.name).sort(), ['alertmanager', 'node_exporter', 'prometheus']);
    assert.is(daemons.find((d) => d.name === 'alertmanager')!.binary, 'prometheus-alertmanager', 'Alertmanager is found under its Debian name');
    const runId = /run (container-run-\S+) started/.exec(log)![1]!;
    assert.ok(existsSync(path.join(root, 'alertmanager', 'state')), 'Alertmanager keeps its state in one folder across runs');

    // Prometheus drops what fires before it has discovered the Alertmanager (its first seconds) and sends a firing
    // alert again every minute (--rules.alert.resend-delay): the Watchdog arrives within about a minute.
    const watchdog = await eventually('the Watchdog at its receiver', async () => hooks.seen.find((n) => n.body.alerts.some((a) => a.labels.alertname === 'Watchdog')), 120_000);
    assert.is(watchdog.path, '/deadman');
    assert.is(watchdog.body.receiver, 'deadman');
    assert.is(watchdog.headers.authorization, 'Bearer watchdog-secret', 'the token is read from its file');
    assert.is(watchdog.body.alerts[0]!.labels.container_run, runId, 'alerts carry the run id');
    assert.is(watchdog.body.alerts[0]!.labels.severity, 'none');
    // Links people follow: to Alertmanager where it is published behind its proxy (whose path it does not serve
    // under: Prometheus reaches it at its root, or the Watchdog would not have come), and from each alert to its
    // query on Prometheus where its port is published, not at the hostname of the machine it runs on.
    assert.is(watchdog.body.externalURL, 'https://alerts.lab.example.com/am');
    assert.ok(watchdog.body.alerts[0]!.generatorURL.startsWith(`http://localhost:${prom}/graph?g0.expr=`), watchdog.body.alerts[0]!.generatorURL);

    // A real fault: node_exporter goes away, its scrape fails, TargetDown fires after its 2 s.
    const nodeExporter = daemons.find((d) => d.name === 'node_exporter')!;
    stop(nodeExporter.pid);
    const down = await eventually('TargetDown at the team receiver', async () => hooks.seen.find((n) => n.body.alerts.some((a) => a.labels.alertname === 'TargetDown' && a.status === 'firing')), 90_000);
    assert.is(down.path, '/team');
    const alert = down.body.alerts.find((a) => a.labels.alertname === 'TargetDown')!;
    assert.is(alert.labels.job, 'node_exporter');
    assert.is(alert.labels.container_run, runId);
    assert.is(alert.labels.pack, 'stack');
    assert.not.ok(hooks.seen.some((n) => n.path === '/team' && n.body.alerts.some((a) => a.labels.alertname === 'Watchdog')), 'the Watchdog never goes to the team');
  } catch (error) {
    // What the daemons said is the first thing to read when the path breaks.
    const logs = existsSync(path.join(root, 'logs')) ? readdirSync(path.join(root, 'logs')) : [];
    const text = logs.map((f) => readFileSync(path.join(root, 'logs', f), 'utf8')).join('\n');
    const said = text.split('\n').filter((l) => !l.includes('collector.go')).slice(-40);
    throw new Error(`${(error as Error).message}\n--- run log (node_exporter's collector lines left out) ---\n${said.join('\n')}`);
  } finally {
    for (const d of daemons) stop(d.pid);
    if (child.pid) stop(child.pid);
    hooks.close();
    await sleep(300);
    cleanup(dir);
  }
});

/**
 * A dev container that runs Debian's Alertmanager (0.25) and nothing else, with `receivers` and `route` (YAML flow
 * text), built in `dir`: each `run` starts its init-run.sh, waits for the Alertmanager to answer, does `during`, then
 * stops it with SIGTERM as `docker stop` does.
 */
async function alertmanagerAlone(dir: string, alertmanager: string, receivers: string, route: string) {
  const am = await freePort();
  writeFileSync(path.join(dir, 'observability.config.yaml'), `version: 1
versions: { alertmanager: 0.25.0 }
output: { dir: out }
network: { bindAddress: 127.0.0.1 }
container: { command: [sleep, '300'] }
prometheus: { enabled: false }
jaeger: { enabled: false }
exporters: { nodeExporter: { enabled: false }, dcgmExporter: { enabled: false }, cadvisor: { enabled: false } }
modelServer: { enabled: false }
alertmanager:
  enabled: true
  port: ${am}
  receivers: ${receivers}
  route: ${route}
`);
  const outDir = await buildInto(dir);
  const bin = sandboxPath(dir, { 'prometheus-alertmanager': alertmanager });
  const api = `http://127.0.0.1:${am}/api/v2`;
  const run = async (during: () => Promise<void>) => {
    const child: ChildProcess = spawn(which('bash')!, [path.join(outDir, 'init-run.sh')], { env: { PATH: bin, HOME: dir, OBS_TELEMETRY_ROOT: path.join(dir, 'telemetry') }, stdio: 'ignore' });
    try {
      await eventually('Alertmanager to answer', async () => ((await fetch(`${api}/status`)).ok ? true : undefined), 20_000);
      await during();
    } finally {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000)]);
    }
  };
  return { api, run };
}

toolTest(test, ['bash', 'prometheus-alertmanager'], 'a silence outlives the container: stopped with SIGTERM, the next run\'s Alertmanager still has it', async (tools) => {
  const dir = tempDir();
  try {
    const { api, run } = await alertmanagerAlone(dir, tools['prometheus-alertmanager']!, "[{ name: team, webhook: { url: 'http://127.0.0.1:9/hook' } }]", '{ receiver: team }');
    const silences = `${api}/silences`;
    const now = new Date();
    const silence = { matchers: [{ name: 'alertname', value: 'GpuMissing', isRegex: false }], startsAt: now.toISOString(), endsAt: new Date(now.getTime() + 48 * 3600_000).toISOString(), createdBy: 'test', comment: 'maintenance' };
    await run(async () => assert.ok((await fetch(silences, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(silence) })).ok));
    await run(async () => {
      const kept = (await (await fetch(silences)).json()) as { comment: string; status: { state: string } }[];
      assert.equal(kept.map((s) => [s.comment, s.status.state]), [['maintenance', 'active']]);
    });
  } finally {
    await sleep(300);
    cleanup(dir);
  }
});

toolTest(test, ['bash', 'prometheus-alertmanager'], "a Slack receiver's message carries each alert's summary and description, not only its name", async (tools) => {
  const dir = tempDir();
  const slack = await receiver();
  try {
    writeFileSync(path.join(dir, 'slack-url'), `http://127.0.0.1:${slack.port}/slack\n`);
    const { api, run } = await alertmanagerAlone(dir, tools['prometheus-alertmanager']!, `[{ name: team, slack: { apiUrlFile: ${path.join(dir, 'slack-url')} } }]`, '{ receiver: team, groupWait: 1s, groupInterval: 1s }');
    await run(async () => {
      const alert = [{ labels: { alertname: 'KvCachePressure', model_name: 'qwen', severity: 'warning' }, annotations: { summary: 'The KV cache of qwen is nearly full', description: 'The KV-cache token pool has been fuller than the configured share for 10 minutes.' } }];
      assert.ok((await fetch(`${api}/alerts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(alert) })).ok);
      const message = await eventually('the Slack message', async () => slack.seen[0], 30_000);
      const text = (message.body as unknown as { attachments: { title: string; text: string }[] }).attachments[0]!.text;
      assert.match(text, /\*The KV cache of qwen is nearly full\*\nThe KV-cache token pool has been fuller than the configured share for 10 minutes\./);
    });
  } finally {
    slack.close();
    await sleep(300);
    cleanup(dir);
  }
});

/** An SMTP server on 127.0.0.1 that accepts every message and keeps each one's envelope recipients and text. */
async function smtpServer(): Promise<{ port: number; seen: { to: string[]; data: string }[]; close: () => void }> {
  const seen: { to: string[]; data: string }[] = [];
  const server = createNetServer((socket) => {
    let to: string[] = [];
    let data: string | undefined;
    let pending = '';
    const say = (line: string) => socket.write(`${line}\r\n`);
    say('220 test ESMTP');
    socket.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      for (let at = pending.indexOf('\r\n'); at !== -1; at = pending.indexOf('\r\n')) {
        const line = pending.slice(0, at);
        pending = pending.slice(at + 2);
        if (data !== undefined) {
          if (line !== '.') data += `${line}\n`;
          else {
            seen.push({ to, data });
            [to, data] = [[], undefined];
            say('250 queued');
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') say('250 test');
        else if (verb === 'RCPT') (to.push(/<([^>]*)>/.exec(line)?.[1] ?? line), say('250 ok'));
        else if (verb === 'DATA') ((data = ''), say('354 go on'));
        else if (verb === 'QUIT') (say('221 bye'), socket.end());
        else say('250 ok');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, seen, close: () => server.close() };
}

toolTest(test, ['bash', 'prometheus-alertmanager'], 'an e-mail receiver with a list of recipients sends one message to each of them', async (tools) => {
  const dir = tempDir();
  const smtp = await smtpServer();
  try {
    const mail = `{ to: [oncall@example.com, lead@example.com], from: alerts@example.com, smarthost: '127.0.0.1:${smtp.port}', requireTls: false }`;
    const { api, run } = await alertmanagerAlone(dir, tools['prometheus-alertmanager']!, `[{ name: team, email: ${mail} }]`, '{ receiver: team, groupWait: 1s, groupInterval: 1s }');
    assert.match(readFileSync(path.join(dir, 'out', 'alertmanager.yml'), 'utf8'), /\n {6}- to: oncall@example\.com, lead@example\.com\n/);
    await run(async () => {
      const alert = [{ labels: { alertname: 'GpuMissing', severity: 'critical' }, annotations: { summary: 'A GPU is gone' } }];
      assert.ok((await fetch(`${api}/alerts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(alert) })).ok);
      const message = await eventually('the e-mail', async () => smtp.seen[0], 30_000);
      assert.equal(message.to, ['oncall@example.com', 'lead@example.com']);
      assert.match(message.data, /^To: oncall@example\.com, lead@example\.com$/m);
    });
  } finally {
    smtp.close();
    await sleep(300);
    cleanup(dir);
  }
});

// amtool of Debian's Alertmanager 0.25 on every checked-in alertmanager.yml and on receivers of every kind.
for (const bundle of BUNDLES.filter((b) => existsSync(path.join(b.dir, 'alertmanager.yml')))) {
  toolTest(test, ['amtool'], `amtool check-config accepts ${bundle.name}/alertmanager.yml`, () => {
    const r = runTool('amtool', ['check-config', path.join(bundle.dir, 'alertmanager.yml')]);
    assert.is(r.code, 0, r.out);
    assert.match(r.out, /SUCCESS/);
  });
}

toolTest(test, ['amtool'], 'amtool check-config accepts webhook, e-mail and Slack receivers with every credential in a file', async () => {
  const files = await compileVariant('sglang-dev', [
    [['alertmanager', 'receivers'], [
      { name: 'hook', webhook: { url: 'https://hooks.example.com/x', basicAuth: { username: 'obs', passwordFile: '/run/secrets/hook' } } },
      { name: 'mail', email: { to: 'oncall@example.com', from: 'alerts@example.com', smarthost: 'smtp.example.com:587', authUsername: 'alerts', authPasswordFile: '/run/secrets/smtp' } },
      { name: 'chat', slack: { apiUrlFile: '/run/secrets/slack-url', channel: '#alerts' } },
    ]],
    [['alertmanager', 'route', 'receiver'], 'mail'],
    [['alertmanager', 'watchdog', 'receiver'], 'hook'],
  ]);
  const dir = tempDir();
  try {
    writeFileSync(path.join(dir, 'alertmanager.yml'), files['alertmanager.yml']!);
    const r = runTool('amtool', ['check-config', path.join(dir, 'alertmanager.yml')]);
    assert.is(r.code, 0, r.out);
    assert.match(r.out, /3 receivers/);
  } finally {
    cleanup(dir);
  }
});

toolTest(test, ['amtool'], "amtool routes every alert of the rules by its severity: critical ones to route.criticalReceiver, the Watchdog to its own, the rest to route.receiver", async () => {
  const files = await compileVariant('sglang-dev', [
    [['alertmanager', 'receivers'], [
      { name: 'team', webhook: { url: 'http://alerts.lab.internal:8080/hook' } },
      { name: 'pager', webhook: { url: 'http://pager.lab.internal:8080/page' } },
      { name: 'deadman', webhook: { url: 'https://deadman.example.com/ping' } },
    ]],
    [['alertmanager', 'route', 'criticalReceiver'], 'pager'],
  ]);
  const dir = tempDir();
  try {
    const config = path.join(dir, 'alertmanager.yml');
    writeFileSync(config, files['alertmanager.yml']!);
    // Each alert as the rule file labels it: its name and severity (the run label every alert carries too).
    const rules = (parseYaml(files['alert-rules.yml']!) as { groups: { rules: { alert?: string; labels?: Record<string, string> }[] }[] }).groups.flatMap((g) => g.rules).filter((r) => r.alert);
    const severities = new Set(rules.map((r) => r.labels!.severity));
    assert.ok(severities.has('critical') && severities.has('warning'), [...severities].join(', '));
    for (const r of rules) {
      const expected = r.alert === 'Watchdog' ? 'deadman' : r.labels!.severity === 'critical' ? 'pager' : 'team';
      const routed = runTool('amtool', ['config', 'routes', 'test', `--config.file=${config}`, `--verify.receivers=${expected}`, `alertname=${r.alert}`, `severity=${r.labels!.severity}`, 'container_run=run-1']);
      assert.is(routed.code, 0, `${r.alert} (${r.labels!.severity}): ${routed.out}`);
    }
  } finally {
    cleanup(dir);
  }
});

test.run();
