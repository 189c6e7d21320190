/**
 * dist/ is checked in, so the package installs and runs (as a pre-commit hook, from git, with no build step and no
 * dependencies). It must be exactly what `npm run dist` makes from the sources.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, cleanup, tempDir } from './helpers.js';

function files(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix)).sort().flatMap((name) => {
    const rel = path.join(prefix, name);
    return statSync(path.join(dir, rel)).isDirectory() ? files(dir, rel) : [rel];
  });
}

test('the checked-in dist/ is what npm run dist makes from the sources (run `npm run dist` when this fails)', () => {
  const fresh = tempDir();
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', fresh], { cwd: ROOT });
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/bundle.mjs'), '--outdir', fresh], { cwd: ROOT });
    const dist = path.join(ROOT, 'dist');
    assert.equal(files(dist), files(fresh), 'the same files');
    for (const f of files(fresh)) assert.ok(readFileSync(path.join(dist, f)).equals(readFileSync(path.join(fresh, f))), `dist/${f} is stale: run \`npm run dist\``);
  } finally {
    cleanup(fresh);
  }
});

test('the package has no runtime dependencies: everything it runs is bundled', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; scripts: Record<string, string> };
  assert.equal(pkg.dependencies ?? {}, {});
  assert.not.ok(pkg.scripts.prepare, 'no prepare script: installing from git or a tarball runs nothing');
});

test('the bundled CLI runs every command: nothing it loads on first use is missing from the bundle', () => {
  const bin = path.join(ROOT, 'dist/cli/bin.cjs');
  const example = path.join(ROOT, 'examples/sglang-dev');
  const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: example, encoding: 'utf8', env: { ...process.env, OBSCOMPILE_NO_COMPILE_CACHE: '1' } });
  const runs: [string[], number][] = [
    [['validate'], 0],
    [['build', '--dry-run'], 0],
    [['check'], 0],
    [['schema'], 0],
    [['docs', '--table', 'dashboards'], 0],
    [['explain', 'grafana.port'], 0],
    [['lint', 'out/alert-rules.yml', 'out/dashboard-overview.json'], 0],
    [['lint', '../../test/fixtures/lint/mistakes.rules.yml', '--format', 'sarif'], 1],
    [['verify'], 2],
  ];
  for (const [args, code] of runs) {
    const r = run(args);
    assert.is(r.status, code, `obscompile ${args.join(' ')}: ${r.stderr}`);
    assert.not.match(r.stderr, /MODULE_NOT_FOUND|Cannot find module/, args.join(' '));
  }
});

test('the bundled CLI writes a fleet (the syncs of a batch, then its record) and builds it again from the record', () => {
  const bin = path.join(ROOT, 'dist/cli/bin.cjs');
  const dir = tempDir();
  try {
    cpSync(path.join(ROOT, 'examples/fleet'), dir, { recursive: true, filter: (f) => !/[\/](out|hosts)([\/]|$)/.test(f.slice(path.join(ROOT, 'examples/fleet').length)) });
    const run = () => spawnSync(process.execPath, [bin, 'build', '--fleet', 'observability.fleet.yaml', '--format', 'json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: path.join(dir, '.cache') } });
    const first = run();
    assert.is(first.status, 0, first.stdout + first.stderr);
    assert.ok(JSON.parse(first.stdout).result.hosts.every((h: { written: string[] }) => h.written.length > 0));
    const again = run();
    assert.is(again.status, 0, again.stderr);
    assert.is(JSON.parse(again.stdout).result.recorded, true, 'the second build came from the record');
  } finally {
    cleanup(dir);
  }
});

test.run();
