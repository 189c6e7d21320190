/**
 * `obscompile lint`: the mistakes of hand-kept rule files and dashboards (fixtures reproducing upstream ones, with
 * their source named) are findings at their file, line and column, in every output format; the generated rules and
 * dashboards of every example are clean; `--versions` tells what an upgrade would take from the queries.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatText } from '../src/diagnostics/format.js';
import { runLint } from '../src/lint/run.js';
import { ROOT, assertMatchesFile, cleanup, cli, tempDir } from './helpers.js';
import { BUNDLES } from './integration/tools.js';
import { fleetDir } from './fleet-dir.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/lint');
const example = path.join(ROOT, 'examples/sglang-dev');

for (const file of readdirSync(FIXTURES).filter((f) => !f.endsWith('.diagnostics.txt'))) {
  test(`lint ${file}: every mistake at its line and column`, async () => {
    // vllm-* fixtures are linted against the vLLM example, the others against SGLang's.
    const cwd = file.startsWith('vllm-') ? path.join(ROOT, 'examples/vllm-dev') : example;
    const rel = path.relative(cwd, path.join(FIXTURES, file));
    const r = await runLint({ cwd, files: [rel] });
    assert.ok(r.diagnostics.length > 0, 'the fixture has mistakes');
    assertMatchesFile(`${formatText(r.diagnostics, r.texts)}\n`, path.join(FIXTURES, `${file}.diagnostics.txt`));
  });
}

test('the generated rules and dashboards of every example are clean', async () => {
  // Each example's own build (a fleet's hosts add settings of the fleet file that a lint of one config does not see).
  for (const bundle of BUNDLES.filter((b) => b.name.endsWith('/out'))) {
    const files = readdirSync(bundle.dir).filter((f) => f === 'alert-rules.yml' || /^dashboard-.*\.json$/.test(f));
    assert.ok(files.length > 0, bundle.name);
    const r = await runLint({ cwd: bundle.dir, config: path.join(bundle.dir, '..', 'observability.config.yaml'), files });
    assert.equal(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`), [], bundle.name);
  }
});

test('--fleet: a central store\'s dashboards are checked against every host, not against the base alone', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\noutput: { dir: fleet }\ncentral: { address: 10.0.0.1 }\nhosts:\n  - name: gpu-a\n  - name: gpu-b\n    config: { modelServer: { engine: vllm } }\n');
  try {
    assert.is((await cli(['build', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
    const files = readdirSync(path.join(dir, 'fleet', 'central')).filter((f) => /^dashboard-.*\.json$/.test(f)).map((f) => `fleet/central/${f}`);
    const fleet = await runLint({ cwd: dir, fleet: 'observability.fleet.yaml', files });
    assert.equal(fleet.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`), []);
    // The central store's own rules read what it scrapes of its own services (its Alertmanager's, say), which no host sends.
    const own = await runLint({ cwd: dir, fleet: 'observability.fleet.yaml', files: ['fleet/central/alert-rules.yml'] });
    assert.equal(own.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`), []);
    assert.match(readFileSync(path.join(dir, 'fleet/central/alert-rules.yml'), 'utf8'), /alertmanager_notifications_failed_total/, 'the rules read the central Alertmanager');
    // The base config alone runs SGLang: the vLLM host's panels read series it does not store.
    const alone = await runLint({ cwd: dir, files });
    assert.ok(alone.diagnostics.some((d) => d.code === 'OBS_QUERY_UNAVAILABLE' && /`vllm:\S+` is a metric of vLLM server, which this configuration does not scrape/.test(d.message)), alone.diagnostics.map((d) => d.message).join('\n'));
    const both = await cli(['lint', '--fleet', 'observability.fleet.yaml', '--config', 'observability.config.yaml', files[0]!], dir);
    assert.is(both.code, 2);
    assert.match(both.stderr, /--config does not apply with --fleet/);
  } finally {
    cleanup(dir);
  }
});

test('--versions: what the queries would lose at other releases, and nothing they keep', async () => {
  const rules = path.relative(example, path.join(example, 'out', 'alert-rules.yml'));
  const jaeger1 = await runLint({ cwd: example, files: [rules], versions: 'jaeger=1.76.0' });
  assert.equal(jaeger1.diagnostics.map((d) => d.message.replace(/ is stored.*/, '')), [
    'rule JaegerRefusingSpans: at the releases --versions names, no series `otelcol_receiver_refused_spans_total`',
    'rule JaegerExportFailing: at the releases --versions names, no series `otelcol_exporter_send_failed_spans_total`',
  ]);
  const same = await runLint({ cwd: example, files: [rules], versions: 'prometheus=3.14.0' });
  assert.equal(same.diagnostics, []);
  // The other engine's release changes nothing the queries read: said, not answered with "still clean".
  const other = await runLint({ cwd: example, files: [rules], versions: 'vllm=0.32.0' });
  assert.equal(other.diagnostics.map((d) => [d.code, d.message]), [['OBS_USAGE', '--versions vllm=0.32.0: the config runs SGLang, not vLLM, so a release of `vllm` changes nothing lint checks']]);
  // A file that is wrong today stays wrong with --versions: its findings are not traded for the upgrade's.
  const fixture = path.relative(example, path.join(FIXTURES, readdirSync(FIXTURES).find((f) => f.endsWith('.yml') || f.endsWith('.yaml'))!));
  const today = (await runLint({ cwd: example, files: [fixture] })).diagnostics.map((d) => d.message);
  assert.ok(today.length > 0);
  assert.equal((await runLint({ cwd: example, files: [fixture], versions: 'prometheus=3.14.0' })).diagnostics.map((d) => d.message), today);
  const bad = await runLint({ cwd: example, files: [rules], versions: 'sglang=latest' });
  assert.match(bad.diagnostics[0]!.message, /--versions sglang=latest: `sglang=latest` is a release the schema does not accept/);
  assert.match(bad.diagnostics[0]!.hint!, /^sglang takes a release number, such as 0\.5\.\d+/);
  const dcgm = await runLint({ cwd: example, files: [rules], versions: 'prometheus=3.14.0,dcgmExporter=5.0.0' });
  assert.match(dcgm.diagnostics[0]!.hint!, /^dcgmExporter takes one of: 4\.0\.0-4\.0\.1, /);
  // What validate refuses (a release older than obscompile generates for), lint refuses too.
  const old = await runLint({ cwd: example, files: [rules], versions: 'prometheus=1.8.2' });
  assert.equal(old.diagnostics.map((d) => d.code), ['OBS_USAGE']);
  assert.match(old.diagnostics[0]!.message, /--versions prometheus=1\.8\.2: prometheus 1\.8\.2 is older than/);
  const unknown = await runLint({ cwd: example, files: [rules], versions: 'tgi=3.0.0' });
  assert.match(unknown.diagnostics[0]!.hint!, /the components: sglang, prometheus/);
  const twice = await runLint({ cwd: example, files: [rules], versions: 'sglang=0.5.6,sglang=0.5.7' });
  assert.equal(twice.diagnostics.map((d) => [d.code, d.message]), [['OBS_USAGE', '--versions sglang=0.5.6,sglang=0.5.7: `sglang` is given twice']]);
});

