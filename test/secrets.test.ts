/**
 * Files the daemons of the dev container read are put there: `container.secrets` become Compose secrets at
 * /run/secrets/NAME (and the central Alertmanager's, for a fleet), a file nothing puts there is warned about at its
 * key, and the build says which secret files are still to be made.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { ROOT, cleanup, cli, configDir, tempDir } from './helpers.js';
import { fleetDir } from './fleet-dir.js';
import { compile } from '../src/index.js';

/** A config whose Alertmanager posts to a webhook with a token read from `tokenFile`, with `secrets` in the container. */
const withToken = (tokenFile: string, secrets = '') =>
  `version: 1\n${secrets ? `container:\n  secrets: ${secrets}\n` : ''}alertmanager:\n  enabled: true\n  receivers:\n    - name: team\n      webhook: { url: "https://alerts.example/hook", bearerTokenFile: ${tokenFile} }\n  route: { receiver: team }\n`;

async function compiled(yaml: string) {
  const dir = configDir(yaml);
  try {
    return await compile({ cwd: dir });
  } finally {
    cleanup(dir);
  }
}

test('a secret of the container is a Compose secret of the dev service, at /run/secrets/NAME, its file relative to the compose file', async () => {
  const c = await compiled(withToken('/run/secrets/hook-token', '{ hook-token: secrets/hook-token }'));
  assert.equal(c.diagnostics.filter((d) => d.code === 'OBS_SECRET_MISSING'), []);
  const compose = parseYaml(c.artifacts!.find((a) => a.name === 'docker-compose.yml')!.content);
  const service = compose.services[Object.keys(compose.services)[0]!];
  assert.equal(service.secrets, ['hook-token']);
  assert.equal(compose.secrets['hook-token'], { file: '../../secrets/hook-token' }, 'from the default output folder, .devcontainer/observability');
  assert.match(c.artifacts!.find((a) => a.name === 'alertmanager.yml')!.content, /credentials_file: \/run\/secrets\/hook-token/);
  const absolute = await compiled(withToken('/run/secrets/hook-token', '{ hook-token: /etc/obs/hook-token }'));
  assert.equal(parseYaml(absolute.artifacts!.find((a) => a.name === 'docker-compose.yml')!.content).secrets['hook-token'], { file: '/etc/obs/hook-token' }, 'an absolute file as written, wherever the project is');
  // The shipped example: its dead man's switch's token is a secret beside Grafana's password.
  const example = parseYaml(readFileSync(path.join(ROOT, 'examples/sglang-dev/out/docker-compose.yml'), 'utf8'));
  assert.equal(example.services['sglang-dev'].secrets, ['deadman-token']);
  assert.equal(Object.keys(example.secrets), ['deadman-token', 'grafana_admin_password']);
  assert.equal(example.services.grafana.secrets, ['grafana_admin_password'], 'each service gets only its own');
});

test('a file a daemon reads that nothing puts in the container is a warning at its key; one in a mounted folder is not', async () => {
  const missing = await compiled(withToken('/run/secrets/hook-token'));
  const found = missing.diagnostics.filter((d) => d.code === 'OBS_SECRET_MISSING');
  assert.equal(found.map((d) => [d.severity, d.line]), [['warning', 6]]);
  assert.match(found[0]!.message, /^Alertmanager reads `\/run\/secrets\/hook-token`, but the container has no secret named `hook-token`/);
  assert.match(found[0]!.hint!, /container\.secrets: \{ hook-token: FILE \}/);
  assert.ok(missing.artifacts, 'a warning: the build goes on');
  const elsewhere = (await compiled(withToken('/etc/hook-token'))).diagnostics.filter((d) => d.code === 'OBS_SECRET_MISSING');
  assert.match(elsewhere[0]!.message, /which no folder the compose file mounts holds/);
  for (const mountedFile of ['/workspace/.secrets/hook-token', '/telemetry/hook-token']) {
    assert.equal((await compiled(withToken(mountedFile))).diagnostics.filter((d) => d.code === 'OBS_SECRET_MISSING'), [], mountedFile);
  }
  const named = await compiled(withToken('/run/secrets/hook-token', '{ grafana_admin_password: secrets/x }'));
  assert.ok(named.diagnostics.some((d) => d.code === 'OBS_RESERVED_NAME' && d.severity === 'error' && /grafana_admin_password/.test(d.message)), 'Grafana\'s secret name is refused');
});

