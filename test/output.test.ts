/**
 * --format json prints exactly one JSON document on stdout for every command and outcome, valid against the shipped
 * schema/output.schema.json; --format sarif prints a SARIF 2.1.0 log valid against the official SARIF schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, cleanup, cli, configDir, tempDir } from './helpers.js';
import { FETCH_COMMAND, officialSchema } from './official-schemas.js';
import { sarifUri } from '../src/diagnostics/documents.js';

const output = new Ajv.default({ allErrors: true }).compile(JSON.parse(readFileSync(path.join(ROOT, 'schema/output.schema.json'), 'utf8')));
const VALID = 'version: 1\noutput:\n  dir: out\n';
const INVALID = 'version: 1\nprometheus:\n  port: "x"\n';

const RULES = 'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n';
const FLEET = 'version: 1\nbase: observability.config.yaml\ncentral: { address: 10.0.0.1 }\nhosts:\n  - name: gpu-a\n';

/** Each case: a config (or none), the arguments after the command, the exit code it must end with, and other files. */
const CASES: [string, string | undefined, string[], number, Record<string, string>?][] = [
  ['lint', VALID, ['rules.yml'], 0, { 'rules.yml': RULES }],
  ['lint', VALID, ['rules.yml'], 1, { 'rules.yml': RULES.replace('up == 0', 'upp == 0') }],
  ['verify', VALID, ['--prometheus', 'http://127.0.0.1:1', '--timeout', '2s'], 1],
  ['explain', VALID, ['nope.x'], 2],
  ['explain', VALID, ['alertmanager.enabled', '--fleet', 'f.yaml', '--host', 'gpu-a'], 0, { 'f.yaml': FLEET }],
  ['explain', VALID, ['prometheus.externalLabels', '--fleet', 'f.yaml', '--host', 'gpu-a'], 0, { 'f.yaml': FLEET }],
  ['check', VALID, ['--fleet', 'f.yaml'], 1, { 'f.yaml': FLEET }],
  ['validate', VALID, [], 0],
  ['validate', INVALID, [], 1],
  ['validate', undefined, [], 2],
  ['build', VALID, [], 0],
  ['build', VALID, ['--stdout', 'prometheus.yml'], 0],
  ['build', VALID, ['--stdout', 'nothing.txt'], 2],
  ['build', INVALID, [], 1],
  ['check', VALID, [], 1],
  ['docs', VALID, [], 0],
  ['docs', VALID, ['--check'], 2],
  ['docs', VALID, ['--inject', 'missing.md'], 2],
  ['schema', undefined, [], 0],
  ['init', undefined, [], 0],
  ['explain', VALID, ['prometheus.port'], 0],
  ['explain', INVALID, ['prometheus.port'], 1],
  ['build', VALID, ['--no-such-flag'], 2],
];

test('every command and outcome prints exactly one JSON document, valid against schema/output.schema.json', async () => {
  for (const [command, config, args, code, files] of CASES) {
    const dir = config === undefined ? tempDir() : configDir(config);
    for (const [name, text] of Object.entries(files ?? {})) writeFileSync(path.join(dir, name), text);
    try {
      const r = await cli([command, ...args, '--format', 'json'], dir);
      const what = `${command} ${args.join(' ')}`;
      assert.is(r.code, code, `${what}: ${r.stderr}`);
      let doc: { exitCode: number; ok: boolean; command: string } | undefined;
      try {
        doc = JSON.parse(r.stdout);
      } catch {
        assert.unreachable(`${what}: stdout is not one JSON document:\n${r.stdout}`);
      }
      if (!doc) return;
      assert.ok(output(doc), `${what}: ${JSON.stringify(output.errors)}`);
      assert.is(doc.exitCode, code);
      assert.is(doc.ok, code === 0);
    } finally {
      cleanup(dir);
    }
  }
});

