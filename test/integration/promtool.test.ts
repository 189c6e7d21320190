/**
 * `promtool check config` (Debian's, Prometheus 2.42) on the generated prometheus.yml of both majors: the Prometheus 2
 * flavour as it is, the Prometheus 3 flavour apart from its one 3.x-only block (retention in the config file, which
 * 2.42 rejects and 3.11+ reads; config/config.go TSDBRetentionConfig @ v3.14.0). promtool also loads the rule files
 * prometheus.yml names, so the generated alert-rules.yml beside it is checked with it.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse, stringify } from 'yaml';
import { compile } from '../../src/compile.js';
import { lint } from '../../src/lint/lint.js';
import { parseUrl } from '../../src/check/remote-write.js';
import { ROOT, cleanup, tempDir } from '../helpers.js';
import { BUNDLES, EXAMPLES, compileVariant, exampleOut, runTool, toolTest } from './tools.js';

/** `promtool check config` on `text` as prometheus.yml, with the rule files of `bundle` beside it. */
function promtool(text: string, bundle: Record<string, string | undefined>) {
  const dir = tempDir();
  try {
    const file = path.join(dir, 'prometheus.yml');
    writeFileSync(file, text);
    for (const rules of parse(text).rule_files ?? []) writeFileSync(path.join(dir, rules), bundle[rules] ?? '');
    return runTool('promtool', ['check', 'config', file]);
  } finally {
    cleanup(dir);
  }
}

/** The files of a written bundle, by name. */
const filesOf = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.yml')).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));

for (const name of EXAMPLES) {
  const file = path.join(exampleOut(name), 'prometheus.yml');
  if (!existsSync(file)) continue;

  toolTest(test, ['promtool'], `promtool accepts examples/${name} compiled for Prometheus 2 (2.55.1) as it is`, async () => {
    const bundle = await compileVariant(name, [[['versions', 'prometheus'], '2.55.1']]);
    const v2 = bundle['prometheus.yml']!;
    assert.not.ok(parse(v2).storage, 'no retention block for Prometheus 2: it takes --storage.tsdb.retention.time');
    const r = promtool(v2, bundle);
    assert.is(r.code, 0, r.out);
    assert.match(r.out, /SUCCESS/);
    if (bundle['alert-rules.yml']) assert.match(r.out, /alert-rules\.yml[\s\S]*SUCCESS: \d+ rules found/);
  });

  toolTest(test, ['promtool'], `examples/${name}/out/prometheus.yml (Prometheus 3): promtool 2.42 accepts all but the 3.x retention block`, () => {
    const v3 = readFileSync(file, 'utf8');
    const bundle = filesOf(exampleOut(name));
    const doc = parse(v3);
    assert.equal(doc.storage, { tsdb: { retention: { time: doc.storage.tsdb.retention.time } } }, 'retention is the only 3.x-only setting');
    const whole = promtool(v3, bundle);
    assert.is.not(whole.code, 0, 'Prometheus 2 really rejects the 3.x block, so the v2 flavour must leave it out');
    assert.match(whole.out, /field retention not found/);
    delete doc.storage;
    const rest = promtool(stringify(doc), bundle);
    assert.is(rest.code, 0, rest.out);
  });
}

// The fleet examples' per-host and central bundles: the same check on each prometheus.yml.
for (const bundle of BUNDLES.filter((b) => b.name.includes('/hosts/'))) {
  toolTest(test, ['promtool'], `promtool accepts ${bundle.name}/prometheus.yml (apart from a 3.x retention block)`, () => {
    const doc = parse(readFileSync(path.join(bundle.dir, 'prometheus.yml'), 'utf8'));
    delete doc.storage;
    const r = promtool(stringify(doc), filesOf(bundle.dir));
    assert.is(r.code, 0, r.out);
  });
}