test('an environment value that names a host variable is warned about: it reaches the container as that text; a token is sent to a secret file', async () => {
  const c = await compiled('version: 1\ncontainer:\n  environment:\n    HF_TOKEN: ${HF_TOKEN}\n    CACHE: $HOME/cache\n    PRICE: "$$5"\n    PLAIN: "1"\n');
  const found = c.diagnostics.filter((d) => d.code === 'OBS_ENV_REFERENCE');
  assert.equal(found.map((d) => [d.severity, d.line, d.column]), [['warning', 4, 15], ['warning', 5, 12]]);
  assert.match(found[0]!.message, /^`HF_TOKEN` reaches the container as the text `\$\{HF_TOKEN\}`/);
  assert.match(found[0]!.hint!, /container\.secrets: \{ hf-token: secrets\/hf-token \}.*HF_TOKEN_PATH: \/run\/secrets\/hf-token/);
  assert.is(found[1]!.hint, 'write the value itself');
  // What the compose file carries: the text as written, `$` doubled so that Compose substitutes nothing.
  const compose = parseYaml(c.artifacts!.find((a) => a.name === 'docker-compose.yml')!.content) as { services: Record<string, { environment: Record<string, string> }> };
  assert.is(Object.values(compose.services)[0]!.environment.HF_TOKEN, '$${HF_TOKEN}');
});

test("Grafana's admin password file given as a folder is said to be one, as a secret's is", async () => {
  const dir = configDir('version: 1\noutput: { dir: out }\ngrafana: { enabled: true, adminPasswordFile: secrets }\n');
  try {
    mkdirSync(path.join(dir, 'secrets'));
    const r = await cli(['build'], dir);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, /^secrets, given for Grafana's admin password \(`grafana\.adminPasswordFile`\), is a folder: name the file in it that holds the secret$/m);
  } finally {
    cleanup(dir);
  }
});

test('build says which secret files are still to be made, until they are there', async () => {
  const dir = configDir(withToken('/run/secrets/hook-token', '{ hook-token: secrets/hook-token }'));
  try {
    const first = await cli(['build'], dir);
    assert.is(first.code, 0, first.stderr);
    assert.match(first.stdout, /^The file of secret `hook-token` \(`container\.secrets`\), secrets\/hook-token, is not there yet: make it before `devcontainer up`/m);
    const json = JSON.parse((await cli(['build', '--format', 'json'], dir)).stdout);
    assert.equal(json.result.notes, [first.stdout.split('\n').find((l) => l.includes('is not there yet'))], 'JSON carries the same line');
    // A folder where the file belongs: Compose would mount the folder, which no daemon reads as a token.
    mkdirSync(path.join(dir, 'secrets', 'hook-token'), { recursive: true });
    const folder = await cli(['build'], dir);
    assert.match(folder.stdout, /^secrets\/hook-token, given for secret `hook-token` \(`container\.secrets`\), is a folder: name the file in it that holds the secret$/m);
    assert.not.match(folder.stdout, /is not there yet/);
    rmSync(path.join(dir, 'secrets', 'hook-token'), { recursive: true });
    writeFileSync(path.join(dir, 'secrets', 'hook-token'), 'token\n');
    const second = await cli(['build'], dir);
    assert.not.match(second.stdout, /is not there yet/);
    assert.not.ok(JSON.parse((await cli(['build', '--format', 'json'], dir)).stdout).result.notes, 'none once the file is there');
  } finally {
    cleanup(dir);
  }
});

test("a fleet's central Alertmanager gets the secrets its receivers read, from the base config's folder", async () => {
  const base = withToken('/run/secrets/hook-token', '{ hook-token: ../keys/hook-token }').replace('version: 1\n', 'version: 1\noutput: { dir: out }\n');
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\ncentral: { address: metrics.lab.internal }\nhosts:\n  - name: gpu-a\n', base);
  try {
    const r = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 0, r.stderr);
    const compose = parseYaml(readFileSync(path.join(dir, 'fleet', 'central', 'docker-compose.yml'), 'utf8'));
    assert.equal(compose.services.alertmanager.secrets, ['hook-token']);
    assert.equal(compose.secrets, { 'hook-token': { file: '../../../keys/hook-token' } });
    assert.match(readFileSync(path.join(dir, 'fleet', 'central', 'alertmanager.yml'), 'utf8'), /credentials_file: \/run\/secrets\/hook-token/);
  } finally {
    cleanup(dir);
  }
});

