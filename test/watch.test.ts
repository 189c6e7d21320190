/**
 * `build --watch`: a real process that rebuilds on every save of the config, prints what changed, survives an
 * invalid edit, sees an editor's save-by-rename, and stops on Ctrl-C leaving no lock or temporary file. Behaviour
 * only: how fast a save reaches the output is measured by `npm run bench`, not here.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, artifactCount, cleanup, cli, cliProcess, configDir } from './helpers.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polls `probe` until it answers, failing with `what` after 20 s. */
async function until<T>(what: string, probe: () => T | undefined): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

test('build --watch: rebuilds on save, survives an invalid edit, follows a save by rename, stops cleanly on Ctrl-C', async () => {
  const config = readFileSync(path.join(ROOT, 'examples/sglang-dev/observability.config.yaml'), 'utf8').replace('./out/observability.schema.json', 'https://obscompile.dev/schema/observability.schema.json');
  const dir = configDir(config);
  const file = path.join(dir, 'observability.config.yaml');
  const files = await artifactCount(dir);
  const { child, out: stdout, err: stderr, exited } = cliProcess(['build', '--watch'], dir, { NO_COLOR: '1' });
  const prometheus = () => readFileSync(path.join(dir, 'out', 'prometheus.yml'), 'utf8');
  try {
    await until('the first build and the watch', () => (/watching observability\.config\.yaml/.test(stderr()) && new RegExp(`out: wrote ${files} files`).test(stdout())) || undefined).catch((e: Error) => Promise.reject(new Error(`${e.message}\n${stdout()}\n${stderr()}`)));

    writeFileSync(file, config.replace('retention: 15d', 'retention: 16d'));
    await until('the rebuild after an edit', () => (new RegExp(`^out: wrote 1 file \\(prometheus\\.yml\\), ${files - 1} unchanged$`, 'm').test(stdout()) ? true : undefined));
    assert.match(prometheus(), /16d/);

    const before = stdout().length;
    writeFileSync(file, 'version: 1\nprometheus: [\n');
    await until('the diagnostics of an invalid edit', () => (/OBS_YAML_SYNTAX/.test(stderr()) ? true : undefined));
    assert.is(child.exitCode, null, 'an invalid edit does not end the watch');
    assert.match(prometheus(), /16d/, 'nor does it touch the output');
    assert.is(stdout().length, before, 'and it writes nothing');

    // An editor's save: a new file renamed over the config.
    writeFileSync(`${file}.swp`, config.replace('retention: 15d', 'retention: 17d'));
    renameSync(`${file}.swp`, file);
    await until('the rebuild after a save by rename', () => (prometheus().includes('17d') ? true : undefined));
    await until('its report', () => ((stdout().match(/^out: wrote 1 file \(prometheus\.yml\)/gm) ?? []).length === 2 ? true : undefined));

    // A generated file edited by hand: refused, with --force named for a build after the watch, not this one.
    writeFileSync(path.join(dir, 'out', 'prometheus.yml'), `${prometheus()}# mine\n`);
    const edited = stderr().length;
    writeFileSync(file, config.replace('retention: 15d', 'retention: 18d'));
    await until('the refusal', () => (/OBS_HAND_EDITED/.test(stderr().slice(edited)) && /hint: /.test(stderr().slice(edited)) ? true : undefined));
    assert.match(stderr().slice(edited), /hint: move the change into the config, or revert the file; stop the watch and run `obscompile build --force`, which replaces it/);

    child.kill('SIGINT');
    assert.is(await exited, 0, 'Ctrl-C ends the watch with success');
    const left = readdirSync(path.join(dir, 'out'), { withFileTypes: true }).map((e) => e.name).filter((n) => n.startsWith('.obscompile.lock') || n.endsWith('.tmp'));
    assert.equal(left, [], 'no lock or temporary file is left');
  } finally {
    child.kill('SIGKILL');
    cleanup(dir);
  }
});

test('build --watch stays on its config: deleted, it is missing (not a config further up), and it is built again when back; a symlinked config and a folder made anew are followed', async () => {
  const config = (out: string, port: number) => `version: 1\noutput:\n  dir: ${out}\nprometheus:\n  port: ${port}\n`;
  // A parent project with a config of its own, and a child project whose config is a symlink into a folder.
  const parent = configDir(config('parent-out', 9090));
  const child = path.join(parent, 'child');
  mkdirSync(path.join(child, 'shared'), { recursive: true });
  const real = path.join(child, 'shared', 'observability.config.yaml');
  writeFileSync(real, config('out', 9091));
  symlinkSync('shared/observability.config.yaml', path.join(child, 'observability.config.yaml'));
  const { child: watcher, out: stdout, err: stderr, exited } = cliProcess(['build', '--watch'], child);
  const prometheus = () => readFileSync(path.join(child, 'out', 'prometheus.yml'), 'utf8');
  try {
    await until('the first build and the watch', () => (/watching observability\.config\.yaml/.test(stderr()) && /^out: wrote/m.test(stdout()) ? true : undefined));
    // The file the symlink names, edited in place: no event in the child's folder, seen all the same.
    writeFileSync(real, config('out', 9092));
    await until('the rebuild after an edit through the symlink', () => (prometheus().includes('localhost:9092') ? true : undefined));
    // The folder holding the file removed and made again (a branch switch).
    rmSync(path.join(child, 'shared'), { recursive: true });
    await until('the config named missing', () => (/OBS_CONFIG_NOT_FOUND/.test(stderr()) ? true : undefined));
    // Waited for, not something to make anew with init.
    assert.match(stderr(), /OBS_CONFIG_NOT_FOUND[^\n]*\n(?:.*\n)*? {2}hint: the watch runs again once it is back; Ctrl-C stops it/);
    assert.not.match(stderr(), /obscompile init/);
    mkdirSync(path.join(child, 'shared'));
    writeFileSync(real, config('out', 9093));
    await until('the rebuild once it is back', () => (prometheus().includes('localhost:9093') ? true : undefined));
    assert.not.match(stdout(), /parent-out/, "the parent's config was never built");
    watcher.kill('SIGINT');
    assert.is(await exited, 0);
  } finally {
    watcher.kill('SIGKILL');
    cleanup(parent);
  }
});

