/** setup-storage.sh, run for real in a temporary root: the seed's tree, idempotent, existing data untouched. */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import { parse as parseYaml } from 'yaml';
import * as assert from 'uvu/assert';
import { cleanup, tempDir } from '../helpers.js';
import { compile } from '../../src/index.js';
import { exampleOut, runTool, toolTest } from './tools.js';

/** Every entry below `root`, as relative paths with a trailing / for folders. */
function tree(root: string, prefix = ''): string[] {
  return readdirSync(path.join(root, prefix))
    .sort()
    .flatMap((name) => {
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(path.join(root, rel)).isDirectory() ? [`${rel}/`, ...tree(root, rel)] : [rel];
    });
}

/** The storage layout of DESIGN.md / seed 000 "Storage Layout", and the Alertmanager's folder (the example enables one). */
const EXPECTED = [
  '.gitignore',
  '.obscompile-stack',
  'alertmanager/',
  'container_run_meta.env',
  'huggingface/',
  'jaeger/',
  'logs/',
  'models/',
  'profiles/',
  'profiles/deep_gemm/',
  'profiles/flashinfer/',
  'profiles/moe_configs/',
  'profiles/moe_configs/configs/',
  'profiles/torchinductor/',
  'profiles/triton/',
  'prometheus/',
  // Beyond the seed's tree, with alertmanager/ (the example runs Alertmanager): where launch-model.sh leaves its start.
  'textfile/',
];

toolTest(test, ['bash'], 'setup-storage.sh creates exactly the seed tree, and a second run changes nothing', () => {
  const root = path.join(tempDir(), 'storage');
  try {
    const script = path.join(exampleOut('sglang-dev'), 'setup-storage.sh');
    const env = { ...process.env, OBS_STORAGE_ROOT: root };
    const first = runTool('bash', [script], env);
    assert.is(first.code, 0, first.out);
    assert.equal(tree(root), EXPECTED);
    const meta = readFileSync(path.join(root, 'container_run_meta.env'), 'utf8');
    const sourced = runTool('bash', ['-c', 'set -u; source "$1"; printf "%s|" "$CONTAINER_RUN_ID" "$CONTAINER_LOG_FILE"', '_', path.join(root, 'container_run_meta.env')]);
    assert.is(sourced.code, 0, `the seeded metadata is readable by source: ${sourced.out}`);
    mkdirSync(path.join(root, 'models/qwen'), { recursive: true });
    writeFileSync(path.join(root, 'models/qwen/weights.bin'), 'precious');
    writeFileSync(path.join(root, 'container_run_meta.env'), "CONTAINER_RUN_ID='container-run-x'\n");
    const second = runTool('bash', [script], env);
    assert.is(second.code, 0, second.out);
    // The script's thirteen folders (profiles/moe_configs only as configs' parent), the .gitignore, the run metadata and the stack marker.
    assert.match(second.out, /\(0 created, 16 already present\)/);
    assert.equal(tree(root), [...EXPECTED, 'models/qwen/', 'models/qwen/weights.bin'].sort());
    assert.is(readFileSync(path.join(root, 'models/qwen/weights.bin'), 'utf8'), 'precious');
    assert.is(readFileSync(path.join(root, 'container_run_meta.env'), 'utf8'), "CONTAINER_RUN_ID='container-run-x'\n", 'existing metadata is kept');
    assert.ok(meta.includes("CONTAINER_RUN_ID=''"));
    assert.ok(meta.includes("ALERTMANAGER_DATA_DIR=''"), 'every variable init-run.sh writes is seeded (the example runs Alertmanager)');
  } finally {
    cleanup(path.dirname(root));
  }
});

toolTest(test, ['bash'], 'an absolute storage.hostRoot is used as written: by setup-storage.sh run without OBS_STORAGE_ROOT, and in compose', async () => {
  const work = tempDir();
  const root = path.join(work, 'abs-storage');
  try {
    const compiled = [];
    // The same config in two checkouts: the generated files name the absolute root alike.
    for (const checkout of ['one', 'two/deeper']) {
      const dir = path.join(work, checkout);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'observability.config.yaml'), `version: 1\noutput: { dir: out }\nstorage: { hostRoot: ${root} }\n`);
      const c = await compile({ cwd: dir });
      assert.ok(c.artifacts, JSON.stringify(c.diagnostics));
      compiled.push(Object.fromEntries(c.artifacts.map((a) => [a.name, a.content])));
      if (checkout === 'one') for (const a of c.artifacts) writeFileSync(path.join(dir, a.name === 'setup-storage.sh' ? 'setup-storage.sh' : `_${a.path.replace(/\//g, '_')}`), a.content);
    }
    assert.is(compiled[0]!['docker-compose.yml'], compiled[1]!['docker-compose.yml']);
    assert.is(compiled[0]!['setup-storage.sh'], compiled[1]!['setup-storage.sh']);
    assert.match(compiled[0]!['docker-compose.yml']!, new RegExp(`- \\$\\{OBS_STORAGE_ROOT:-${root}\\}:/telemetry`));
    const env = { ...process.env };
    delete env.OBS_STORAGE_ROOT;
    const r = runTool('bash', [path.join(work, 'one', 'setup-storage.sh')], env);
    assert.is(r.code, 0, r.out);
    assert.ok(statSync(path.join(root, 'prometheus')).isDirectory(), 'the tree is made at the absolute root');
  } finally {
    cleanup(work);
  }
});

