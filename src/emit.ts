/** Stage 7: emit — compare rendered artifacts with the output folder, then write atomically or report drift. */
import { mkdir, rm, chmod } from 'node:fs/promises';
import path from 'node:path';
import { fileDiagnostic } from './diagnostics/make.js';
import { acquireLock, commitTemp, discard, inspect, isInside, writeTemp } from './fs-safe.js';
import { MANIFEST_FILE, manifestFor, manifestText, readManifest, sha256, type Manifest } from './manifest.js';
import type { Artifact, Diagnostic } from './types.js';

export type FileState = 'unchanged' | 'missing' | 'stale' | 'hand-edited' | 'blocked' | 'orphan';

export interface FilePlan {
  path: string;
  state: FileState;
  /** Absent for orphans: files an earlier build wrote that this config no longer produces. */
  artifact?: Artifact;
  /** What is on disk now, as text. */
  current?: string;
  /** Only the executable bit differs. */
  modeOnly?: boolean;
  blockedBy?: string;
}

export interface EmitTarget {
  /** Absolute output folder. */
  outDir: string;
  /** The output folder as shown to the user. */
  shownDir: string;
  /** The config relative to the output folder, recorded in the manifest. */
  source: string;
}

/** Where each artifact stands against what is on disk and in the manifest. */
export async function plan(artifacts: readonly Artifact[], target: EmitTarget): Promise<FilePlan[]> {
  const manifest = await readManifest(target.outDir);
  const plans: FilePlan[] = [];
  for (const artifact of artifacts) {
    const file = path.join(target.outDir, artifact.path);
    if (!isInside(target.outDir, file)) throw new Error(`artifact path escapes the output folder: ${artifact.path}`);
    plans.push(await planOne(artifact.path, file, manifest, artifact));
  }
  const produced = new Set(artifacts.map((a) => a.path));
  for (const old of Object.keys(manifest?.artifacts ?? {}).sort()) {
    if (produced.has(old) || !isInside(target.outDir, path.join(target.outDir, old))) continue;
    const existing = await inspect(path.join(target.outDir, old));
    if (existing.kind !== 'file') continue;
    // A file the config no longer produces is removed only while it is exactly what obscompile wrote.
    if (sha256(existing.content) !== manifest?.artifacts[old]?.sha256) continue;
    plans.push({ path: old, state: 'orphan', current: existing.content.toString('utf8') });
  }
  return plans;
}

async function planOne(name: string, file: string, manifest: Manifest | undefined, artifact: Artifact): Promise<FilePlan> {
  const existing = await inspect(file);
  if (existing.kind === 'missing') return { path: name, state: 'missing', artifact };
  if (existing.kind === 'other') return { path: name, state: 'blocked', artifact, blockedBy: existing.what };
  const current = existing.content.toString('utf8');
  if (current === artifact.content) {
    const modeOnly = existing.executable !== artifact.executable;
    return { path: name, state: modeOnly ? 'stale' : 'unchanged', artifact, current, modeOnly };
  }
  const recorded = manifest?.artifacts[name]?.sha256;
  const ours = recorded !== undefined && recorded === sha256(existing.content);
  return { path: name, state: ours ? 'stale' : 'hand-edited', artifact, current };
}

export interface WriteOptions {
  force: boolean;
  dryRun: boolean;
}

export interface EmitResult {
  written: string[];
  unchanged: string[];
  removed: string[];
  diagnostics: Diagnostic[];
}

/** Writes changed artifacts (temp file + rename each), then the manifest; writes nothing if any file is refused. */
export async function write(artifacts: readonly Artifact[], target: EmitTarget, options: WriteOptions): Promise<EmitResult> {
  const result: EmitResult = { written: [], unchanged: [], removed: [], diagnostics: [] };
  await mkdir(target.outDir, { recursive: true });
  const lock = options.dryRun ? { release: async () => undefined } : await acquireLock(target.outDir);
  if ('heldBy' in lock) {
    result.diagnostics.push(fileDiagnostic(target.shownDir, { code: 'OBS_LOCKED', message: `another obscompile build (pid ${lock.heldBy}) is writing ${target.shownDir}`, hint: 'wait for it to finish and run the build again' }));
    return result;
  }
  try {
    const plans = await plan(artifacts, target);
    result.diagnostics.push(...refusals(plans, target, options.force));
    if (result.diagnostics.length) return result;
    for (const p of plans) (p.state === 'unchanged' ? result.unchanged : p.state === 'orphan' ? result.removed : result.written).push(p.path);
    if (options.dryRun) return result;
    await commit(plans, target, artifacts);
    return result;
  } catch (error) {
    result.written = [];
    result.removed = [];
    result.diagnostics.push(ioDiagnostic(error, target));
    return result;
  } finally {
    await lock.release();
  }
}

