/**
 * `obscompile explain` follows the fleet's merge rules (src/layer/layer.ts): a `null` in a layer removes what the
 * layers below wrote, at the path or at a section above it, so the value is the default, removed there.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, cli, configDir } from './helpers.js';
import { fleetDir } from './fleet-dir.js';

const FLEET = 'version: 1\nbase: observability.config.yaml\nhosts:\n  - name: gpu-a\n    config:\n      prometheus: { retention: null }\n  - name: gpu-b\n    config:\n      prometheus: null\n  - name: gpu-c\n    config:\n      prometheus: null\n  - name: gpu-d\n    config:\n      prometheus: { retention: 30d }\n';
const explain = (dir: string, path: string, host: string, json = false) => cli(['explain', path, '--fleet', 'observability.fleet.yaml', '--host', host, ...(json ? ['--format', 'json'] : [])], dir);

test('a value a host removes with null is the default, removed there, and overrides what the base wrote', async () => {
  const dir = fleetDir(FLEET);
  try {
    const a = await explain(dir, 'prometheus.retention', 'gpu-a');
    assert.is(a.code, 0, a.stderr);
    assert.is(a.stdout, 'prometheus.retention = "15d"\n  removed at observability.fleet.yaml:6:32 (null): the default\n  overrides observability.config.yaml:5:14\n');
    // A null on a section above: every value under it was removed.
    const b = await explain(dir, 'prometheus.port', 'gpu-b');
    assert.is(b.stdout, 'prometheus.port = 9090\n  removed at observability.fleet.yaml:9:19 (null on prometheus): the default\n  overrides observability.config.yaml:4:9\n');
    assert.equal(JSON.parse((await explain(dir, 'prometheus.port', 'gpu-b', true)).stdout).result, { path: 'prometheus.port', value: 9090, writtenAt: null, overrides: ['observability.config.yaml:4:9'], defaultOf: 'obscompile', removedAt: 'observability.fleet.yaml:9:19' });
    // Written again above the null: that layer's value, overriding the base's.
    const d = await explain(dir, 'prometheus.retention', 'gpu-d');
    assert.is(d.stdout, 'prometheus.retention = "30d"\n  written at observability.fleet.yaml:15:32\n  default: "15d"\n  overrides observability.config.yaml:5:14\n');
    assert.equal(JSON.parse((await explain(dir, 'prometheus.retention', 'gpu-d', true)).stdout).result.default, '15d');
  } finally {
    cleanup(dir);
  }
});

test("a config the checks refuse: its value is still shown, then its errors, and the exit says it is invalid", async () => {
  const dir = configDir('version: 1\ncontainer: { gpus: none, capabilities: [] }\n');
  try {
    const r = await cli(['explain', 'container.gpus'], dir);
    assert.is(r.code, 1, r.stderr);
    assert.match(r.stdout, /^container\.gpus = "none"\n {2}written at observability\.config\.yaml:2:20\n/);
    assert.match(r.stderr, /error \[OBS_GPU_NEEDED\]/);
    const json = JSON.parse((await cli(['explain', 'container.gpus', '--format', 'json'], dir)).stdout);
    assert.equal([json.ok, json.exitCode, json.result.value], [false, 1, 'none']);
    // What the text says of a default and of the values a key takes, the JSON says too.
    const engine = JSON.parse((await cli(['explain', 'modelServer.engine', '--format', 'json'], dir)).stdout).result;
    assert.equal([engine.value, engine.defaultOf, engine.takes], ['sglang', 'obscompile', ['sglang', 'vllm']]);
  } finally {
    cleanup(dir);
  }
});

test("explain output.dir --fleet --host says where the fleet writes that host's bundle", async () => {
  const dir = fleetDir(FLEET);
  try {
    const r = await explain(dir, 'output.dir', 'gpu-a');
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, /^output\.dir = "out"\n/);
    assert.match(r.stdout, /\n {2}build --fleet writes this host's bundle to fleet\/gpu-a; output\.dir is where the config built alone writes\n$/);
  } finally {
    cleanup(dir);
  }
});

test("explain --host shows the errors of that host only: another host's are not its value's", async () => {
  const fleet = 'version: 1\nbase: observability.config.yaml\nhosts:\n  - name: gpu-a\n  - name: gpu-c\n    config: { container: { gpus: none } }\n';
  const dir = fleetDir(fleet, 'version: 1\noutput: { dir: out }\n');
  try {
    const a = await explain(dir, 'container.gpus', 'gpu-a');
    assert.is(a.code, 0, a.stderr);
    assert.is(a.stderr, '');
    const c = await explain(dir, 'container.gpus', 'gpu-c');
    assert.is(c.code, 1);
    assert.match(c.stderr, /OBS_GPU_NEEDED/);
  } finally {
    cleanup(dir);
  }
});

test('paths: a key holding a dot is quoted, a misspelt map key gets its near miss, a malformed path is a usage error', async () => {
  const dir = configDir('version: 1\ncontainer:\n  environment: { NCCL_DEBUG: INFO }\n  secrets:\n    my.token: t.txt\n');
  try {
    const dotted = await cli(['explain', 'container.secrets["my.token"]'], dir);
    assert.is(dotted.stdout, 'container.secrets["my.token"] = "t.txt"\n  written at observability.config.yaml:5:15\n');
    const near = await cli(['explain', 'container.environment.NCCL_DEBUGG'], dir);
    assert.match(near.stdout, /\n {2}`container\.environment` has no key `NCCL_DEBUGG`; did you mean `NCCL_DEBUG`\?\n$/);
    // A config the schema refuses: a value it writes is still shown, as unresolved, then the errors (exit 1).
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\nprometheus:\n  port: 9091\n  scrapeIntervall: 15s\n');
    const refused = await cli(['explain', 'prometheus.port'], dir);
    assert.is(refused.code, 1);
    assert.is(refused.stdout, 'prometheus.port = 9091\n  written at observability.config.yaml:3:9, in a config that does not validate (below): defaults and checks wait until it does\n');
    assert.match(refused.stderr, /OBS_SCHEMA_UNKNOWN_KEY/);
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\ncontainer:\n  environment: { NCCL_DEBUG: INFO }\n  secrets:\n    my.token: t.txt\n');
    // A key the schema names and the config leaves unset is no near miss of a written one.
    const unset = await cli(['explain', 'prometheus.retentionSize'], dir);
    assert.is(unset.stdout, 'prometheus.retentionSize = (not set)\n  not written in any file, and it has no default\n');
    for (const bad of ['prometheus..port', 'storage.durable[]', '.prometheus', 'prometheus.']) {
      const r = await cli(['explain', bad], dir);
      assert.is(r.code, 2, bad);
      assert.match(r.stderr, /is not a config path: write keys with single dots between them/, bad);
    }
  } finally {
    cleanup(dir);
  }
});

test("an alert's `for` the config leaves unset is the rule's own, its default; one it sets is written there", async () => {
  const dir = configDir('version: 1\nalerting:\n  for: { KvCachePressure: 90m }\n');
  try {
    const unset = await cli(['explain', 'alerting.for.TargetDown'], dir);
    assert.is(unset.code, 0, unset.stderr);
    assert.is(unset.stdout, 'alerting.for.TargetDown = "5m"\n  not written in any file: the default\n');
    const set = await cli(['explain', 'alerting.for.KvCachePressure'], dir);
    assert.match(set.stdout, /^alerting\.for\.KvCachePressure = "90m"\n  written at observability\.config\.yaml:3:/);
  } finally {
    cleanup(dir);
  }
});

test.run();
