/** The command line as a user meets it: help, version, exit codes, output formats, argv → options. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import { parse as parseYaml } from 'yaml';
import * as assert from 'uvu/assert';
import { ROOT, artifactCount, cleanup, cli, configDir, tempDir } from './helpers.js';

const example = path.join(ROOT, 'examples/sglang-dev');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

test('--version prints the package version', async () => {
  const r = await cli(['--version'], ROOT);
  assert.is(r.code, 0);
  assert.is(r.stdout.trim(), pkg.version);
});

test('--help lists every command with a description', async () => {
  const r = await cli(['--help'], ROOT);
  assert.is(r.code, 0);
  for (const command of ['validate', 'build', 'check', 'schema', 'docs', 'init']) assert.match(r.stdout, new RegExp(`\\n  ${command}\\b.*\\S`));
  // No command at all: the same help, as the usage error it is (stderr, exit 2), not a success.
  const bare = await cli([], ROOT);
  assert.is(bare.code, 2);
  assert.is(bare.stdout, '');
  assert.match(bare.stderr, /\n {2}build\b/);
});

test('each command has its own --help with its flags', async () => {
  const r = await cli(['build', '--help'], ROOT);
  assert.is(r.code, 0);
  for (const flag of ['--config', '--out', '--stdout', '--dry-run', '--force', '--format']) assert.ok(r.stdout.includes(flag), `build --help mentions ${flag}`);
  // A switch is off unless given: no `(default: false)` after each; a value's default stays.
  assert.not.match(r.stdout, /default: false/);
  assert.match(r.stdout, /default: "text"/);
});

test('a command declared alone (the command line starts with it) helps as it does among all of them', async () => {
  // `obscompile build --help` declares only build; `obscompile help build` declares every command first.
  for (const command of ['validate', 'build', 'check', 'schema', 'docs', 'explain', 'init']) {
    const alone = await cli([command, '--help'], ROOT);
    const amongAll = await cli(['help', command], ROOT);
    assert.is(alone.code, 0);
    assert.is(amongAll.code, 0, `help ${command}: help asked for is no usage error`);
    assert.is(alone.stdout, amongAll.stdout, `${command} --help`);
  }
  assert.is((await cli(['help'], ROOT)).code, 0, '`obscompile help`');
  // No command at all is a usage error: the help goes to stderr.
  const none = await cli([], ROOT);
  assert.is(none.code, 2);
  assert.is(none.stdout, '');
  const typo = await cli(['buidl'], ROOT);
  assert.is(typo.code, 2);
  assert.match(typo.stderr, /unknown command 'buidl'\n\(Did you mean build\?\)/);
});

test('an unknown command or option is a usage error (exit 2)', async () => {
  assert.is((await cli(['frobnicate'], ROOT)).code, 2);
  const r = await cli(['validate', '--bogus'], example);
  assert.is(r.code, 2);
  assert.match(r.stderr, /unknown option '--bogus'/);
});

test('validate on the example exits 0', async () => {
  const r = await cli(['validate'], example);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /observability.config.yaml: valid/);
});

test('validate finds the config from a subfolder (a search upward)', async () => {
  const dir = configDir('version: 1\n');
  try {
    mkdirSync(path.join(dir, 'a/b'), { recursive: true });
    const r = await cli(['validate'], path.join(dir, 'a/b'));
    assert.is(r.code, 0, r.stderr);
  } finally {
    cleanup(dir);
  }
});

test('the search upward stops at the project root and says so; a folder, pipe or broken link with a config name is named, never read', async () => {
  const dir = tempDir();
  try {
    mkdirSync(path.join(dir, 'project/a'), { recursive: true });
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\n');
    writeFileSync(path.join(dir, 'project/package.json'), '{}\n');
    const stopped = await cli(['validate'], path.join(dir, 'project/a'));
    assert.is(stopped.code, 2);
    const esc = (s: string) => s.replace(/[/.]/g, '\\$&');
    assert.match(stopped.stderr, new RegExp(`^${esc(path.join(dir, 'project/a'))}: error \\[OBS_CONFIG_NOT_FOUND\\] no observability\\.config\\.yaml or observability\\.config\\.yml in ${esc(path.join(dir, 'project/a'))} or the folders above it up to ${esc(path.join(dir, 'project'))}, the project root \\(it has a package\\.json, so the search stops there\\)$`, 'm'));
    // Standing in the project root itself, the folder is named once.
    const atRoot = await cli(['validate'], path.join(dir, 'project'));
    assert.match(atRoot.stderr, new RegExp(` in ${esc(path.join(dir, 'project'))}, the project root \\(`));
    for (const [make, what] of [[() => mkdirSync(path.join(dir, 'project/observability.config.yaml')), 'a folder'], [() => execFileSync('mkfifo', [path.join(dir, 'project/observability.config.yaml')]), 'a device, pipe or socket'], [() => symlinkSync('/nonexistent', path.join(dir, 'project/observability.config.yaml')), 'a symbolic link to nothing']] as const) {
      rmSync(path.join(dir, 'project/observability.config.yaml'), { recursive: true, force: true });
      make();
      const r = await cli(['validate'], path.join(dir, 'project/a'));
      assert.is(r.code, 2, what);
      assert.ok(r.stderr.includes(`error [OBS_CONFIG_NOT_FOUND] ${path.join(dir, 'project/observability.config.yaml')} is ${what}, not a config file`), r.stderr);
    }
  } finally {
    cleanup(dir);
  }
});

test('explain: a path the config language lacks is a usage error with a near miss (exit 2, as its help says); no config is exit 2; a section is shown at its key; an unset value is not called a default', async () => {
  const dir = configDir('version: 1\noutput: { dir: out }\nprometheus:\n  port: 9191\n  externalLabels: { team: ml }\n');
  try {
    const typo = await cli(['explain', 'prometheus.prot'], dir);
    assert.is(typo.code, 2);
    assert.match(typo.stderr, /^obscompile: error \[OBS_USAGE\] explain: `prometheus\.prot` is not a config path: `prometheus` has no key `prot`; did you mean `port`\?\n {2}hint: /);
    assert.is((await cli(['explain', 'prometheus.port[0]'], dir)).code, 2);
    const help = await cli(['explain', '--help'], dir);
    assert.match(help.stdout, /2 usage error \(not a config path/);
    const none = tempDir();
    try {
      assert.is((await cli(['explain', 'prometheus.port'], none)).code, 2, 'no config found: an I/O error');
    } finally {
      cleanup(none);
    }
    // --host without the fleet would show the base config's value as the host's.
    const host = await cli(['explain', 'prometheus.port', '--host', 'gpu-a'], dir);
    assert.is(host.code, 2);
    assert.match(host.stderr, /error \[OBS_USAGE\] explain: `--host gpu-a` needs `--fleet FILE`/);
    assert.is(host.stdout, '');
    const hostJson = JSON.parse((await cli(['explain', 'prometheus.port', '--host', 'gpu-a', '--format', 'json'], dir)).stdout);
    assert.equal(hostJson.diagnostics.map((d: { code: string }) => d.code), ['OBS_USAGE'], 'a diagnostic, as for every usage error');
    const section = await cli(['explain', 'prometheus'], dir);
    assert.match(section.stdout, /\n {2}written at observability\.config\.yaml:3:1\n/);
    const unset = await cli(['explain', 'prometheus.externalLabels.other'], dir);
    assert.is(unset.code, 0);
    assert.is(unset.stdout, 'prometheus.externalLabels.other = (not set)\n  not written in any file, and it has no default\n');
    const fallback = await cli(['explain', 'prometheus.scrapeTimeout'], dir);
    assert.is(fallback.stdout, 'prometheus.scrapeTimeout = "10s"\n  not written in any file: the default\n');
  } finally {
    cleanup(dir);
  }
});

test('an invalid config exits 1 with file:line:col, a code frame and a hint', async () => {
  const dir = configDir('version: 1\nprometheus:\n  scrapeIntervall: 15s\n');
  try {
    const r = await cli(['validate'], dir);
    assert.is(r.code, 1);
    assert.ok(r.stderr.includes('observability.config.yaml:3:3: error [OBS_SCHEMA_UNKNOWN_KEY] unknown key `scrapeIntervall` in `prometheus`'));
    assert.ok(r.stderr.includes('> 3 |   scrapeIntervall: 15s'));
    assert.ok(r.stderr.includes('did you mean `scrapeInterval`?'));
    assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
  } finally {
    cleanup(dir);
  }
});

test('--format json prints the diagnostics inside its one JSON document on stdout', async () => {
  const dir = configDir('version: 1\nprometheus:\n  port: "9090"\n');
  try {
    const r = await cli(['validate', '--format', 'json'], dir);
    assert.is(r.code, 1);
    const rows = (JSON.parse(r.stdout) as { diagnostics: { code: string; line: number; column: number; file: string }[] }).diagnostics;
    assert.equal(rows.map((d) => [d.code, d.file, d.line, d.column]), [['OBS_SCHEMA_TYPE', 'observability.config.yaml', 3, 9]]);
  } finally {
    cleanup(dir);
  }
});

test('--format github prints workflow annotations', async () => {
  const dir = configDir('version: 2\n');
  try {
    const r = await cli(['validate', '--format', 'github'], dir);
    assert.is(r.code, 1);
    assert.match(r.stderr, /^::error file=observability\.config\.yaml,line=1,col=10,title=OBS_UNSUPPORTED_VERSION::config version 2 is not supported/m);
  } finally {
    cleanup(dir);
  }
});

test('a missing config file is an I/O error (exit 2) with a hint, no stack trace', async () => {
  const dir = tempDir();
  try {
    const r = await cli(['validate', '--config', 'nope.yaml'], dir);
    assert.is(r.code, 2);
    assert.match(r.stderr, /^nope\.yaml: error \[OBS_CONFIG_NOT_FOUND\] config file nope\.yaml does not exist\n {2}hint: check the path/m, 'no line and column of a file that is not there');
    // A near miss of a YAML file that is there: the other extension, a letter off (a fleet file too, which takes this path).
    writeFileSync(path.join(dir, 'stack.yaml'), 'version: 1\n');
    assert.match((await cli(['validate', '--config', 'stack.yml'], dir)).stderr, /hint: did you mean `stack\.yaml`\?/);
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\n');
    assert.match((await cli(['validate', '--config', 'observability.confg.yaml'], dir)).stderr, /hint: did you mean `observability\.config\.yaml`\?/);
    assert.match((await cli(['validate', '--config', 'nope.yaml'], dir)).stderr, /hint: check the path/, 'nothing near: no guess');
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), 'version: 1\n');
    assert.match((await cli(['validate', '--fleet', 'observability.flet.yaml'], dir)).stderr, /hint: did you mean `observability\.fleet\.yaml`\?/);
    rmSync(path.join(dir, 'observability.fleet.yaml'));
    assert.match((await cli(['validate', '--config', '.'], dir)).stderr, /hint: point `--config` at the config inside it: `--config observability\.config\.yaml`/);
    rmSync(path.join(dir, 'observability.config.yaml'));
    const searched = await cli(['validate'], dir);
    assert.is(searched.code, 2);
    assert.match(searched.stderr, /obscompile init/);
  } finally {
    cleanup(dir);
  }
});

test('schema prints the JSON Schema; --out writes it', async () => {
  const r = await cli(['schema'], ROOT);
  assert.is(r.code, 0);
  const schema = JSON.parse(r.stdout) as { $schema: string };
  assert.is(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  const dir = tempDir();
  try {
    assert.is((await cli(['schema', '--out', 'schema.json'], dir)).code, 0);
    assert.is(readFileSync(path.join(dir, 'schema.json'), 'utf8'), readFileSync(path.join(ROOT, 'schema/observability.schema.json'), 'utf8'));
    // The help's own example: a folder that does not exist yet is made.
    const nested = await cli(['schema', '--out', '.vscode/observability.schema.json'], dir);
    assert.is(nested.code, 0, nested.stderr);
    assert.is(readFileSync(path.join(dir, '.vscode/observability.schema.json'), 'utf8'), readFileSync(path.join(dir, 'schema.json'), 'utf8'));
    // An earlier copy is replaced (here by the fleet schema); any other file is left as it is, the config above all.
    assert.is((await cli(['schema', '--kind', 'fleet', '--out', 'schema.json'], dir)).code, 0);
    assert.is(readFileSync(path.join(dir, 'schema.json'), 'utf8'), readFileSync(path.join(ROOT, 'schema/fleet.schema.json'), 'utf8'));
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\n');
    const mistake = await cli(['schema', '--out', 'observability.config.yaml'], dir);
    assert.is(mistake.code, 2);
    assert.match(mistake.stderr, /^observability\.config\.yaml: error \[OBS_OUTPUT_UNSAFE\] observability\.config\.yaml already exists and is not a schema obscompile wrote/m);
    assert.is(readFileSync(path.join(dir, 'observability.config.yaml'), 'utf8'), 'version: 1\n');
  } finally {
    cleanup(dir);
  }
});

test('build --stdout prints one artifact and writes nothing', async () => {
  const dir = configDir('version: 1\noutput:\n  dir: out\n');
  try {
    const r = await cli(['build', '--stdout', 'prometheus.yml'], dir);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# Generated by obscompile from \.\.\/observability\.config\.yaml/);
    assert.match(r.stdout, /job_name: node_exporter/);
    const unknown = await cli(['build', '--stdout', 'nope.txt'], dir);
    assert.is(unknown.code, 2);
    assert.match(unknown.stderr, /choose one of: init-run\.sh/);
    // Every file is named once, by its file name; a kind with several files is not answered with the first of them.
    const listed = /choose one of: (.*)/.exec(unknown.stderr)![1]!.split(', ');
    assert.equal(listed, [...new Set(listed)]);
    assert.ok(listed.includes('dashboard-gpu.json'));
    const near = await cli(['build', '--stdout', 'prometheus.yaml'], dir);
    assert.is(near.code, 2);
    assert.match(near.stderr, /hint: did you mean `prometheus\.yml`\?/);
    const several = await cli(['build', '--stdout', 'grafana-dashboard'], dir);
    assert.is(several.code, 2);
    assert.match(several.stderr, /--stdout grafana-dashboard: this build has \d+ of those\n {2}hint: choose one of: dashboard-overview\.json, dashboard-gpu\.json/);
    const one = await cli(['build', '--stdout', 'dashboard-gpu.json'], dir);
    assert.is(one.code, 0);
    assert.is(JSON.parse(one.stdout).uid, 'obscompile-gpu');
  } finally {
    cleanup(dir);
  }
});

test('run through npx, the commands obscompile suggests say npx too; run otherwise, they do not', () => {
  const dir = tempDir();
  try {
    const run = (args: string[], env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/bin.cjs'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, OBSCOMPILE_NO_BUILD_RECORD: '1', ...env } });
    const { npm_command: _, ...plain } = process.env;
    assert.match(run(['init'], { npm_command: 'exec' }).stdout, /next: npx obscompile build\n/);
    // A config outside this folder: npx finds obscompile only here (elsewhere it would ask the npm registry), so the
    // next build names the config instead of going there; a folder inside keeps the cd.
    mkdirSync(path.join(dir, 'proj'));
    const inProj = (args: string[], env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/bin.cjs'), ...args], { cwd: path.join(dir, 'proj'), encoding: 'utf8', env: { ...process.env, OBSCOMPILE_NO_BUILD_RECORD: '1', ...env } });
    assert.match(inProj(['init', '../elsewhere'], { npm_command: 'exec' }).stdout, /next: npx obscompile build --config \.\.\/elsewhere\/observability\.config\.yaml\n/);
    assert.match(inProj(['init', 'inside'], { npm_command: 'exec' }).stdout, /next: cd inside && npx obscompile build\n/);
    assert.match(inProj(['init', '../elsewhere-2'], { ...plain, npm_command: 'run-script' }).stdout, /next: cd \.\.\/elsewhere-2 && obscompile build\n/);
    // Before a first build every file is missing: one line names the first few, not a line each.
    const before = run(['check'], { npm_command: 'exec' }).stdout;
    assert.match(before, /^\S+: \d+ files are missing \(init-run\.sh, setup-storage\.sh, launch-model\.sh and \d+ more\): run `npx obscompile build`\n\S+: \d+ files out of date\n$/);
    assert.match(run(['validate', '--config', 'sub/nope.yaml'], { npm_command: 'exec' }).stderr, /run `npx obscompile init`/);
    const direct = run(['check'], { ...plain, npm_command: 'run-script' });
    assert.match(direct.stdout, /launch-model\.sh and \d+ more\): run `obscompile build`/);
  } finally {
    cleanup(dir);
  }
});

test("init names the project and its Compose service after the project folder (above a config folder such as .devcontainer), so two projects do not share a container name", async () => {
  const dir = tempDir();
  try {
    // Names YAML would read as a number, a boolean or null are written quoted; a name cut at 63 characters ends clean.
    const long = `${'a'.repeat(62)}-x`;
    for (const [folder, name] of [['Team GPU_box.2', 'team-gpu_box.2'], ['x', 'x-dev'], ['_x', 'x-dev'], ['grafana', 'sglang-dev'], ['日本', 'sglang-dev'], ['__llm__', 'llm__'], ['2024', '2024'], ['true', 'true'], ['1e3', '1e3'], [long, 'a'.repeat(62)]] as const) {
      const r = await cli(['init', folder], dir);
      assert.is(r.code, 0, folder);
      const config = parseYaml(readFileSync(path.join(dir, folder, 'observability.config.yaml'), 'utf8'));
      assert.is(config.project.name, name, folder);
      assert.is(config.container.service, name, folder);
      // A folder that gives no name is said, with the name kept and what to change.
      assert.is(/gives no project name/.test(r.stdout), name === 'sglang-dev', `${folder}: ${r.stdout}`);
      const valid = await cli(['validate'], path.join(dir, folder));
      assert.is(valid.code, 0, `${folder}: the name validates\n${valid.stderr}`);
    }
    // A config folder of a project (hidden, or named devcontainer or observability) names it after the folder above.
    for (const folder of ['llm-bench/.devcontainer', 'llm-bench/.devcontainer/observability', 'llm-bench/observability']) {
      assert.is((await cli(['init', folder], dir)).code, 0, folder);
      const config = parseYaml(readFileSync(path.join(dir, folder, 'observability.config.yaml'), 'utf8'));
      assert.equal([config.project.name, config.container.service], ['llm-bench', 'llm-bench'], folder);
    }
    // An example started in a folder is named after it too, not after the example.
    assert.is((await cli(['init', '--example', 'cpu-only', 'my-box'], dir)).code, 0);
    const example = parseYaml(readFileSync(path.join(dir, 'my-box', 'observability.config.yaml'), 'utf8'));
    assert.equal([example.project.name, example.container.service], ['my-box', 'my-box']);
  } finally {
    cleanup(dir);
  }
});

test('init beside an existing observability.config.yml refuses, since a new .yaml would be read instead of it', async () => {
  const dir = tempDir();
  try {
    writeFileSync(path.join(dir, 'observability.config.yml'), 'version: 1\n');
    const r = await cli(['init'], dir);
    assert.is(r.code, 2);
    assert.match(r.stderr, /^observability\.config\.yml: error \[OBS_IO\] observability\.config\.yml already exists; a new observability\.config\.yaml beside it would be read instead of it/m);
    assert.equal(readdirSync(dir), ['observability.config.yml'], 'nothing written');
  } finally {
    cleanup(dir);
  }
});

test('build --out into the storage root is refused as output.dir there is, and writes nothing', async () => {
  const dir = tempDir();
  try {
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\nstorage:\n  hostRoot: store\n');
    const r = await cli(['build', '--out', 'store/gen'], dir);
    assert.is(r.code, 2);
    assert.match(r.stderr, /error \[OBS_USAGE\] --out store\/gen is inside the storage root `store`/);
    assert.not.ok(existsSync(path.join(dir, 'store')), 'nothing written');
    // Through a symbolic link into it, too; a sibling whose name starts the same is another folder.
    mkdirSync(path.join(dir, 'store'));
    symlinkSync('store', path.join(dir, 'link'));
    assert.match((await cli(['build', '--out', 'link/gen'], dir)).stderr, /--out link\/gen is inside the storage root `store`/);
    assert.equal(readdirSync(path.join(dir, 'store')), []);
    assert.is((await cli(['build', '--out', 'store2'], dir)).code, 0);
  } finally {
    cleanup(dir);
  }
});

test('a modeline left naming the old schema copy after output.dir moved is warned about, with the line to write', async () => {
  const dir = tempDir();
  try {
    assert.is((await cli(['init'], dir)).code, 0);
    const file = path.join(dir, 'observability.config.yaml');
    const moved = readFileSync(file, 'utf8').replace(/^ {2}dir: \.devcontainer\/observability$/m, '  dir: observability');
    writeFileSync(file, moved);
    const r = await cli(['validate'], dir);
    assert.is(r.code, 0);
    assert.match(r.stderr, /^observability\.config\.yaml:1:33: warning \[OBS_MODELINE_STALE\] the editor modeline names `\.\/\.devcontainer\/observability\/observability\.schema\.json`, but build keeps the schema copy in `observability`/m);
    assert.match(r.stderr, /hint: change the line to `# yaml-language-server: \$schema=\.\/observability\/observability\.schema\.json`/);
    // The line written as the hint says, a URL, the package's own copy, or a build sent elsewhere: no warning.
    for (const line of ['./observability/observability.schema.json', 'https://example.invalid/observability.schema.json', './node_modules/obscompile/schema/observability.schema.json']) {
      writeFileSync(file, moved.replace(/\$schema=\S+/, `$schema=${line}`));
      assert.not.match((await cli(['validate'], dir)).stderr, /OBS_MODELINE_STALE/, line);
    }
    writeFileSync(file, moved);
    assert.not.match((await cli(['build', '--out', 'elsewhere'], dir)).stderr, /OBS_MODELINE_STALE/);
    // The output folder the config's own: the copy beside it, named without `./.`.
    writeFileSync(file, moved.replace(/dir: observability/, 'dir: ./.'));
    assert.match((await cli(['validate'], dir)).stderr, /hint: change the line to `# yaml-language-server: \$schema=\.\/observability\.schema\.json`$/m);
  } finally {
    cleanup(dir);
  }
});

test('init --example of a stack that runs Grafana says where its admin password goes; the starter, which does not, says nothing of it', async () => {
  const dir = tempDir();
  try {
    const vllm = await cli(['init', 'v', '--example', 'vllm-dev'], dir);
    assert.is(vllm.code, 0);
    assert.match(vllm.stdout, /^Grafana's admin password file v\/secrets\/grafana-admin-password is not there yet: make it before `devcontainer up` \(Compose mounts it as a secret, and will not start without it\), and keep it out of git; for example `\(umask 077 && mkdir -p v\/secrets && head -c 24 \/dev\/urandom \| base64 > v\/secrets\/grafana-admin-password\) && echo \/v\/secrets\/grafana-admin-password >> \.gitignore`$/m);
    assert.not.match((await cli(['init', 's'], dir)).stdout, /Grafana/);
  } finally {
    cleanup(dir);
  }
});

test('a config given as an operand is pointed to --config; explain past the end of a list says how long it is, and of a key with fixed values lists them', async () => {
  const dir = configDir('version: 1\noutput:\n  dir: out\n');
  try {
    writeFileSync(path.join(dir, 'my.yaml'), 'version: 1\n');
    const r = await cli(['validate', 'my.yaml'], dir);
    assert.is(r.code, 2);
    assert.match(r.stderr, /too many arguments for 'validate'.*\na config is given with --config: obscompile validate --config my\.yaml\n/s);
    const past = await cli(['explain', 'storage.durable[5].dir'], dir);
    assert.is(past.code, 2);
    assert.match(past.stderr, /`storage\.durable` has 2 items, \[0\] to \[1\]/);
    assert.match(past.stderr, /hint: count items from 0; `obscompile explain storage\.durable` shows the list/);
    assert.is((await cli(['explain', 'storage.durable[1].dir'], dir)).code, 0);
    // A key with a fixed set of values lists them.
    assert.match((await cli(['explain', 'modelServer.engine'], dir)).stdout, /\n  takes: "sglang", "vllm"\n$/);
    assert.not.match((await cli(['explain', 'prometheus.port'], dir)).stdout, /takes:/);
  } finally {
    cleanup(dir);
  }
});

test('build names the files it removes (a component turned off), and one it leaves because it was edited', async () => {
  const dir = configDir('version: 1\noutput:\n  dir: out\n');
  try {
    assert.is((await cli(['build'], dir)).code, 0);
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\noutput:\n  dir: out\nalerting:\n  enabled: false\n');
    const r = await cli(['build'], dir);
    assert.match(r.stdout, /, removed 2 \(alert-rules\.test\.yml, alert-rules\.yml\)\n/);
    // Turned on and off again, with a rule file edited in between: that one stays, and the build says so, once.
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\noutput:\n  dir: out\n');
    assert.is((await cli(['build'], dir)).code, 0);
    writeFileSync(path.join(dir, 'out', 'alert-rules.yml'), 'groups: []\n');
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\noutput:\n  dir: out\nalerting:\n  enabled: false\n');
    const left = await cli(['build'], dir);
    assert.match(left.stdout, /, removed 1 \(alert-rules\.test\.yml\)\nleft out\/alert-rules\.yml in place: obscompile no longer writes it, and it was edited by hand/);
    assert.equal(readFileSync(path.join(dir, 'out', 'alert-rules.yml'), 'utf8'), 'groups: []\n');
    assert.match((await cli(['build'], dir)).stdout, /^out: wrote 0 files, \d+ unchanged\n/);
    assert.is((await cli(['check'], dir)).code, 0, 'a file left in place is no drift');
  } finally {
    cleanup(dir);
  }
});

test('build --dry-run reports and writes nothing', async () => {
  const dir = configDir('version: 1\noutput:\n  dir: out\n');
  try {
    const r = await cli(['build', '--dry-run'], dir);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`out: would write ${await artifactCount(dir)} files`));
    assert.throws(() => readFileSync(path.join(dir, 'out/init-run.sh')));
    assert.not.ok(existsSync(path.join(dir, 'out')), 'not even the folder is made');
  } finally {
    cleanup(dir);
  }
});

test('build writes once, then reports everything unchanged; --out overrides output.dir', async () => {
  const dir = configDir('version: 1\n');
  try {
    const n = await artifactCount(dir);
    const first = await cli(['build', '--out', 'gen'], dir);
    assert.is(first.code, 0, first.stderr);
    assert.match(first.stdout, new RegExp(`^gen: wrote ${n} files`));
    const second = await cli(['build', '--out', 'gen'], dir);
    assert.match(second.stdout, new RegExp(`^gen: wrote 0 files, ${n} unchanged`));
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\nprometheus:\n  retention: 30d\n');
    const third = await cli(['build', '--out', 'gen'], dir);
    assert.match(third.stdout, new RegExp(`^gen: wrote 1 file \\(prometheus\\.yml\\), ${n - 1} unchanged`), 'a retention change touches only prometheus.yml (Prometheus 3.11+ reads it from there)');
  } finally {
    cleanup(dir);
  }
});

test('docs prints every table, each under its name, as --help says; --table NAME prints one without a heading', async () => {
  const example = path.join(ROOT, 'examples/sglang-dev');
  const all = await cli(['docs'], example);
  assert.is(all.code, 0, all.stderr);
  assert.equal(all.stdout.split('\n').filter((l) => l.startsWith('## ')), ['## components', '## metrics', '## alerts', '## dashboards']);
  const alerts = await cli(['docs', '--table', 'alerts'], example);
  assert.ok(all.stdout.includes(alerts.stdout.trim()), 'the alerts table is the one --table alerts prints');
  assert.not.match(alerts.stdout, /^## /m);
  // The config's own values: a threshold and a `for` it sets are in the table.
  const dir = configDir('version: 1\nalerting:\n  thresholds: { ttftSeconds: 4 }\n  for: { TargetDown: 2m }\n');
  try {
    const own = await cli(['docs', '--table', 'alerts'], dir);
    assert.match(own.stdout, /^\| `TimeToFirstTokenHigh` .*\| `alerting\.thresholds\.ttftSeconds` = 4 +\| 10m +\|$/m);
    assert.match(own.stdout, /^\| `TargetDown` .*\| — +\| 2m +\|$/m);
  } finally {
    cleanup(dir);
  }
});


test('a current folder removed after the shell entered it is said, with exit 2, not a stack trace', () => {
  const dir = tempDir();
  try {
    const bin = path.join(ROOT, 'dist/cli/bin.cjs');
    const r = spawnSync('sh', ['-c', 'mkdir gone && cd gone && rmdir ../gone && exec "$0" "$1" build', process.execPath, bin], { cwd: dir, encoding: 'utf8' });
    assert.is(r.status, 2, r.stderr);
    assert.is(r.stderr, 'obscompile: the current folder no longer exists (it was removed or renamed after this shell entered it): cd into a folder that exists, and run it again\n');
  } finally {
    cleanup(dir);
  }
});

test('a config that is a symlink loop is said in words, with a hint that fits', async () => {
  const dir = tempDir();
  try {
    symlinkSync('loop.yaml', path.join(dir, 'loop.yaml'));
    const r = await cli(['validate', '--config', 'loop.yaml'], dir);
    assert.is(r.code, 2);
    assert.match(r.stderr, /^loop\.yaml: error \[OBS_IO\] cannot read loop\.yaml: it is a symbolic link that leads back to itself \(ELOOP\)\n {2}hint: point the link at the config file/);
  } finally {
    cleanup(dir);
  }
});

test('init given a file name, or a file, says it takes a folder and makes nothing', async () => {
  const dir = tempDir();
  try {
    writeFileSync(path.join(dir, 'notes.yaml'), 'x: 1\n');
    for (const [arg, what] of [['typo.yaml', 'reads as a file name'], ['notes.yaml', 'is a file']] as const) {
      const r = await cli(['init', arg], dir);
      assert.is(r.code, 2, arg);
      assert.match(r.stderr, new RegExp(`error \\[OBS_USAGE\\] init takes the folder to write observability\\.config\\.yaml into; ${arg.replace('.', '\\.')} ${what}`));
    }
    assert.equal(readdirSync(dir), ['notes.yaml'], 'no folder named typo.yaml was made');
  } finally {
    cleanup(dir);
  }
});

test.run();
