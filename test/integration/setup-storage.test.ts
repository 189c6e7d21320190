/** setup-storage.sh, run for real in a temporary root: the seed's tree, idempotent, existing data untouched. */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanup, tempDir } from '../helpers.js';
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
    assert.match(second.out, /\(0 created, 14 already present\)/);
    assert.equal(tree(root), [...EXPECTED, 'models/qwen/', 'models/qwen/weights.bin'].sort());
    assert.is(readFileSync(path.join(root, 'models/qwen/weights.bin'), 'utf8'), 'precious');
    assert.is(readFileSync(path.join(root, 'container_run_meta.env'), 'utf8'), "CONTAINER_RUN_ID='container-run-x'\n", 'existing metadata is kept');
    assert.ok(meta.includes("CONTAINER_RUN_ID=''"));
  } finally {
    cleanup(path.dirname(root));
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

test.run();