function refusals(plans: readonly FilePlan[], target: EmitTarget, force: boolean): Diagnostic[] {
  const shown = (p: FilePlan) => path.join(target.shownDir, p.path);
  return plans.flatMap((p) => {
    if (p.state === 'blocked') {
      return [fileDiagnostic(shown(p), { code: 'OBS_OUTPUT_UNSAFE', message: `${shown(p)} is ${p.blockedBy}; obscompile only replaces regular files it wrote`, hint: 'remove it (or choose another output folder) and build again' })];
    }
    if (p.state === 'hand-edited' && !force) {
      return [fileDiagnostic(shown(p), { code: 'OBS_HAND_EDITED', message: `${shown(p)} was edited by hand since the last build (or was not written by obscompile)`, hint: 'move the change into the config, revert the file, or rebuild with --force to overwrite it' })];
    }
    return [];
  });
}

/** Every new file is fully written to a temp file before the first rename; the manifest goes last. */
async function commit(plans: readonly FilePlan[], target: EmitTarget, artifacts: readonly Artifact[]): Promise<void> {
  const changes = plans.filter((p) => p.artifact && p.state !== 'unchanged');
  const manifest = manifestText(manifestFor(target.source, artifacts));
  const onDisk = await inspect(path.join(target.outDir, MANIFEST_FILE));
  const manifestCurrent = onDisk.kind === 'file' && onDisk.content.toString('utf8') === manifest;
  if (changes.length === 0 && manifestCurrent && !plans.some((p) => p.state === 'orphan')) return;
  const temps: string[] = [];
  try {
    for (const p of changes) {
      if (p.modeOnly) continue;
      temps.push(await writeTemp(path.join(target.outDir, p.path), p.artifact!.content, p.artifact!.executable));
    }
    temps.push(await writeTemp(path.join(target.outDir, MANIFEST_FILE), manifest, false));
  } catch (error) {
    await discard(temps);
    throw error;
  }
  let i = 0;
  for (const p of changes) {
    const file = path.join(target.outDir, p.path);
    if (p.modeOnly) await chmod(file, p.artifact!.executable ? 0o755 : 0o644);
    else await commitTemp(temps[i++]!, file);
  }
  await commitTemp(temps[i]!, path.join(target.outDir, MANIFEST_FILE));
  for (const p of plans) if (p.state === 'orphan') await rm(path.join(target.outDir, p.path), { force: true });
}

function ioDiagnostic(error: unknown, target: EmitTarget): Diagnostic {
  const e = error as NodeJS.ErrnoException;
  const where = e.path ? path.relative(path.dirname(target.outDir), e.path) : target.shownDir;
  return fileDiagnostic(target.shownDir, {
    code: 'OBS_IO',
    message: `cannot write ${where}: ${e.code ?? ''} ${e.message}`.replace(/\s+/g, ' '),
    hint: 'nothing was changed; check permissions and free space of the output folder',
  });
}

export interface Drift {
  path: string;
  state: Exclude<FileState, 'unchanged'>;
  /** Unified diff from what is on disk to what the config compiles to. */
  diff: string;
}

/** Every artifact that differs from the output folder, with a unified diff each. */
export async function check(artifacts: readonly Artifact[], target: EmitTarget): Promise<Drift[]> {
  const plans = (await plan(artifacts, target)).filter((p): p is FilePlan & { state: Drift['state'] } => p.state !== 'unchanged');
  if (plans.length === 0) return [];
  // The diff library is only loaded when there is something to show.
  const { createTwoFilesPatch } = await import('diff');
  return plans.map((p) => ({
      path: p.path,
      state: p.state,
      diff: createTwoFilesPatch(`a/${p.path}`, `b/${p.path}`, p.current ?? '', p.artifact?.content ?? '', 'on disk', 'compiled from config'),
    }));
}
