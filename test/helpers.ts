/** Shared test helpers: golden-file comparison, temp folders, CLI capture, tool lookup. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as assert from 'uvu/assert';
import { run } from '../src/cli/cli.js';
import { compile } from '../src/compile.js';

export const ROOT = path.resolve(new URL('..', import.meta.url).pathname);
export const UPDATE = process.env.UPDATE === '1';

/** Compares `actual` with a checked-in file byte for byte; `UPDATE=1` rewrites the file instead. */
export function assertMatchesFile(actual: string, file: string): void {
  if (UPDATE) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  assert.ok(existsSync(file), `golden file ${path.relative(ROOT, file)} is missing; run with UPDATE=1 to create it`);
  const expected = readFileSync(file, 'utf8');
  if (actual !== expected) {
    assert.fixture(actual, expected, `${path.relative(ROOT, file)} is stale; run \`npm run examples\` (or UPDATE=1 npm test) and review the diff`);
  }
}

/** A fresh temporary folder; remove it with `cleanup`. */
export function tempDir(prefix = 'obscompile-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function cli(args: string[], cwd: string, cacheDir?: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd,
    ...(cacheDir ? { cacheDir } : {}),
    out: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (stderr += t.endsWith('\n') ? t : `${t}\n`),
  });
  return { code, stdout, stderr };
}

/** A CLI run in a process of its own (see cliProcess): the process, its output so far, and its exit code once it ends. */
export interface CliProcess {
  child: ChildProcess;
  out(): string;
  err(): string;
  exited: Promise<number | null>;
}

/**
 * The CLI from source in a process of its own, for runs a test signals or watches: both outputs are read as they
 * come (a pipe nobody reads fills, and the CLI then waits on it forever).
 */
export function cliProcess(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliProcess {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/cli/bin.ts'), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return { child, out: () => out, err: () => err, exited };
}

/** Absolute path of a system tool, or undefined. */
export function which(tool: string): string | undefined {
  try {
    return execFileSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A required system tool. Outside CI a missing tool returns undefined so the caller can skip;
 * under CI (`CI=true`) it is a failure.
 */
export function requireTool(tool: string): string | undefined {
  const found = which(tool);
  if (!found && process.env.CI === 'true') throw new Error(`${tool} is required under CI but was not found on PATH; .ci/run installs it`);
  return found;
}

/** Every file in a folder with its text, by name: compare before and after to prove nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

/** How many files a build of the config in `dir` writes: the count the CLI reports, computed from the compiler. */
export async function artifactCount(dir: string): Promise<number> {
  const c = await compile({ cwd: dir });
  assert.ok(c.artifacts, JSON.stringify(c.diagnostics));
  return c.artifacts.length;
}

/** The files of a written bundle, the manifest aside: what a removal of the bundle removes. */
export const bundleFiles = (dir: string) => readdirSync(dir).filter((f) => f !== '.obscompile-manifest.json');

/** Writes a config file into a new temp folder and returns the folder. */
export function configDir(yaml: string): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'observability.config.yaml'), yaml);
  return dir;
}

/** A PromQL name as a regular expression that matches it literally. */
const literal = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches a query that counts `name` from its series' birth (src/alerts/rule.ts grownOver: `name{…} unless last_over_time(name{…}[1h] offset`). */
export const countedFromBirth = (name: string): RegExp => new RegExp(`${literal(name)}(\\{[^}]*\\})? unless last_over_time\\(${literal(name)}(\\{[^}]*\\})?\\[1h\\] offset`);

/** Matches a query that reads `name` itself (not a longer name it begins). */
export const readsName = (name: string): RegExp => new RegExp(`(^|[^\\w:])${literal(name)}(?![\\w:])`);
