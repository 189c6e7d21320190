/** Helpers for tests that drive real tools: tool-gated test registration, free ports, compiled examples. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compile } from '../../src/compile.js';
import { write } from '../../src/emit/emit.js';
import { parseDocument } from 'yaml';
import { ROOT, cleanup, requireTool, tempDir } from '../helpers.js';

type Suite = typeof test;

/**
 * Registers a test that needs system tools. Missing tools skip it on a laptop;
 * under CI (`CI=true`) the test is registered and fails, naming the tool.
 */
export function toolTest(suite: Suite, tools: readonly string[], name: string, fn: (paths: Record<string, string>) => Promise<void> | void): void {
  let paths: Record<string, string>;
  try {
    paths = Object.fromEntries(tools.map((t) => [t, requireTool(t) ?? '']));
  } catch (error) {
    suite(name, () => assert.unreachable((error as Error).message));
    return;
  }
  const missing = tools.filter((t) => !paths[t]);
  if (missing.length) suite.skip(`${name} (skipped: ${missing.join(', ')} not installed)`, () => undefined);
  else suite(name, () => fn(paths));
}

/** Names of the shipped examples. */
export const EXAMPLES = readdirSync(path.join(ROOT, 'examples')).sort();

/** The checked-in output folder of an example. */
export const exampleOut = (name: string) => path.join(ROOT, 'examples', name, 'out');

/**
 * Every checked-in bundle: each example's `out/`, and each host and central bundle of a fleet example
 * (`examples/NAME/hosts/*` beside an observability.fleet.yaml), as a name for test titles and a folder.
 */
export const BUNDLES: { name: string; dir: string }[] = EXAMPLES.flatMap((name) => {
  const fleet = path.join(ROOT, 'examples', name, 'hosts');
  const hosts = existsSync(path.join(ROOT, 'examples', name, 'observability.fleet.yaml')) && existsSync(fleet) ? readdirSync(fleet).sort() : [];
  return [{ name: `examples/${name}/out`, dir: exampleOut(name) }, ...hosts.map((h) => ({ name: `examples/${name}/hosts/${h}`, dir: path.join(fleet, h) }))];
});

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Compiles the config in `dir` and writes its artifacts; fails the test on any diagnostic. */
export async function buildInto(dir: string): Promise<string> {
  const c = await compile({ cwd: dir });
  assert.ok(c.artifacts, JSON.stringify(c.diagnostics));
  const r = await write(c.artifacts, { outDir: c.outDir!, shownDir: 'out', source: c.model!.sourceName }, { force: false, dryRun: false });
  assert.equal(r.diagnostics, []);
  return c.outDir!;
}

/**
 * Compiles an example in memory with some config values changed (`[['versions', 'prometheus'], '2.55.1']`), from a
 * copy in a temp folder next to nothing else; returns the compilation (its model, diagnostics and artifacts).
 */
export async function compiledVariant(name: string, changes: readonly [readonly (string | number)[], unknown][]) {
  const doc = parseDocument(readFileSync(path.join(ROOT, 'examples', name, 'observability.config.yaml'), 'utf8'));
  // The copy sits in a temp folder: a URL keeps the schema association valid there.
  doc.setIn(['devcontainer', 'schemaPath'], 'https://obscompile.dev/schema/observability.schema.json');
  for (const [at, value] of changes) doc.setIn(at, value);
  const dir = tempDir();
  try {
    writeFileSync(path.join(dir, 'observability.config.yaml'), doc.toString());
    const c = await compile({ cwd: dir });
    assert.ok(c.artifacts, JSON.stringify(c.diagnostics));
    return c;
  } finally {
    cleanup(dir);
  }
}

/** The artifacts of `compiledVariant`, by name. */
export async function compileVariant(name: string, changes: readonly [readonly (string | number)[], unknown][]): Promise<Record<string, string>> {
  const c = await compiledVariant(name, changes);
  return Object.fromEntries(c.artifacts!.map((a) => [a.name, a.content]));
}

/** Runs a command to completion with captured output. */
export function runTool(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(cmd, [...args], { encoding: 'utf8', env, timeout: 60_000 });
  return { code: r.status ?? -1, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/**
 * Whether Go's time.ParseDuration takes a duration (golang/go src/time/format.go: an optional sign, then one or more
 * decimal numbers each with a unit of its `unitMap`, ns, us, µs, μs, ms, s, m or h; `0` alone), and it fits Go's
 * int64 nanoseconds. No Go toolchain here: Compose's health checks and cAdvisor's flags read durations this way.
 */
export function goParsesDuration(text: string): boolean {
  if (text === '0') return true;
  const parts = /^[-+]?((?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+$/u.test(text) ? [...text.matchAll(/([0-9.]+)(ns|us|µs|μs|ms|s|m|h)/gu)] : undefined;
  if (!parts) return false;
  const NS: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, μs: 1e3, ms: 1e6, s: 1e9, m: 6e10, h: 3.6e12 };
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * NS[unit!]!, 0) <= 2 ** 63 - 1;
}