/** Compose's `${VAR:-default}` (compose-spec interpolation.md), the only form the generated compose file uses. */
const interpolate = (text: string, env: Record<string, string | undefined>) => text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*):-([^}]*)\}/g, (_, name: string, fallback: string) => env[name] || fallback);

/** The host folder compose mounts at the telemetry root, as Compose reads it with `env`, from the compose file's folder. */
function mountedRoot(outDir: string, env: Record<string, string | undefined>): string {
  const dev = (parseYaml(readFileSync(path.join(outDir, 'docker-compose.yml'), 'utf8')) as { services: Record<string, { volumes?: string[] }> }).services;
  const volume = Object.values(dev).flatMap((svc) => svc.volumes ?? []).find((v) => v.endsWith(':/telemetry'))!;
  return path.resolve(outDir, interpolate(volume, env).replace(/:\/telemetry$/, ''));
}

toolTest(test, ['bash'], 'OBS_STORAGE_ROOT moves the tree and the mount together; unset, both use storage.hostRoot; a relative one is refused', () => {
  const work = tempDir();
  try {
    const outDir = exampleOut('sglang-dev');
    const moved = path.join(work, 'elsewhere');
    const r = runTool('bash', [path.join(outDir, 'setup-storage.sh')], { ...process.env, OBS_STORAGE_ROOT: moved });
    assert.is(r.code, 0, r.out);
    assert.is(mountedRoot(outDir, { OBS_STORAGE_ROOT: moved }), moved, 'compose mounts the tree setup-storage.sh made');
    assert.ok(statSync(path.join(moved, 'prometheus')).isDirectory());
    const script = readFileSync(path.join(outDir, 'setup-storage.sh'), 'utf8');
    const fallback = /^readonly DEFAULT_STORAGE_ROOT=(.*)$/m.exec(script)![1]!.replace(/^'|'$/g, '');
    assert.is(mountedRoot(outDir, {}), path.resolve(outDir, fallback), 'unset, both use the configured root');
    const relative = runTool('bash', [path.join(outDir, 'setup-storage.sh')], { ...process.env, OBS_STORAGE_ROOT: 'rel/storage' });
    assert.is(relative.code, 1);
    assert.match(relative.out, /OBS_STORAGE_ROOT must be an absolute path, not rel\/storage/);
    const tilde = runTool('bash', [path.join(outDir, 'setup-storage.sh')], { ...process.env, HOME: work, OBS_STORAGE_ROOT: '~/st' });
    assert.is(tilde.code, 1);
    assert.match(tilde.out, new RegExp(`did not expand ~ \\(it was quoted\\): give the full path, such as ${work}/st`));
    const colon = runTool('bash', [path.join(outDir, 'setup-storage.sh')], { ...process.env, OBS_STORAGE_ROOT: path.join(work, 'a:b') });
    assert.is(colon.code, 1);
    assert.match(colon.out, /holds a colon .*which docker-compose\.yml cannot mount/);
  } finally {
    cleanup(work);
  }
});

toolTest(test, ['bash', 'git'], 'the storage tree stays out of git wherever it sits in a repository', () => {
  const repo = tempDir();
  try {
    assert.is(runTool('git', ['init', '-q', repo]).code, 0);
    const root = path.join(repo, '.devcontainer', 'storage');
    const script = path.join(exampleOut('sglang-dev'), 'setup-storage.sh');
    assert.is(runTool('bash', [script], { ...process.env, OBS_STORAGE_ROOT: root }).code, 0);
    writeFileSync(path.join(root, 'models', 'weights.bin'), 'x');
    writeFileSync(path.join(repo, 'tracked.txt'), 'x');
    const status = runTool('git', ['-C', repo, 'status', '--porcelain', '--untracked-files=all']);
    assert.is(status.code, 0, status.out);
    assert.equal(status.out.trim().split('\n'), ['?? tracked.txt'], 'only the file outside the storage root is untracked');
  } finally {
    cleanup(repo);
  }
});