test('a fleet whose central Alertmanager would read a file it is not given is warned about in the fleet file, at central.alertmanager', async () => {
  for (const [token, secrets, warned] of [['/run/secrets/hook-token', '', /no host gives a secret `hook-token` in `container.secrets`: its container will not have the file/], ['/workspace/hook-token', '', /holds nothing but the secrets the receivers name/], ['/run/secrets/hook-token', '{ hook-token: keys/hook-token }', undefined]] as const) {
    const base = withToken(token, secrets).replace('version: 1\n', 'version: 1\noutput: { dir: out }\n');
    const dir = fleetDir('version: 1\nbase: observability.config.yaml\ncentral: { address: metrics.lab.internal }\nhosts:\n  - name: gpu-a\n', base);
    try {
      const r = await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir);
      assert.is(r.code, 0, r.stderr);
      const lines = r.stderr.split('\n').filter((l) => l.includes('OBS_SECRET_MISSING'));
      if (!warned) assert.equal(lines, [], token);
      else {
        assert.is(lines.length, 1, r.stderr);
        assert.match(lines[0]!, /^observability\.fleet\.yaml:3:\d+: warning \[OBS_SECRET_MISSING\]/);
        assert.match(lines[0]!, warned);
      }
    } finally {
      cleanup(dir);
    }
  }
});

test("the central Alertmanager takes each secret from the first host that gives it, and hosts that disagree are warned about", async () => {
  const base = withToken('/run/secrets/hook-token').replace('version: 1\n', 'version: 1\noutput: { dir: out }\n');
  const fleet = (hosts: string) => `version: 1\nbase: observability.config.yaml\ncentral: { address: metrics.lab.internal }\ncommon:\n  container: { secrets: { hook-token: keys/hook-token } }\nhosts:\n${hosts}`;
  // The first host drops the secret (it runs no Alertmanager of its own): the central bundle still gets common's.
  const dropped = fleetDir(fleet('  - { name: gpu-a, config: { container: { secrets: null } } }\n  - name: gpu-b\n'), base);
  try {
    const r = await cli(['build', '--fleet', 'observability.fleet.yaml'], dropped);
    assert.is(r.code, 0, r.stderr);
    assert.not.match(r.stderr, /OBS_SECRET_MISSING/);
    const compose = parseYaml(readFileSync(path.join(dropped, 'fleet', 'central', 'docker-compose.yml'), 'utf8'));
    assert.equal(compose.secrets['hook-token'], { file: '../../keys/hook-token' });
    assert.not.ok(parseYaml(readFileSync(path.join(dropped, 'fleet', 'gpu-a', 'docker-compose.yml'), 'utf8')).secrets?.['hook-token'], 'gpu-a has no secret');
  } finally {
    cleanup(dropped);
  }
  const differ = fleetDir(fleet('  - { name: gpu-a, config: { container: { secrets: { hook-token: other/hook-token } } } }\n  - name: gpu-b\n'), base);
  try {
    const r = await cli(['validate', '--fleet', 'observability.fleet.yaml'], differ);
    assert.match(r.stderr, /warning \[OBS_SECRET_MISSING\] the central Alertmanager reads `\/run\/secrets\/hook-token` \(`alertmanager\.receivers\[0\]\.webhook\.bearerTokenFile`\), and the hosts give secret `hook-token` different files \(`other\/hook-token`, `keys\/hook-token`\): the central bundle takes the first/);
  } finally {
    cleanup(differ);
  }
});

test('build --fleet says which secret files are still to be made, each once, the central Grafana\'s too, also when replayed', async () => {
  const base = withToken('/run/secrets/hook-token', '{ hook-token: keys/hook-token }').replace('version: 1\n', 'version: 1\noutput: { dir: out }\n');
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\ncentral: { address: metrics.lab.internal, grafana: { enabled: true, adminPasswordFile: keys/grafana } }\nhosts:\n  - name: gpu-a\n  - name: gpu-b\n', base);
  const cache = tempDir();
  try {
    const first = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir, cache);
    assert.is(first.code, 0, first.stderr);
    const notes = first.stdout.split('\n').filter((l) => l.includes('is not there yet'));
    assert.equal(notes.map((l) => l.split(' is not there yet')[0]), ['The file of secret `hook-token` (`container.secrets`), keys/hook-token,', "The central Grafana's admin password file keys/grafana"]);
    // Each names what starts its stack: the dev container, or the central store's compose file.
    assert.equal(notes.map((l) => /make it before `([^`]+)`/.exec(l)?.[1]), ['devcontainer up', 'docker compose up -d']);
    const replayed = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir, cache);
    assert.match(replayed.stdout, /keys\/hook-token, is not there yet/, 'a replay of the record says it too');
    const json = JSON.parse((await cli(['build', '--fleet', 'observability.fleet.yaml', '--format', 'json'], dir, cache)).stdout);
    assert.is(json.result.notes.length, 2, 'and so does a JSON report');
    mkdirSync(path.join(dir, 'keys'));
    writeFileSync(path.join(dir, 'keys', 'hook-token'), 't\n');
    writeFileSync(path.join(dir, 'keys', 'grafana'), 'p\n');
    assert.not.match((await cli(['build', '--fleet', 'observability.fleet.yaml'], dir, cache)).stdout, /is not there yet/);
  } finally {
    cleanup(dir);
    cleanup(cache);
  }
});

test.run();