test('labels a source adds in a later release: clean at the pinned one, lost at an earlier one', async () => {
  const dir = tempDir('obscompile-lint-labels-');
  try {
    // prometheus/prometheus #16355 (3.10.0) labels dropped notifications by Alertmanager; alertmanager #3094 (0.26.0) adds `reason`.
    const rules = 'groups:\n  - name: mine\n    rules:\n      - alert: Dropped\n        expr: sum by (alertmanager) (increase(prometheus_notifications_dropped_total[10m])) > 0\n      - alert: Failing\n        expr: sum by (reason) (increase(alertmanager_notifications_failed_total[10m])) > 0\n';
    writeFileSync(path.join(dir, 'rules.yml'), rules);
    const file = path.relative(example, path.join(dir, 'rules.yml'));
    const pinned = await runLint({ cwd: example, files: [file] });
    assert.equal(pinned.diagnostics, []);
    const older = await runLint({ cwd: example, files: [file], versions: 'prometheus=3.9.0,alertmanager=0.25.0' });
    assert.equal(older.diagnostics.map((d) => [d.line, d.code]), [[5, 'OBS_QUERY_LABEL'], [7, 'OBS_QUERY_LABEL']], formatText(older.diagnostics, older.texts));
    const from = await runLint({ cwd: example, files: [file], versions: 'prometheus=3.10.0,alertmanager=0.26.0' });
    assert.equal(from.diagnostics, []);
  } finally {
    cleanup(dir);
  }
});