test('build --watch --fleet rebuilds the hosts when the base config is saved, naming the files, and says when a save changed none', async () => {
  const config = readFileSync(path.join(ROOT, 'examples/sglang-dev/observability.config.yaml'), 'utf8').replace('./out/observability.schema.json', 'https://obscompile.dev/schema/observability.schema.json');
  const dir = configDir(config);
  writeFileSync(path.join(dir, 'observability.fleet.yaml'), 'version: 1\nbase: observability.config.yaml\nhosts:\n  - name: gpu-a\n');
  const { child, out: stdout, err: stderr, exited } = cliProcess(['build', '--fleet', 'observability.fleet.yaml', '--watch'], dir);
  try {
    await until('the first build and the watch', () => (/watching observability\.fleet\.yaml, observability\.config\.yaml/.test(stderr()) && /gpu-a: wrote/.test(stdout()) ? true : undefined));
    // Saved as editors save, by rename: a write in place can reach the watcher as two changes (truncated, then
    // written), each a run of its own on a loaded machine (the second one's line came after the first's, once in CI),
    // and this asks what one save prints.
    const save = (file: string, text: string) => (writeFileSync(`${file}.save`, text), renameSync(`${file}.save`, file));
    save(path.join(dir, 'observability.config.yaml'), config.replace('retention: 15d', 'retention: 16d'));
    await until('the rebuild after the base changed', () => (/gpu-a: wrote 1 file \(prometheus\.yml\), /.test(stdout()) ? true : undefined));
    assert.match(readFileSync(path.join(dir, 'fleet', 'gpu-a', 'prometheus.yml'), 'utf8'), /16d/);
    // A save that changes no output: one line for the fleet's folder, no line per host.
    await new Promise((done) => setTimeout(done, 300));
    const before = stdout().length;
    save(path.join(dir, 'observability.fleet.yaml'), 'version: 1\nbase: observability.config.yaml\nhosts:\n  - name: gpu-a # the lab box\n');
    await until('the run after a comment was added', () => (stdout().length > before ? true : undefined));
    await new Promise((done) => setTimeout(done, 300));
    assert.is(stdout().slice(before), 'fleet: no file changed\n');
    // A base that does not parse, then a good one: the base stays watched through the syntax error.
    const broken = stderr().length;
    writeFileSync(path.join(dir, 'observability.config.yaml'), `${config}modelServer:\n  port: [\n`);
    await until('the syntax error', () => (/OBS_YAML_SYNTAX/.test(stderr().slice(broken)) ? true : undefined));
    await new Promise((done) => setTimeout(done, 300));
    writeFileSync(path.join(dir, 'observability.config.yaml'), config.replace('retention: 15d', 'retention: 17d'));
    await until('the rebuild after the base was mended', () => (/17d/.test(readFileSync(path.join(dir, 'fleet', 'gpu-a', 'prometheus.yml'), 'utf8')) ? true : undefined));
    // The base gone (a branch switch): waited for, not a config to make with `init`.
    const gone = stderr().length;
    renameSync(path.join(dir, 'observability.config.yaml'), path.join(dir, 'moved.yaml'));
    await until('the base named missing', () => (/OBS_CONFIG_NOT_FOUND/.test(stderr().slice(gone)) ? true : undefined));
    await until('its hint', () => (/hint: /.test(stderr().slice(gone)) ? true : undefined));
    assert.match(stderr().slice(gone), /hint: the watch runs again once it is back/);
    assert.not.match(stderr().slice(gone), /obscompile init/);
    child.kill('SIGINT');
    assert.is(await exited, 0);
  } finally {
    child.kill('SIGKILL');
    cleanup(dir);
  }
});

test('--watch refuses what prints once, and machine-readable formats', async () => {
  const dir = configDir('version: 1\n');
  try {
    const stdout = await cli(['build', '--watch', '--stdout', 'prometheus.yml'], dir);
    assert.is(stdout.code, 2);
    assert.match(stdout.stderr, /--watch with --stdout: a watch keeps running and rebuilds, --stdout prints once/);
    const json = await cli(['check', '--watch', '--format', 'json'], dir);
    assert.is(json.code, 2);
    assert.match(json.stderr + json.stdout, /--watch with --format json/);
  } finally {
    cleanup(dir);
  }
});

test.run();
