/** Stage 7: emit — compare rendered artifacts with the output folder (./plan.ts), then write atomically or report drift. */
import { basename, join } from 'node:path';
import { lstatIfAny, removeFile } from '../fs.js';
import { fileDiagnostic } from '../diagnostics/make.js';
import { ioDiagnostic, lockLeft } from './write-errors.js';
import { discard, expectFolder, inspect, keepAside, keptMode, leftoverTemps, makeDirs, sweepTemps, unmakeDirs, writeTemp } from './fs-safe.js';
import { LOCK_FILE, acquireLock, dropStaleLock } from './lock.js';
import { JOURNAL_FILE, readJournal, replay, writeJournal, type Journal } from './journal.js';
import { fileByFile, type Durability } from './durability.js';
import { MANIFEST_FILE, manifestFor, manifestText, parseManifest, sha256 } from './manifest.js';
import { currentPlans, plan, type EmitTarget, type FilePlan, type FileState } from './plan.js';
import { manifestState, refusals } from './ownership.js';
import type { Artifact, Diagnostic } from '../types.js';

export { plan, sameText, type EmitTarget, type FilePlan, type FileState } from './plan.js';

export interface WriteOptions {
  force: boolean;
  dryRun: boolean;
  /**
   * The config (or the command line, or obscompile) changed since this folder was last written: its build record
   * says so. The build most likely writes, so the lock is taken at once, without first confirming without it that
   * nothing would change.
   */
  inputsChanged?: boolean;
  /** Files whose new text the last recorded build wrote, with the status it left them with (./plan.ts says how it is trusted). */
  alike?: ReadonlyMap<string, string>;
}

export interface EmitResult {
  written: string[];
  unchanged: string[];
  removed: string[];
  /** Files the config no longer produces that were edited since obscompile wrote them: left in place, no longer its. */
  left: string[];
  /** Files --force replaced that obscompile had not written as they were: each kept under another name first. */
  replaced: Replaced[];
  /** What a build that was stopped part-way left to do (its journal), which this one finished first. */
  finished?: { written: string[]; removed: string[] };
  diagnostics: Diagnostic[];
}

export interface Replaced {
  path: string;
  /** The name (in the same folder) that keeps the file as it was. */
  keptAs: string;
  /** Edited by hand since obscompile wrote it, or never written by obscompile. */
  why: 'edited' | 'foreign';
}

/**
 * An output folder whose changed files are written as temp files, under the folder's lock (held until commit):
 * the outcome once committed, and what committing takes.
 */
export interface Staged {
  target: EmitTarget;
  /** What the build does once committed; its diagnostics when the folder is refused, and then nothing is. */
  result: EmitResult;
  /** The journal commit records and applies; absent when there is nothing to commit. */
  journal?: Journal;
  /** The temp files written, removed if the commit does not happen. */
  temps: string[];
  /** The folders this build made for the output (missing ones), removed while empty if the commit does not happen. */
  made: string[];
  /** Releases the folder's lock (again: nothing). */
  release: () => Promise<void>;
}

/** Writes changed artifacts (temp file + rename each), then the manifest; writes nothing if any file is refused. */
export async function write(artifacts: readonly Artifact[], target: EmitTarget, options: WriteOptions, durability: Durability = fileByFile()): Promise<EmitResult> {
  const staged = await stage(artifacts, target, options, durability);
  await commit([staged], durability);
  return staged.result;
}

const holdsNothing = async () => undefined;