test('a forced build over a hand-edited file, and one that leaves an edited file it no longer writes, report them in valid JSON', async () => {
  const dir = configDir(VALID);
  try {
    assert.is((await cli(['build'], dir)).code, 0);
    writeFileSync(path.join(dir, 'out', 'prometheus.yml'), 'edited\n');
    writeFileSync(path.join(dir, 'out', 'alert-rules.yml'), 'groups: []\n');
    writeFileSync(path.join(dir, 'observability.config.yaml'), `${VALID}alerting:\n  enabled: false\n`);
    const r = await cli(['build', '--force', '--format', 'json'], dir);
    assert.is(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { result: { replaced?: unknown; left?: unknown } };
    assert.ok(output(doc), JSON.stringify(output.errors));
    assert.equal(doc.result.replaced, [{ path: 'prometheus.yml', keptAs: 'prometheus.yml.bak', why: 'edited' }]);
    assert.equal(doc.result.left, ['alert-rules.yml']);
  } finally {
    cleanup(dir);
  }
});

test('a build whose secret files are still to be made says so in valid JSON (result.notes)', async () => {
  const dir = configDir(`${VALID}container:\n  secrets: { token: secrets/token }\n`);
  try {
    const r = await cli(['build', '--format', 'json'], dir);
    assert.is(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { result: { notes?: string[] } };
    assert.ok(output(doc), JSON.stringify(output.errors));
    assert.match(doc.result.notes?.[0] ?? '', /secrets\/token, is not there yet/);
  } finally {
    cleanup(dir);
  }
});

test('a build or fleet build replayed from its record prints a JSON document valid against schema/output.schema.json', async () => {
  const dir = configDir(VALID);
  const cache = path.join(dir, 'cache');
  try {
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), 'version: 1\nbase: observability.config.yaml\nhosts:\n  - name: gpu-a\n');
    for (const args of [['build'], ['build', '--fleet', 'observability.fleet.yaml']]) {
      assert.is((await cli(args, dir, cache)).code, 0);
      const r = await cli([...args, '--format', 'json'], dir, cache);
      const doc = JSON.parse(r.stdout) as { result: { recorded?: boolean } };
      assert.is(doc.result.recorded, true, `${args.join(' ')}: replayed`);
      assert.ok(output(doc), `${args.join(' ')}: ${JSON.stringify(output.errors)}`);
    }
  } finally {
    cleanup(dir);
  }
});

test('SARIF locations are URIs: segments percent-encoded, absolute paths as file:// URIs', () => {
  assert.is(sarifUri('out/prometheus.yml'), 'out/prometheus.yml');
  assert.is(sarifUri('../a/b.yml'), '../a/b.yml');
  // `#` would start a fragment and `%20` decode to a space: both stay part of the name.
  assert.is(sarifUri('dir é/obs#1%20.yaml'), 'dir%20%C3%A9/obs%231%2520.yaml');
  assert.is(sarifUri('/home/t/p1/.devcontainer/x y.yml'), 'file:///home/t/p1/.devcontainer/x%20y.yml');
  assert.is(decodeURIComponent(new URL(sarifUri('/tmp/a#b/c d.yml')).pathname), '/tmp/a#b/c d.yml');
});

const sarif = officialSchema('sarif-schema-2.1.0.json');
if (!sarif) {
  const why = `the SARIF schema is not fetched: run \`${FETCH_COMMAND}\``;
  if (process.env.CI === 'true') test('the SARIF schema is in .cache/schemas', () => assert.unreachable(why));
  else test.skip(`SARIF output validation (skipped: ${why})`, () => undefined);
} else {
  test('--format sarif is a SARIF 2.1.0 log the official schema accepts, with a result per diagnostic', async () => {
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
    addFormats.default(ajv as never);
    const validate = ajv.compile(sarif);
    const dir = configDir('version: 1\nprometheus:\n  port: "x"\n  scrapeIntervall: 15s\n');
    try {
      const r = await cli(['validate', '--format', 'sarif'], dir);
      assert.is(r.code, 1);
      const log = JSON.parse(r.stdout) as { runs: { results: unknown[] }[] };
      assert.ok(validate(log), JSON.stringify(validate.errors));
      const results = log.runs[0]!.results as { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
      assert.equal(results.map((x) => [x.ruleId, x.locations[0]!.physicalLocation.region.startLine]).sort(), [['OBS_SCHEMA_TYPE', 3], ['OBS_SCHEMA_UNKNOWN_KEY', 4]]);
      const clean = configDir(VALID);
      try {
        const ok = JSON.parse((await cli(['validate', '--format', 'sarif'], clean)).stdout) as { runs: { results: unknown[] }[] };
        assert.ok(validate(ok));
        assert.equal(ok.runs[0]!.results, []);
        // A usage error is about the command line: a result with no location, which SARIF allows.
        const usage = await cli(['docs', '--check', '--format', 'sarif'], clean);
        assert.is(usage.code, 2);
        const usageLog = JSON.parse(usage.stdout) as { runs: { results: { ruleId: string; locations?: unknown }[] }[] };
        assert.ok(validate(usageLog), JSON.stringify(validate.errors));
        assert.equal(usageLog.runs[0]!.results.map((x) => [x.ruleId, x.locations]), [['OBS_USAGE', undefined]]);
        const text = await cli(['docs', '--check'], clean);
        assert.match(text.stderr, /^obscompile: error \[OBS_USAGE\] `docs --check` needs `--inject README\.md`/m, 'no unrelated file:1:1');
      } finally {
        cleanup(clean);
      }
    } finally {
      cleanup(dir);
    }
  });
}

test.run();
