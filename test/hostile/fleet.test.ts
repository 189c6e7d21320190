/** Fleets under pressure (issue 27, class 6): retired bundles, two builds at once, nulls, fleet-added values, re-added hosts. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { bundleFiles, cleanup, cli, configDir, snapshot } from '../helpers.js';

const BASE = 'version: 1\noutput: { dir: out }\nprometheus:\n  port: 9090\n';
const FLEET = 'version: 1\nbase: observability.config.yaml\noutput: { dir: bundles }\nhosts:\n  - name: gpu-a\n  - name: gpu-b\n';

function fleetDir(fleet: string, base = BASE): string {
  const dir = configDir(base);
  writeFileSync(path.join(dir, 'observability.fleet.yaml'), fleet);
  return dir;
}

test('a bundle that refuses its files (one edited by hand) stops the whole fleet build: no other bundle is written', async () => {
  const dir = fleetDir(FLEET);
  try {
    assert.is((await cli(['build', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
    const edited = path.join(dir, 'bundles', 'gpu-b', 'prometheus.yml');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}# my note\n`);
    const bundles = () => ['gpu-a', 'gpu-b'].map((h) => snapshot(path.join(dir, 'bundles', h)));
    const before = bundles();
    // A change every host gets: gpu-a's files would be rewritten, gpu-b's refuse; and a new host, whose folder is made.
    writeFileSync(path.join(dir, 'observability.config.yaml'), BASE.replace('port: 9090', 'port: 9191'));
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), `${FLEET}  - name: gpu-c\n`);
    const r = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 1, r.stdout);
    assert.match(r.stderr, /bundles\/gpu-b\/prometheus\.yml.*\[OBS_HAND_EDITED\]/);
    assert.match(r.stdout, /^no bundle was written: every bundle is written together or none is$/m);
    assert.equal(bundles(), before, 'gpu-a is not written either, and nothing is left behind');
    assert.not.ok(existsSync(path.join(dir, 'bundles', 'gpu-c')), "the new host's folder is not left behind, empty");
  } finally {
    cleanup(dir);
  }
});

test('check --fleet reports the bundle of a host that left the fleet, naming its files, until a build removes them', async () => {
  const dir = fleetDir(FLEET);
  try {
    assert.is((await cli(['build', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
    const written = bundleFiles(path.join(dir, 'bundles', 'gpu-a')).length;
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), FLEET.replace('  - name: gpu-a\n', ''));
    const r = await cli(['check', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 1, r.stdout);
    // One line for the retired bundle, naming every file a build would remove.
    const line = r.stdout.split('\n').filter((l) => l.startsWith('bundles/gpu-a'));
    assert.is(line.length, 1, r.stdout);
    assert.match(line[0]!, new RegExp(`^bundles/gpu-a: host left the fleet; ${written} files still there, which \`obscompile build --fleet\` removes: .*\\bprometheus\\.yml\\b`));
    assert.is(line[0]!.split(': ').at(-1)!.split(', ').length, written);
    assert.is((await cli(['build', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
    assert.is((await cli(['check', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
  } finally {
    cleanup(dir);
  }
});

test('a build --fleet while another holds the fleet output is refused, naming the lock file, and writes nothing', async () => {
  const dir = fleetDir(FLEET);
  const holder = spawn('sleep', ['30'], { stdio: 'ignore' });
  try {
    const root = path.join(dir, 'bundles');
    assert.is((await cli(['build', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
    const before = snapshot(path.join(root, 'gpu-a'));
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), FLEET.replace('port: 9090', '').concat('common:\n  prometheus: { scrapeInterval: 30s }\n'));
    const started = readFileSync(`/proc/${holder.pid}/stat`, 'utf8');
    writeFileSync(path.join(root, '.obscompile.lock'), `${holder.pid} ${started.slice(started.lastIndexOf(')') + 2).split(' ')[19]}\n`);
    const r = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 2, r.stderr);
    assert.match(r.stderr, new RegExp(`error \\[OBS_LOCKED\\] another obscompile build --fleet \\(pid ${holder.pid}\\) is writing bundles`));
    assert.match(r.stderr, /remove bundles\/\.obscompile\.lock/);
    assert.equal(snapshot(path.join(root, 'gpu-a')), before, 'no bundle was touched');
  } finally {
    holder.kill();
    cleanup(dir);
  }
});

test('check --fleet during a fleet build waits for it, then compares the bundles it left', async () => {
  const dir = fleetDir(FLEET);
  try {
    assert.is((await cli(['build', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
    const file = path.join(dir, 'bundles', 'gpu-b', 'prometheus.yml');
    writeFileSync(path.join(dir, 'built.yml'), readFileSync(file, 'utf8'));
    writeFileSync(file, 'half written\n');
    const build = spawn('sh', ['-c', 'sleep 1; cp built.yml bundles/gpu-b/prometheus.yml; rm bundles/.obscompile.lock'], { cwd: dir, stdio: 'ignore' });
    writeFileSync(path.join(dir, 'bundles', '.obscompile.lock'), `${build.pid}\n`);
    const r = await cli(['check', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stderr, new RegExp(`bundles: a build \\(pid ${build.pid}\\) is writing it; checking when it has finished`));
    assert.match(r.stdout, /bundles\/gpu-b: up to date/);
  } finally {
    cleanup(dir);
  }
});

test("a host retired after a killed build leaves nothing behind: the killed build's temp file goes with the bundle", async () => {
  const dir = fleetDir(FLEET);
  try {
    assert.is((await cli(['build', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
    writeFileSync(path.join(dir, 'bundles', 'gpu-b', '.prometheus.yml.999999999.obscompile.tmp'), 'half written');
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), FLEET.replace('  - name: gpu-b\n', ''));
    const r = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, /bundles\/gpu-b: host left the fleet; removed/);
    assert.not.ok(existsSync(path.join(dir, 'bundles', 'gpu-b')), 'the bundle folder is gone');
  } finally {
    cleanup(dir);
  }
});

test('null under a key the lower layers lack leaves no null behind; a mapping over nothing merges as one', async () => {
  const dir = fleetDir(`${FLEET}common:\n  jaeger: { forwardOtlp: null }\n  container: { environment: { EXTRA: "1", GONE: null } }\n`);
  try {
    const r = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 0, r.stderr);
    const compose = parseYaml(readFileSync(path.join(dir, 'bundles', 'gpu-a', 'docker-compose.yml'), 'utf8'));
    const env = Object.values(compose.services as Record<string, { environment: Record<string, string> }>)[0]!.environment;
    assert.is(env.EXTRA, '1');
    assert.not.ok('GONE' in env);
  } finally {
    cleanup(dir);
  }
});

test('a problem with a value the fleet adds points at the fleet setting that adds it, not at the base file', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\noutput: { dir: bundles }\ncentral:\n  address: gpu-a\nhosts:\n  - name: gpu-a\n  - name: gpu-b\n');
  try {
    const r = await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 1, r.stderr);
    assert.match(r.stderr, /^observability\.fleet\.yaml:5:12: error \[OBS_REMOTE_WRITE_SELF\] central address `gpu-a` is host `gpu-a`/m);
    assert.not.match(r.stderr, /^observability\.config\.yaml[:\s]/m, 'nothing points at the base file (its first line, or the file as a whole)');
  } finally {
    cleanup(dir);
  }
  const loop = fleetDir('version: 1\nbase: observability.config.yaml\noutput: { dir: bundles }\ncentral:\n  address: localhost\nhosts:\n  - name: gpu-a\n');
  try {
    const r = await cli(['validate', '--fleet', 'observability.fleet.yaml'], loop);
    assert.is(r.code, 1, r.stderr);
    assert.match(r.stderr, /^observability\.fleet\.yaml:5:12: error \[OBS_REMOTE_WRITE_SELF\] remote write to `http:\/\/localhost:9090\/api\/v1\/write` is this Prometheus itself/m);
  } finally {
    cleanup(loop);
  }
});

test('explain names what the fleet sets itself, and the fleet setting behind it, instead of calling it a default', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\ncentral:\n  address: metrics.lab\nhosts:\n  - name: gpu-a\n');
  try {
    const label = await cli(['explain', 'prometheus.externalLabels.host', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-a'], dir);
    assert.is(label.stdout, 'prometheus.externalLabels.host = "gpu-a"\n  set by the fleet, from observability.fleet.yaml:6:11 (hosts[0].name)\n');
    const central = await cli(['explain', 'prometheus.remoteWrite[0].url', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-a'], dir);
    assert.match(central.stdout, /^prometheus\.remoteWrite\[0\]\.url = "http:\/\/metrics\.lab:9090\/api\/v1\/write"\n {2}set by the fleet, from observability\.fleet\.yaml:4:12 \(central\.address\)\n$/);
  } finally {
    cleanup(dir);
  }
});

test('central retentions of zero or beyond what Prometheus represents are refused at their position', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\ncentral:\n  address: metrics.lab\n  retention: 0d\n  jaeger: { retention: 2600000h }\nhosts:\n  - name: gpu-a\n');
  try {
    const r = await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 1);
    assert.match(r.stderr, /^observability\.fleet\.yaml:5:14: error \[OBS_DURATION_INVALID\] `central\.retention` is 0d/m);
    assert.match(r.stderr, /^observability\.fleet\.yaml:6:24: error \[OBS_DURATION_INVALID\] `central\.jaeger\.retention` is 2600000h/m);
  } finally {
    cleanup(dir);
  }
});

test('a host taken out and put back gets its whole bundle again, byte for byte', async () => {
  const dir = fleetDir(FLEET);
  try {
    assert.is((await cli(['build', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
    const original = snapshot(path.join(dir, 'bundles', 'gpu-a'));
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), FLEET.replace('  - name: gpu-a\n', ''));
    assert.is((await cli(['build', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
    assert.not.ok(existsSync(path.join(dir, 'bundles', 'gpu-a')));
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), FLEET);
    const back = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(back.code, 0, back.stderr);
    assert.equal(snapshot(path.join(dir, 'bundles', 'gpu-a')), original);
    assert.equal(readdirSync(path.join(dir, 'bundles')).sort(), ['.obscompile.lock', 'gpu-a', 'gpu-b'].filter((f) => existsSync(path.join(dir, 'bundles', f))).sort());
    assert.is((await cli(['check', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
  } finally {
    cleanup(dir);
  }
});

test.run();