/** Everything before the first rename: compare, lock, finish what a killed build left, plan, write temp files. */
export async function stage(artifacts: readonly Artifact[], target: EmitTarget, options: WriteOptions, durability: Durability = fileByFile()): Promise<Staged> {
  const staged: Staged = { target, result: { written: [], unchanged: [], removed: [], left: [], replaced: [], diagnostics: [] }, temps: [], made: [], release: holdsNothing };
  const { result } = staged;
  // Most builds change nothing, and confirming that only reads: it takes no lock (creating and removing the lock
  // file is most of such a build's file-system work). Any doubt, such as what a killed build left, takes the lock.
  const current = options.dryRun || options.inputsChanged ? undefined : await alreadyCurrent(artifacts, target, options.alike).catch(() => undefined);
  if (current) return (result.unchanged = current.map((p) => p.path), staged);
  let lock: Awaited<ReturnType<typeof acquireLock>>;
  try {
    // A dry run writes nothing, folders included: a folder that is not there is planned as one with no files.
    if (options.dryRun) await expectFolder(target.outDir, 'mkdir');
    else for (const made of (staged.made = await makeDirs(target.outDir))) durability.named(made);
    lock = options.dryRun ? { release: holdsNothing } : await acquireLock(target.outDir);
  } catch (error) {
    return (result.diagnostics.push(ioDiagnostic(error, target, false)), staged);
  }
  if ('heldBy' in lock) {
    const file = join(target.shownDir, LOCK_FILE);
    // No pid: the lock is not one obscompile wrote (unreadable, a folder, garbage), so whose it is cannot be told.
    const locked = lock.heldBy
      ? { message: `another obscompile build (pid ${lock.heldBy}) is writing ${target.shownDir}; it holds ${file}`, hint: `wait for it to finish and build again; if pid ${lock.heldBy} is not an obscompile build (a stale lock), remove ${file}` }
      : { message: `${file} is in the way of this build's lock, and is not a lock obscompile can read (which build holds it cannot be told)`, hint: `if no obscompile build is writing ${target.shownDir}, remove ${file} and build again` };
    result.diagnostics.push(fileDiagnostic(file, { code: 'OBS_LOCKED', ...locked }));
    return staged;
  }
  staged.release = lock.release;
  try {
    // First finish what a killed build started (its manifest included).
    if (!options.dryRun) {
      const pending = await readJournal(target.outDir);
      const { done } = pending ? await replay(target.outDir, pending, durability, true) : { done: undefined };
      if (done && (done.written.length || done.removed.length)) result.finished = done;
    }
    // The folder's manifest, looked at once: a folder another config's build wrote (its manifest names that config)
    // is not taken over without --force, since the two would replace each other's files at every build; and without
    // a manifest it can read, obscompile cannot tell its own files from edits, which is said of the manifest itself,
    // not of every file it would have listed. --force goes on, keeping each file it replaces as .bak.
    const manifest = await manifestState(target);
    // Then what a killed build left: temps of the files written now, and of those the manifest lists (a host retired
    // from a fleet produces none of them).
    if (!options.dryRun) await sweepTemps(target.outDir, [...new Set([...artifacts.map((a) => a.path), ...manifest.listed]), MANIFEST_FILE, JOURNAL_FILE]);
    if (!options.force && manifest.owner) return (result.diagnostics.push(manifest.owner), await lock.release(), staged);
    const plans = await plan(artifacts, target, options.alike);
    const unreadable = !options.force && plans.some((p) => p.state === 'hand-edited') ? manifest.problem : undefined;
    result.diagnostics.push(...(unreadable ? [unreadable] : await refusals(plans, target, options.force)));
    if (result.diagnostics.length) return (await lock.release(), staged);
    const into = { unchanged: result.unchanged, orphan: result.removed, left: result.left } as Partial<Record<FileState, string[]>>;
    for (const p of plans) (into[p.state] ?? result.written).push(p.path);
    // What --force replaces that obscompile did not write as it is, kept first: a forced build loses no one's work.
    for (const p of plans.filter((x) => x.state === 'hand-edited')) {
      const kept = await keepAside(join(target.outDir, p.path), options.dryRun);
      durability.named(kept);
      result.replaced.push({ path: p.path, keptAs: basename(kept), why: p.foreign ? 'foreign' : 'edited' });
    }
    if (!options.dryRun) {
      const journal = await writeNewFiles(plans, target, artifacts, staged.temps, durability);
      if (journal) staged.journal = journal;
    }
    return staged;
  } catch (error) {
    await failed(staged, error);
    return staged;
  }
}