test("job matchers: an extra target that documents no metrics may store anything; Prometheus 2's _ names are the stored ones", async () => {
  const dir = tempDir('obscompile-lint-jobs-');
  try {
    const config = readFileSync(path.join(example, 'observability.config.yaml'), 'utf8').replace(/^prometheus:\n/m, 'prometheus:\n  extraTargets:\n    - { job: node_remote, targets: ["10.0.0.5:9100"], labels: { site: lab } }\n');
    assert.match(config, /job: node_remote/);
    writeFileSync(path.join(dir, 'observability.config.yaml'), config.replace(/^ {2}prometheus: 3\.14\.0$/m, '  prometheus: 3.14.0'));
    writeFileSync(path.join(dir, 'rules.yml'), 'groups:\n  - name: mine\n    rules:\n      - alert: A\n        expr: rate(node_cpu_seconds_total{job="node_remote",mode="idle"}[5m]) < 0.1\n      - alert: B\n        expr: rate(node_cpu_seconds_total{job="sglang"}[5m]) > 0\n');
    const jobs = await runLint({ cwd: dir, files: ['rules.yml'] });
    assert.equal(jobs.diagnostics.map((d) => [d.line, d.code]), [[7, 'OBS_QUERY_LABEL']], formatText(jobs.diagnostics, jobs.texts));
    writeFileSync(path.join(dir, 'observability.config.yaml'), config.replace(/^ {2}prometheus: 3\.14\.0$/m, '  prometheus: 2.42.0'));
    writeFileSync(path.join(dir, 'rules.yml'), 'groups:\n  - name: mine\n    rules:\n      - alert: A\n        expr: sglang_num_running_reqs{job="sglang"} > 3\n');
    const old = await runLint({ cwd: dir, files: ['rules.yml'] });
    assert.equal(old.diagnostics, [], formatText(old.diagnostics, old.texts));
  } finally {
    cleanup(dir);
  }
});

