/**
 * `check --staged` (src/cli/commands/staged.ts) compares what a commit would hold: the staged config and output,
 * copied into a mirror of the repository. A config whose paths leave the repository (a `devcontainer.workspaceRoot`
 * of `..`, a monorepo's workspace above it) compiles there as it does in the working tree.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanup, cli, tempDir } from '../helpers.js';
import { toolTest } from './tools.js';

const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
const mirrors = () => new Set(readdirSync(tmpdir()).filter((f) => f.startsWith('obscompile-staged-')));

toolTest(test, ['git'], 'check --staged: a workspace root above the repository compiles as in the working tree; the mirror is removed', async () => {
  const work = tempDir();
  try {
    const repo = path.join(work, 'workspace', 'service');
    mkdirSync(repo, { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    writeFileSync(path.join(repo, 'observability.config.yaml'), 'version: 1\noutput:\n  dir: .devcontainer/observability\ndevcontainer:\n  workspaceRoot: ..\n');
    const build = await cli(['build'], repo);
    assert.is(build.code, 0, build.stderr);
    assert.is(git(repo, 'add', '-A').status, 0);
    const before = mirrors();
    const staged = await cli(['check', '--staged'], repo);
    assert.is(staged.code, 0, staged.stdout + staged.stderr);
    assert.equal([...mirrors()].filter((m) => !before.has(m)), [], 'no mirror left in the temp folder');
    // And it still sees a stale commit: the config staged with a change, the output not rebuilt.
    writeFileSync(path.join(repo, 'observability.config.yaml'), 'version: 1\noutput:\n  dir: .devcontainer/observability\ndevcontainer:\n  workspaceRoot: ..\nprometheus:\n  port: 9191\n');
    git(repo, 'add', 'observability.config.yaml');
    const stale = await cli(['check', '--staged'], repo);
    assert.is(stale.code, 1, stale.stdout + stale.stderr);
    assert.not.match(stale.stdout + stale.stderr, /obscompile-staged-/, 'no path of the mirror');
  } finally {
    cleanup(work);
  }
});

test.run();