/**
 * A folder that could not be staged or committed: its lock is released and the error is its result. Its temp files
 * go, unless a journal names them: the next build finishes the set from it.
 */
async function failed(staged: Staged, error: unknown, changed?: boolean, replaced?: boolean): Promise<void> {
  if (!(changed ?? (error as { partial?: boolean }).partial)) await discard(staged.temps);
  await staged.release();
  delete staged.journal;
  Object.assign(staged.result, { written: [], removed: [], left: [], replaced: [] });
  staged.result.diagnostics.push(ioDiagnostic(error, staged.target, changed, replaced));
}

/**
 * Commits staged folders together, in steps with a barrier between (./durability.ts): their temp files reach the
 * disk, then the journals naming them are written and reach it, then the renames and manifests, then a last barrier.
 * A folder that fails has the error in its result; the others commit. Every lock is released.
 */
export async function commit(all: readonly Staged[], durability: Durability): Promise<void> {
  const live = () => all.filter((s) => s.journal);
  try {
    await barrierOr(live(), durability, false);
    for (const s of live()) await writeJournal(s.target.outDir, s.journal!, durability).catch((error: unknown) => failed(s, error, false));
    await barrierOr(live(), durability, true, false);
    for (const s of live()) {
      await replay(s.target.outDir, s.journal!, durability).then(
        ({ kept }) => editedMeanwhile(s, kept),
        (error: unknown) => failed(s, error, true, (error as { replacedAny?: boolean }).replacedAny),
      );
    }
    await barrierOr(live(), durability, true, true);
  } finally {
    for (const s of all) await s.release().catch((error: unknown) => s.result.diagnostics.push(lockLeft(s.target, error)));
  }
}

/**
 * Files changed by someone else while the build ran (after it compared them, before its rename): left as they are,
 * not replaced, and said to be, since the folder is not what the config compiles to. Their manifest entries stay as
 * they were, so the next build tells them for edits.
 */
function editedMeanwhile(s: Staged, kept: readonly string[]): void {
  if (kept.length === 0) return;
  s.result.written = s.result.written.filter((f) => !kept.includes(f));
  for (const file of kept) {
    const shown = join(s.target.shownDir, file);
    s.result.diagnostics.push(fileDiagnostic(shown, { code: 'OBS_HAND_EDITED', message: `${shown} changed while the build ran (after it was compared, before it was replaced): left as it is, with every other file written`, hint: 'build again: if the change was an edit, move it into the config or revert the file (--force replaces it, keeping a copy as .bak)' }));
  }
}

/** Staged folders that will not be committed: their temp files go and their locks are released. */
export async function abandon(all: readonly Staged[]): Promise<void> {
  for (const s of all) {
    if (s.journal) await discard(s.temps);
    // The copies --force kept of the files it was to replace: those files stay as they are, so the copies go.
    if (s.journal) for (const r of s.result.replaced) await removeFile(join(s.target.outDir, r.keptAs)).catch(() => undefined);
    await s.release();
    await unmakeDirs(s.made);
  }
}

/** A barrier; when it fails, every folder still committing fails with it. */
async function barrierOr(live: readonly Staged[], durability: Durability, changed: boolean, replaced?: boolean): Promise<void> {
  if (live.length === 0) return;
  try {
    await durability.barrier();
  } catch (error) {
    for (const s of live) await failed(s, error, changed, replaced);
  }
}

/**
 * The plans when the output folder already holds exactly what this build writes: no journal or temp file of a killed
 * build, every artifact byte for byte current, nothing to remove, the manifest current.
 */