test('lint on the command line: exit codes, a file it cannot read, and positions in json, github and sarif', async () => {
  const dashboard = path.relative(example, path.join(FIXTURES, 'sglang-dashboard-pr15758.json'));
  const clean = await cli(['lint', 'out/alert-rules.yml', 'out/dashboard-serving.json'], example);
  assert.is(clean.code, 0, clean.stderr);
  const read = (f: string) => readFileSync(path.join(example, f), 'utf8');
  // Every rule expr, panel target and label_values(query, label) variable is a query checked.
  const queries = read('out/alert-rules.yml').match(/\bexpr:/g)!.length + read('out/dashboard-serving.json').match(/"expr": /g)!.length + read('out/dashboard-serving.json').match(/"query": "label_values\((?:[^"\\]|\\.)*,/g)!.length;
  assert.match(clean.stdout, new RegExp(`^2 files, ${queries} queries: every query reads what the stack stores\n$`));
  const empty = tempDir();
  try {
    writeFileSync(path.join(empty, 'nothing.json'), '{ "title": "Logs", "panels": [] }');
    const none = await cli(['lint', path.join(empty, 'nothing.json')], example);
    assert.is(none.code, 0);
    assert.match(none.stdout, /^1 file: no PromQL query found to check/, 'a file with nothing lint can see is not called clean');
    // A .json file is read as JSON even when it starts with a comment (devcontainer.json is JSONC).
    const jsonc = await cli(['lint', 'out/devcontainer.json'], example);
    assert.match(jsonc.stderr, /out\/devcontainer\.json:1:1: error \[OBS_LINT_FILE\] not a Grafana dashboard: no `panels`/);
  } finally {
    cleanup(empty);
  }
  const json = await cli(['lint', dashboard, '--format', 'json'], example);
  assert.is(json.code, 1);
  const rows = (JSON.parse(json.stdout) as { diagnostics: { file: string; line: number; column: number; code: string }[] }).diagnostics;
  assert.equal(rows[0], { ...rows[0], file: dashboard, line: 11, column: 77, code: 'OBS_QUERY_UNKNOWN_METRIC' });
  const github = await cli(['lint', dashboard, '--format', 'github'], example);
  assert.match(github.stderr, new RegExp(`^::error file=${dashboard.replace(/\./g, '\\.')},line=11,col=77,title=OBS_QUERY_UNKNOWN_METRIC::`, 'm'));
  const sarif = JSON.parse((await cli(['lint', dashboard, '--format', 'sarif'], example)).stdout);
  assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.region, { startLine: 11, startColumn: 77 });
  const missing = await cli(['lint', 'no-such-file.yml'], example);
  assert.is(missing.code, 2);
  assert.match(missing.stderr, /^no-such-file\.yml: error \[OBS_IO\] cannot read no-such-file\.yml: it does not exist \(ENOENT\)\n {2}hint: check the path: lint reads/m);
  assert.not.match(missing.stderr, /no file to lint/, 'one error for one missing file');
  // A folder: its rule files and dashboards are linted, its other YAML and JSON files (not hidden ones) left out and named.
  const folder = await cli(['lint', 'out'], example);
  assert.is(folder.code, 0, folder.stderr);
  const outFiles = readdirSync(path.join(example, 'out')).filter((f) => /\.(ya?ml|json)$/.test(f) && !f.startsWith('.')).sort();
  const linted = outFiles.filter((f) => f === 'alert-rules.yml' || f.startsWith('dashboard-'));
  assert.match(folder.stdout, new RegExp(`^${linted.length} files, \\d+ queries: every query reads what the stack stores\n$`));
  const left = outFiles.filter((f) => !linted.includes(f)).map((f) => `out/${f}`);
  assert.ok(left.includes('out/prometheus.yml') && left.includes('out/devcontainer.json'), left.join());
  assert.is(folder.stderr.slice(folder.stderr.indexOf('left out')).trim(), `left out ${left.length} files of the folders that are no rule file or dashboard (name one to see why): ${left.join(', ')}`);
  const nothing = tempDir();
  try {
    const emptyFolder = await cli(['lint', nothing], example);
    assert.is(emptyFolder.code, 2);
    assert.match(emptyFolder.stderr, /holds no YAML or JSON file to lint/);
    // YAML that is neither: an error, not a clean run of nothing.
    writeFileSync(path.join(nothing, 'values.yml'), 'a: 1\n');
    const neither = await cli(['lint', nothing], example);
    assert.is(neither.code, 2);
    assert.match(neither.stderr, /no Prometheus rule file or Grafana dashboard in .* \(its one YAML or JSON file is neither\)/);
    // A hidden folder is looked into (the default output folder is .devcontainer/observability); .git is not.
    for (const sub of ['.devcontainer/observability', '.git']) {
      mkdirSync(path.join(nothing, sub), { recursive: true });
      writeFileSync(path.join(nothing, sub, 'alert-rules.yml'), readFileSync(path.join(example, 'out', 'alert-rules.yml')));
    }
    const hidden = await cli(['lint', nothing], example);
    assert.is(hidden.code, 0, hidden.stderr);
    assert.match(hidden.stdout, /^1 file, \d+ queries/);
  } finally {
    cleanup(nothing);
  }
  const notRules = await cli(['lint', 'observability.config.yaml'], example);
  assert.is(notRules.code, 1);
  assert.match(notRules.stderr, /not a Prometheus rule file: no `groups` list/);
  assert.match(readFileSync(path.join(FIXTURES, 'sglang-dashboard-pr15758.json'), 'utf8'), /PR #15758/);
});

test('lint refuses a file that is not UTF-8, naming where, and lints the others', async () => {
  const dir = tempDir();
  try {
    const utf16 = path.join(dir, 'rules.yml');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('groups: []\n', 'utf16le')]));
    const r = await runLint({ cwd: example, files: [utf16, 'out/alert-rules.yml'] });
    assert.equal(r.diagnostics.map((d) => [d.file, d.code, d.line, d.column]), [[utf16, 'OBS_NOT_UTF8', 1, 1]]);
  } finally {
    cleanup(dir);
  }
});

test('a file with a UTF-8 byte-order mark (Windows editors write one) lints as without it, at the same positions', async () => {
  const dir = tempDir();
  try {
    const original = path.join(FIXTURES, 'sglang-dashboard-pr15758.json');
    const marked = path.join(dir, 'dashboard.json');
    writeFileSync(marked, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(original)]));
    const where = async (file: string) => (await runLint({ cwd: example, files: [file] })).diagnostics.map((d) => [d.code, d.line, d.column]);
    const expected = await where(original);
    assert.ok(expected.length > 0, 'the fixture has findings');
    assert.equal(await where(marked), expected);
  } finally {
    cleanup(dir);
  }
});

test.run();
