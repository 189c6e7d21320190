/**
 * Generated files checked into git come back byte for byte, also for a clone with core.autocrlf=true (Git for
 * Windows' default), whose conversion to CRLF would break the scripts in the container and make `check` and `build`
 * find every file edited by hand. Each output folder's .gitattributes is what keeps them. And the commands a build
 * gives for the secret files still to be made keep them out of git.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, cleanup, cli, tempDir } from '../helpers.js';
import { toolTest } from './tools.js';

function git(args: string[], cwd: string) {
  const r = spawnSync('git', ['-c', 'user.email=test@example.invalid', '-c', 'user.name=test', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  assert.is(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Every file under `dir` whose bytes hold a carriage return. */
const withCr = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile() && readFileSync(path.join(dir, f)).includes(0x0d));

/** A new git repository in `work` holding the reference example's config, built once. */
async function builtRepo(work: string) {
  const repo = path.join(work, 'repo');
  git(['init', '-q', repo], work);
  writeFileSync(path.join(repo, 'observability.config.yaml'), readFileSync(path.join(ROOT, 'examples/sglang-dev/observability.config.yaml')));
  const built = await cli(['build'], repo);
  assert.is(built.code, 0, built.stderr);
  return { repo, built };
}

toolTest(test, ['git'], 'a clone with core.autocrlf=true checks out the generated files as written: check passes, the scripts keep LF', async () => {
  const work = tempDir();
  try {
    const { repo, built } = await builtRepo(work);
    git(['add', '-A'], repo);
    git(['commit', '-q', '-m', 'stack'], repo);
    // Cloned back to the same path: devcontainer.json names the folder relative to the workspace.
    git(['clone', '-q', '--bare', repo, path.join(work, 'origin.git')], work);
    rmSync(repo, { recursive: true, force: true });
    const clone = repo;
    git(['clone', '-q', '-c', 'core.autocrlf=true', path.join(work, 'origin.git'), clone], work);
    assert.equal(withCr(path.join(clone, 'out')), [], 'no generated file gained a carriage return');
    const check = await cli(['check'], clone);
    assert.is(check.code, 0, check.stdout + check.stderr);
    assert.is(git(['status', '--porcelain'], clone), '', 'the clone is clean');
  } finally {
    cleanup(work);
  }
});

toolTest(test, ['git', 'bash'], 'the commands a build gives for the missing secret files make them and keep them out of git', async () => {
  const work = tempDir();
  try {
    const { repo, built } = await builtRepo(work);
    // Every secret line: Grafana's gives a command that makes the file and ignores it, the others one that ignores it.
    const commands = [...built.stdout.matchAll(/is not there yet: .*?(?:for example |\()`([^`]+)`\)?$/gm)].map((m) => m[1]!);
    assert.is(commands.length, 2, built.stdout);
    for (const command of commands) {
      const r = spawnSync('bash', ['-c', command], { cwd: repo, encoding: 'utf8' });
      assert.is(r.status, 0, `${command}: ${r.stderr}`);
    }
    writeFileSync(path.join(repo, 'secrets', 'deadman-token'), 'token\n', { mode: 0o600 });
    assert.is(statSync(path.join(repo, 'secrets', 'grafana-admin-password')).mode & 0o777, 0o600, 'only its owner reads the password');
    git(['add', '-A'], repo);
    const staged = git(['diff', '--cached', '--name-only'], repo).split('\n');
    assert.ok(staged.includes('out/prometheus.yml') && staged.includes('.gitignore'), staged.join(' '));
    assert.equal(staged.filter((f) => f.startsWith('secrets/')), [], 'no secret is staged');
    const again = await cli(['build'], repo);
    assert.not.match(again.stdout, /not there yet/, 'made, they are no longer said');
  } finally {
    cleanup(work);
  }
});

test.run();