toolTest(test, ['promtool'], 'promtool rejects a prometheus.yml whose scrape timeout exceeds its interval', () => {
  const broken = readFileSync(path.join(exampleOut('sglang-dev'), 'prometheus.yml'), 'utf8').replace('scrape_timeout: 10s', 'scrape_timeout: 1m');
  const doc = parse(broken);
  delete doc.storage;
  const r = promtool(stringify(doc), filesOf(exampleOut('sglang-dev')));
  assert.is.not(r.code, 0);
  assert.match(r.out, /scrape timeout greater than scrape interval/i);
});

toolTest(test, ['promtool'], "lint refuses a rule file's duration exactly when promtool check rules does", async () => {
  const compiled = await compile({ cwd: path.join(ROOT, 'examples/sglang-dev'), config: 'observability.config.yaml' });
  const durations = ['0', '5m', '1h30m', '90s', '1y2w3d4h5m6s7ms', '15', '5 minutes', '30m1h', '1h1h', '1.5m', '-5m', '5M', '0s', '10000000y', '106751d', ' 5m', '5mm', '1µs', ''];
  let refused = 0;
  for (const d of durations) {
    for (const key of ['for', 'keep_firing_for', 'interval']) {
      const group = key === 'interval' ? `    interval: "${d}"\n` : '';
      const rule = key === 'interval' ? '' : `        ${key}: "${d}"\n`;
      const text = `groups:\n  - name: g\n${group}    rules:\n      - alert: A\n        expr: up == 0\n${rule}`;
      const dir = tempDir();
      try {
        writeFileSync(path.join(dir, 'r.yml'), text);
        const tool = runTool('promtool', ['check', 'rules', path.join(dir, 'r.yml')]);
        const found = lint([{ path: 'r.yml', text }], [compiled.config!]).diagnostics.filter((x) => x.code === 'OBS_LINT_RULE');
        assert.is(found.length > 0, tool.code !== 0, `${key}: "${d}": promtool exit ${tool.code} ${tool.out.trim()}; lint ${found.map((x) => x.message).join('; ') || 'nothing'}`);
        if (found.length) refused++;
      } finally {
        cleanup(dir);
      }
    }
  }
  assert.ok(refused >= 3 * 10, 'most of the durations are refused by both');
});

toolTest(test, ['promtool'], 'a remote-write URL is taken exactly when promtool check config takes it', () => {
  const urls = ['http://central.lab:9090/api/v1/write', 'https://10.0.0.5/api/v1/write', 'http://[::1]:9090/x', 'http://[fe80::1%25eth0]:9090/api/v1/write', 'https://h/api/v1/write?tenant=%zz', 'https://h/a%zz', 'https://h/a%41', 'http://h:9090/x#%zz', 'http://h:99999/x', 'http://h:0/x', 'http://a b/x', 'ftp://h/x', 'http://h/x y', 'http://u v:p@h/x', 'http://h_1.lab/x', 'http://[zz]/x', 'http://h:/x'];
  let agreed = 0;
  for (const url of urls) {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'prometheus.yml');
      writeFileSync(file, `remote_write:\n  - url: ${JSON.stringify(url)}\n`);
      const tool = runTool('promtool', ['check', 'config', file]);
      const ours = parseUrl(url);
      const said = `${url}: promtool exit ${tool.code} ${tool.out.trim()}; obscompile ${typeof ours === 'string' ? ours : 'takes it'}`;
      // promtool checks how a URL parses, not whether it can be sent to: obscompile refuses a port no connection can use,
      // a scheme other than http(s) and brackets around no IPv6 address, and asks for an empty port to be written
      // (stricter on purpose).
      if (['http://h:99999/x', 'http://h:0/x', 'http://h:/x', 'ftp://h/x', 'http://[zz]/x'].includes(url)) {
        assert.ok(typeof ours === 'string' && tool.code === 0, said);
        continue;
      }
      assert.is(typeof ours !== 'string', tool.code === 0, said);
      agreed++;
    } finally {
      cleanup(dir);
    }
  }
  assert.ok(agreed >= 12);
});

test.run();
