/**
 * Installing obscompile the way its users' hooks do, in scratch folders: pre-commit's `language: node` steps
 * (npm install in the hook repository, npm pack, npm install -g of the tarball into the hook's own prefix), and the
 * Node-native route (a devDependency run from a git hook, as husky or lefthook set it up). Uses the committed HEAD.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, cleanup, tempDir } from '../helpers.js';
import { toolTest } from './tools.js';

const NPM = 'npm';
const CONFIG = 'version: 1\noutput:\n  dir: .devcontainer/observability\n';

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(cmd, args, { cwd, env: { ...env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' }, encoding: 'utf8', timeout: 180_000 });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function scratchProject(dir: string): void {
  sh('git', ['init', '-q', '-b', 'main', dir], dir);
  sh('git', ['config', 'user.email', 'test@example.invalid'], dir);
  sh('git', ['config', 'user.name', 'test'], dir);
  writeFileSync(path.join(dir, 'observability.config.yaml'), CONFIG);
}

toolTest(test, ['git'], 'pre-commit: the hook repository installs with npm install, npm pack and npm install -g, and its hooks run', () => {
  const work = tempDir();
  try {
    const repo = path.join(work, 'repo');
    assert.is(sh('git', ['clone', '-q', ROOT, repo], work).code, 0);
    // pre-commit's node language: install in the clone (dev dependencies included), pack, install the tarball globally.
    const install = sh(NPM, ['install', '--include=dev', '--include=prod', '--ignore-prepublish', '--no-progress', '--no-save', '--prefer-offline'], repo);
    assert.is(install.code, 0, install.stderr);
    const pack = sh(NPM, ['pack'], repo);
    assert.is(pack.code, 0, pack.stderr);
    assert.match(pack.stdout.trim(), /^obscompile-[\d.]+\.tgz$/, `npm pack prints only the tarball name: ${JSON.stringify(pack.stdout)}`);
    const prefix = path.join(work, 'env');
    const global = sh(NPM, ['install', '-g', '--prefix', prefix, path.join(repo, pack.stdout.trim())], repo);
    assert.is(global.code, 0, global.stderr);
    const env = { ...process.env, PATH: `${path.join(prefix, 'bin')}:${process.env.PATH}` };
    const project = path.join(work, 'project');
    mkdirSync(project);
    scratchProject(project);
    const hooks = readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    for (const entry of [...hooks.matchAll(/^\s+entry: (.+)$/gm)].map((m) => m[1]!.split(' '))) {
      const r = sh(entry[0]!, entry.slice(1), project, env);
      assert.is(r.code, 0, `${entry.join(' ')}: ${r.stderr}`);
    }
  } finally {
    cleanup(work);
  }
});

toolTest(test, ['git'], 'a devDependency run from a git pre-commit hook (the husky/lefthook route) with check --staged refuses both commit mistakes', () => {
  const work = tempDir();
  try {
    const pack = sh(NPM, ['pack', '--pack-destination', work], ROOT);
    assert.is(pack.code, 0, pack.stderr);
    const project = path.join(work, 'project');
    mkdirSync(project);
    scratchProject(project);
    sh(NPM, ['init', '-y'], project);
    const add = sh(NPM, ['install', '--save-dev', '--offline', path.join(work, pack.stdout.trim())], project);
    assert.is(add.code, 0, add.stderr);
    // What `npx husky init` sets up: core.hooksPath and a pre-commit script, here the one the README gives.
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const hook = /\.husky\/pre-commit[^\n]*\n+```sh\n([^`]+)```/.exec(readme)?.[1];
    assert.ok(hook?.includes('check --staged'), 'the README gives a husky hook that checks the index');
    mkdirSync(path.join(project, '.husky'));
    writeFileSync(path.join(project, '.husky', 'pre-commit'), `#!/bin/sh\n${hook}`, { mode: 0o755 });
    sh('git', ['config', 'core.hooksPath', '.husky'], project);
    writeFileSync(path.join(project, '.gitignore'), 'node_modules/\n');
    assert.is(sh('npx', ['--no-install', 'obscompile', 'build'], project).code, 0);
    sh('git', ['add', '-A'], project);
    const first = sh('git', ['commit', '-q', '-m', 'stack'], project);
    assert.is(first.code, 0, first.stderr + first.stdout);

    // Mistake 1: the config changed and is staged, its output was not rebuilt (the staged output is stale).
    writeFileSync(path.join(project, 'observability.config.yaml'), `${CONFIG}prometheus:\n  port: 9191\n`);
    sh('git', ['add', 'observability.config.yaml'], project);
    const stale = sh('git', ['commit', '-q', '-m', 'change the config only'], project);
    assert.is.not(stale.code, 0, 'the hook refuses a commit with stale output');
    assert.match(stale.stdout + stale.stderr, /prometheus\.yml is staged as built from another config than the one staged: run `npx obscompile build`, then `git add \.devcontainer\/observability`/);
    assert.match(stale.stdout + stale.stderr, /^--- a\/prometheus\.yml\tstaged$/m, 'the diff says it compares the staged file');
    // Run by hand from a subfolder: the files are named where they are, not in the staged mirror.
    mkdirSync(path.join(project, 'sub'));
    const below = sh('npx', ['--no-install', 'obscompile', 'check', '--staged', '--format', 'github'], path.join(project, 'sub'));
    assert.is(below.code, 1, below.stderr);
    assert.match(below.stdout, new RegExp(`^::error file=${project.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/\\.devcontainer/observability/prometheus\\.yml,`, 'm'));
    assert.not.match(below.stdout + below.stderr, /obscompile-staged-/, 'no path of the mirror');

    // Mistake 2: the output is rebuilt in the working tree but not staged: the working tree is fine, the commit is not.
    assert.is(sh('npx', ['--no-install', 'obscompile', 'build'], project).code, 0);
    assert.is(sh('npx', ['--no-install', 'obscompile', 'check'], project).code, 0, 'the working tree is up to date');
    const unstaged = sh('git', ['commit', '-q', '-m', 'config staged, output not'], project);
    assert.is.not(unstaged.code, 0, 'the hook refuses a commit whose fresh output is not staged');
    // What it says leads out of the loop: the build is done, the staging is not.
    assert.match(unstaged.stdout + unstaged.stderr, /prometheus\.yml is staged as built from another config than the one staged: run `npx obscompile build`, then `git add \.devcontainer\/observability`/);

    // Both staged: the commit goes through.
    sh('git', ['add', '-A'], project);
    const good = sh('git', ['commit', '-q', '-m', 'config and output'], project);
    assert.is(good.code, 0, good.stdout + good.stderr);
  } finally {
    cleanup(work);
  }
});

test.run();