async function alreadyCurrent(artifacts: readonly Artifact[], target: EmitTarget, alike?: ReadonlyMap<string, string>): Promise<FilePlan[] | undefined> {
  const names = [...artifacts.map((a) => a.path), MANIFEST_FILE, JOURNAL_FILE];
  if ((await leftoverTemps(target.outDir, names)).length || (await lstatIfAny(join(target.outDir, JOURNAL_FILE)))) return undefined;
  const plans = await currentPlans(artifacts, target, alike);
  if (!plans || !(await nextManifest(plans, target, artifacts)).current) return undefined;
  await dropStaleLock(target.outDir);
  return plans;
}

/** The manifest this build records, and whether the one on disk already says exactly that. */
async function nextManifest(plans: readonly FilePlan[], target: EmitTarget, artifacts: readonly Artifact[]): Promise<{ text: string; current: boolean }> {
  const onDisk = await inspect(join(target.outDir, MANIFEST_FILE));
  const text = manifestText(manifestFor(target.source, artifacts, recordedHashes(onDisk, plans)));
  return { text, current: onDisk.kind === 'file' && onDisk.content.toString('utf8') === text };
}

/** Every new file fully written to a temp file, and the journal that renames them, the manifest last; undefined when nothing changes. */
async function writeNewFiles(plans: readonly FilePlan[], target: EmitTarget, artifacts: readonly Artifact[], temps: string[], durability: Durability): Promise<Journal | undefined> {
  const changes = plans.filter((p) => p.artifact && p.state !== 'unchanged');
  const { text: manifest, current: manifestCurrent } = await nextManifest(plans, target, artifacts);
  if (changes.length === 0 && manifestCurrent && !plans.some((p) => p.state === 'orphan')) return undefined;
  // Every temp file is written (and flushed) at once: their syncs overlap, so a build costs about one sync, not one a file.
  // A file replaced keeps the permissions its owner gave it (chmod 600, say), but for the executable bits obscompile sets.
  const modes = changes.map((p) => keptMode(p.currentMode, p.artifact!.executable));
  const written = await Promise.allSettled(changes.map((p, i) => (p.modeOnly ? undefined : track(temps, writeTemp(join(target.outDir, p.path), p.artifact!.content, p.artifact!.executable, { mode: modes[i]! }, durability)))));
  const failure = written.find((w): w is PromiseRejectedResult => w.status === 'rejected');
  if (failure) throw failure.reason;
  const steps: Journal['steps'] = changes.map((p, i) => {
    const temp = (written[i] as PromiseFulfilledResult<string | undefined>).value;
    // What the file is now (null: none), so that a build finishing this one later never replaces an edit made since.
    return temp === undefined ? { file: p.path, mode: modes[i]! } : { file: p.path, temp: basename(temp), before: p.state === 'missing' ? null : (p.currentSha256 ?? null) };
  });
  const remove = plans.filter((p) => p.state === 'orphan').map((p) => ({ file: p.path, sha256: sha256(p.current ?? '') }));
  return { manifest, steps, remove };
}

/**
 * The hashes the manifest on disk records for files that are on disk byte for byte as this build renders them: an
 * up-to-date build reuses them instead of hashing every artifact again.
 */
function recordedHashes(onDisk: Awaited<ReturnType<typeof inspect>>, plans: readonly FilePlan[]): Map<string, string> {
  const known = new Map<string, string>();
  const recorded = onDisk.kind === 'file' ? parseManifest(onDisk.content.toString('utf8'))?.artifacts : undefined;
  for (const p of plans) {
    const entry = recorded && Object.hasOwn(recorded, p.path) ? recorded[p.path] : undefined;
    if (p.state === 'unchanged' && typeof entry?.sha256 === 'string') known.set(p.path, entry.sha256);
  }
  return known;
}

/** Records a temp file's path once it exists, so a later failure can discard it. */
async function track(temps: string[], written: Promise<string>): Promise<string> {
  const temp = await written;
  temps.push(temp);
  return temp;
}
