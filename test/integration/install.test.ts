/**
 * The documented install routes, as a user takes them: a tarball packed from the repository and a git URL pinned to
 * a commit, each installed into a scratch project (offline: the package has no dependencies), then the README's quick
 * start run there command by command.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, cleanup, tempDir } from '../helpers.js';
import { toolTest } from './tools.js';

const quiet = { npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };
function sh(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, ...quiet }, encoding: 'utf8', timeout: 180_000 });
  return { code: r.status ?? -1, out: `${r.stdout ?? ''}${r.stderr ?? ''}`, stdout: r.stdout ?? '' };
}

/** The README's quick start: the lines of its first sh block after the Quick start heading. */
function quickStart(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /## Quick start\n\n```sh\n([^`]+)```/.exec(readme)![1]!;
  return block.trim().split('\n').map((l) => l.replace(/\s+#.*$/, '').trim());
}

function scratch(work: string, name: string): string {
  const project = path.join(work, name);
  mkdirSync(project);
  sh('npm', ['init', '-y'], project);
  return project;
}

/** Runs the quick start in `project`: every npx line must succeed; the devcontainer line is what build printed. */
function runQuickStart(project: string): void {
  let printed = '';
  for (const line of quickStart()) {
    if (line.startsWith('$EDITOR')) continue;
    if (line.startsWith('devcontainer ')) {
      assert.ok(printed.includes(`open the dev container: ${line}`), `build prints the README's devcontainer command: ${printed}`);
      continue;
    }
    const [cmd, ...args] = line.split(/\s+/);
    const r = sh(cmd!, args, project);
    assert.is(r.code, 0, `${line}: ${r.out}`);
    if (args.includes('build')) printed = r.stdout;
  }
}

toolTest(test, ['git'], 'install from a packed tarball, then the README quick start runs as written', () => {
  const work = tempDir();
  try {
    const pack = sh('npm', ['pack', '--pack-destination', work], ROOT);
    assert.is(pack.code, 0, pack.out);
    const project = scratch(work, 'tarball');
    const add = sh('npm', ['install', '--save-dev', '--offline', path.join(work, pack.stdout.trim())], project);
    assert.is(add.code, 0, add.out);
    runQuickStart(project);
  } finally {
    cleanup(work);
  }
});

toolTest(test, ['git'], 'install from a git URL pinned to a commit, then the README quick start runs as written', () => {
  const work = tempDir();
  try {
    // A clone of what is committed: the route installs a commit, not the working tree.
    const repo = path.join(work, 'repo');
    assert.is(sh('git', ['clone', '-q', ROOT, repo], work).code, 0);
    const commit = sh('git', ['rev-parse', 'HEAD'], repo).stdout.trim();
    const project = scratch(work, 'from-git');
    const add = sh('npm', ['install', '--save-dev', '--offline', `git+file://${repo}#${commit}`], project);
    assert.is(add.code, 0, add.out);
    const installed = JSON.parse(readFileSync(path.join(project, 'node_modules', 'obscompile', 'package.json'), 'utf8'));
    assert.is(installed.name, 'obscompile');
    writeFileSync(path.join(project, '.gitignore'), 'node_modules/\n');
    runQuickStart(project);
  } finally {
    cleanup(work);
  }
});

test('package.json ships only what users need and has no script that makes npm build a git install', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  // npm's git fetcher installs every devDependency and runs the toolchain when one of these exists.
  for (const script of ['build', 'prepare', 'preinstall', 'install', 'postinstall', 'prepack']) assert.not.ok(script in pkg.scripts, `no \`${script}\` script`);
  assert.ok(pkg.repository?.url && pkg.homepage && pkg.bugs?.url, 'repository, homepage and bugs are set');
  // The examples' configs, and the fleet example's fleet file beside its base; the pages the README links to.
  assert.equal(pkg.files, ['dist', 'schema', 'examples/*/observability.config.yaml', 'examples/*/observability.fleet.yaml', 'LICENSE', 'README.md', 'CONTRIBUTING.md', 'docs/*.md']);
  assert.equal(Object.keys(pkg.dependencies ?? {}), [], 'no runtime dependencies');
});

test.run();
