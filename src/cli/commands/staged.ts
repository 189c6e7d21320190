/**
 * `check --staged`: what a commit would contain. The staged (index) versions of the config and of every file in its
 * output folder are copied into a temporary mirror of the repository, and `check` runs there, so a commit whose config
 * is staged but whose regenerated files are not (or are stale) is caught by a pre-commit hook.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { readPlainYaml } from '../../parse/plain-yaml.js';
import { parseDocument } from 'yaml';
import type { Io } from '../io.js';
import type { Diagnostic } from '../../types.js';

/** The staged mirror: the folder standing for the working folder, and how to remove it. */
export interface StagedTree {
  cwd: string;
  config: string;
  remove(): void;
  /** `io` with the mirror's paths said as the repository's, in everything it prints: messages name the user's files. */
  inRepository(io: Io): Io;
}

/** Every string in `value` (a result's fields, a diagnostic) with `from` replaced by `to`. */
function swapped<T>(value: T, from: string, to: string): T {
  if (typeof value === 'string') return value.split(from).join(to) as T;
  if (Array.isArray(value)) return value.map((v) => swapped(v, from, to)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swapped(v, from, to)])) as T;
  return value;
}

/** `io` with the mirror's folder (`base`, in which the repository stands at its own absolute path) taken out of paths. */
function inRepository(io: Io, base: string): Io {
  const swap = <T>(v: T) => swapped(v, base, '');
  return {
    ...io,
    out: (text) => io.out(swap(text)),
    err: (text) => io.err(swap(text)),
    ...(io.result ? { result: (fields: Record<string, unknown>) => io.result!(swap(fields)) } : {}),
    ...(io.diagnostics ? { diagnostics: (list: readonly Diagnostic[]) => io.diagnostics!(swap(list)) } : {}),
  };
}

// node:child_process is taken when used (the bundle keeps it out of every other run: scripts/bundle.mjs).
const git = (cwd: string, args: string[]) => process.getBuiltinModule('node:child_process').spawnSync('git', args, { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 });

/** Staged blobs of `paths` (repository-relative), by path; a path missing from the index is absent. */
function stagedBlobs(root: string, paths: readonly string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const p of paths) {
    const r = git(root, ['show', `:${p}`]);
    if (r.status === 0) out.set(p, r.stdout);
  }
  return out;
}

/** The output folder a config's text names (`output.dir`, default `.devcontainer/observability`), read from its staged text. */
function outputDir(text: string): string {
  const data = (readPlainYaml(text) ?? parseDocument(text).toJS()) as { output?: { dir?: unknown } } | undefined;
  const dir = data?.output?.dir;
  return typeof dir === 'string' ? dir : '.devcontainer/observability';
}

/** Builds the staged mirror for the config at `configFile` (absolute), or says why it cannot. */
export function stagedTree(cwd: string, configFile: string, out?: string): StagedTree | { error: string; hint: string } {
  const top = git(cwd, ['rev-parse', '--show-toplevel']);
  if (top.status !== 0) return { error: `${cwd} is not inside a git repository, so there is no index to compare`, hint: 'run `obscompile check` without --staged, or from inside the repository' };
  const root = top.stdout.toString('utf8').trim();
  const configRel = relative(root, configFile);
  const config = stagedBlobs(root, [configRel]).get(configRel);
  if (!config) return { error: `${configRel} is not staged (it is not in git's index)`, hint: `stage it first: git add ${configRel}` };
  const outRel = relative(root, out ? resolve(cwd, out) : resolve(dirname(configFile), outputDir(config.toString('utf8'))));
  // `<mode> <blob> <stage>\t<path>` per staged file: the executable bit is part of what is committed.
  const listed = git(root, ['ls-files', '-z', '--stage', '--', outRel]).stdout.toString('utf8').split('\0').filter(Boolean);
  const modes = new Map(listed.map((line) => [line.slice(line.indexOf('\t') + 1), line.startsWith('100755') ? 0o755 : 0o644]));
  // The repository stands at its own absolute path inside the mirror, so that a path that leaves it (a
  // `devcontainer.workspaceRoot` of `..`) meets folders of the same names as in the working tree.
  const base = mkdtempSync(join(tmpdir(), 'obscompile-staged-'));
  const mirror = join(base, root);
  const remove = () => rmSync(base, { recursive: true, force: true });
  try {
    for (const [path, blob] of stagedBlobs(root, [configRel, ...modes.keys()])) {
      mkdirSync(dirname(join(mirror, path)), { recursive: true });
      writeFileSync(join(mirror, path), blob, { mode: modes.get(path) ?? 0o644 });
    }
    const here = join(mirror, relative(root, cwd));
    mkdirSync(here, { recursive: true });
    return { cwd: here, config: join(mirror, configRel), remove, inRepository: (io) => inRepository(io, base) };
  } catch (error) {
    // A mirror that could not be made whole (a full disk) is not left in the temp folder.
    remove();
    throw error;
  }
}