toolTest(test, ['bash', 'git'], 'a storage root that already holds a project is refused, and nothing in it changes', () => {
  const repo = tempDir();
  try {
    assert.is(runTool('git', ['init', '-q', repo]).code, 0);
    writeFileSync(path.join(repo, 'package.json'), '{}\n');
    writeFileSync(path.join(repo, '.env'), 'SECRET=1\n');
    const before = tree(repo);
    const script = path.join(exampleOut('sglang-dev'), 'setup-storage.sh');
    const r = runTool('bash', [script], { ...process.env, OBS_STORAGE_ROOT: repo });
    assert.is(r.code, 1, r.out);
    assert.match(r.out, /already holds files it did not create: .*\.env.*package\.json|already holds files it did not create: .*\.git/);
    assert.equal(tree(repo), before, 'no .gitignore, no folder was added');
  } finally {
    cleanup(repo);
  }
});

toolTest(test, ['bash'], "a stack's own root stays its own when the config drops a component or a durable folder: kept, not refused", async () => {
  const work = tempDir();
  try {
    const root = path.join(work, 'storage');
    const script = async (yaml: string) => {
      writeFileSync(path.join(work, 'observability.config.yaml'), `version: 1\noutput: { dir: out }\ncontainer: { service: box }\nstorage:\n  hostRoot: ${root}\n${yaml}`);
      const c = await compile({ cwd: work });
      assert.ok(c.artifacts, JSON.stringify(c.diagnostics));
      writeFileSync(path.join(work, 'setup-storage.sh'), c.artifacts.find((a) => a.name === 'setup-storage.sh')!.content);
      const env = { ...process.env };
      delete env.OBS_STORAGE_ROOT;
      return runTool('bash', [path.join(work, 'setup-storage.sh')], env);
    };
    const durable = '  durable:\n    - { dir: models, containerPath: /models }\n    - { dir: datasets, containerPath: /data }\n';
    const first = await script(`${durable}alertmanager: { enabled: true }\n`);
    assert.is(first.code, 0, first.out);
    writeFileSync(path.join(root, 'datasets', 'train.jsonl'), 'x');
    const before = tree(root);
    assert.ok(before.includes('alertmanager/') && before.includes('jaeger/'), before.join(' '));
    // Jaeger and the Alertmanager off, the datasets folder no longer listed: the root is still this stack's.
    const second = await script('  durable:\n    - { dir: models, containerPath: /models }\njaeger: { enabled: false }\nalertmanager: { enabled: false }\n');
    assert.is(second.code, 0, second.out);
    assert.equal(tree(root), before, 'nothing made, nothing removed: the folders of the earlier config are kept as they are');
    // A root that is not the stack's (no marker) is still refused for what it holds, a folder of Jaeger's included.
    const other = path.join(work, 'other');
    mkdirSync(path.join(other, 'jaeger'), { recursive: true });
    const env = { ...process.env, OBS_STORAGE_ROOT: other };
    const refused = runTool('bash', [path.join(work, 'setup-storage.sh')], env);
    assert.is(refused.code, 1, refused.out);
    assert.match(refused.out, /already holds files it did not create: jaeger/);
    assert.equal(readdirSync(other), ['jaeger'], 'a stack with Jaeger off makes no jaeger folder');
  } finally {
    cleanup(work);
  }
});

toolTest(test, ['bash'], 'a storage root that is a file, or a link to nothing, is said to be so, and nothing is made', () => {
  const dir = tempDir();
  try {
    const script = path.join(exampleOut('sglang-dev'), 'setup-storage.sh');
    writeFileSync(path.join(dir, 'file'), 'x');
    symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'dangling'));
    const file = runTool('bash', [script], { ...process.env, OBS_STORAGE_ROOT: path.join(dir, 'file') });
    assert.is(file.code, 1, file.out);
    assert.match(file.out, /setup-storage\.sh: \S+\/file is a file, not a folder/);
    const dangling = runTool('bash', [script], { ...process.env, OBS_STORAGE_ROOT: path.join(dir, 'dangling') });
    assert.is(dangling.code, 1, dangling.out);
    assert.match(dangling.out, /setup-storage\.sh: \S+\/dangling is a symbolic link to nothing \(\S+\/nowhere\)/);
    assert.not.ok(existsSync(path.join(dir, 'nowhere')), 'the link target is not made');
    // Inside the root: a folder of the tree that is a link to nothing, or a file, refuses the root before anything is made.
    for (const [what, make] of [['a symbolic link to nothing', (p: string) => symlinkSync(path.join(dir, 'nowhere'), p)], ['a file, not a folder', (p: string) => writeFileSync(p, 'x')]] as const) {
      const root = path.join(dir, `root-${what.split(' ')[1]}`);
      mkdirSync(root);
      make(path.join(root, 'logs'));
      const r = runTool('bash', [script], { ...process.env, OBS_STORAGE_ROOT: root });
      assert.is(r.code, 1, r.out);
      assert.match(r.out, new RegExp(`setup-storage\\.sh: \\S+/logs is ${what}`));
      assert.match(r.out, /nothing was changed/);
      assert.equal(readdirSync(root), ['logs'], `nothing made beside it (${what})`);
    }
  } finally {
    cleanup(dir);
  }
});

test.run();
