/** Stage 7, `check`: how the output folder differs from what the config compiles to, file by file, without writing. */
import { join } from 'node:path';
import { expectFolder } from './fs-safe.js';
import { lstatIfAny } from '../fs.js';
import { JOURNAL_FILE } from './journal.js';
import { MANIFEST_FILE } from './manifest.js';
import { LOCK_FILE, waitForLock } from './lock.js';
import { plan, type EmitTarget, type FilePlan, type FileState } from './plan.js';
import { fileDiagnostic } from '../diagnostics/make.js';
import type { Artifact, Diagnostic } from '../types.js';

/** How long `check` waits for a build writing the folder to finish: longer than a thousand-host fleet takes here. */
export const CHECK_WAITS_MS = 120_000;

/**
 * Waits while another build writes the output folder, so that what is compared is that build's finished output, not
 * a folder half replaced; `waiting` is told the build's pid when there is one. A diagnostic when it is still writing
 * after `ms`.
 */
export async function afterBuilds(target: Pick<EmitTarget, 'outDir' | 'shownDir'>, waiting?: (pid: number) => void, ms = CHECK_WAITS_MS): Promise<Diagnostic | undefined> {
  const pid = await waitForLock(target.outDir, ms, waiting);
  if (pid === undefined) return undefined;
  const file = join(target.shownDir, LOCK_FILE);
  return fileDiagnostic(target.shownDir, {
    code: 'OBS_LOCKED',
    message: `an obscompile build (pid ${pid}) is still writing ${target.shownDir} after ${ms / 1000} s, so it cannot be compared yet`,
    hint: `check again when it has finished; if pid ${pid} is not an obscompile build (a stale lock), remove ${file}`,
  });
}

export interface Drift {
  path: string;
  state: Exclude<FileState, 'unchanged' | 'left'>;
  /** Unified diff from what is on disk to what the config compiles to. */
  diff: string;
  /**
   * Where the file first differs, in the file as it is (1-based line, and its first character's offset): a missing
   * or blocked file, and one no longer produced, differ as a whole, at 1.
   */
  line: number;
  offset: number;
}

/** Every artifact that differs from the output folder, with a unified diff each. */
export async function check(artifacts: readonly Artifact[], target: EmitTarget, current = 'on disk'): Promise<Drift[]> {
  // A file where the folder should be is named as such, not by the first path read inside it.
  await expectFolder(target.outDir, 'read');
  const plans = await settledPlans(artifacts, target);
  if (plans.length === 0) return [];
  // The diff library is only loaded when there is something to show.
  const { createTwoFilesPatch } = await import('diff');
  return plans.map((p) => {
    const at = p.current !== undefined && p.artifact ? firstDifference(p.current, p.artifact.content) : { line: 1, offset: 0 };
    return {
      path: p.path,
      state: p.state,
      diff: createTwoFilesPatch(`a/${p.path}`, `b/${p.path}`, p.current ?? '', p.artifact?.content ?? '', current, 'compiled from config'),
      ...at,
    };
  });
}

/** Times the folder is read again at most, while builds keep writing it as check reads it. */
const READS = 5;

/**
 * The files that differ, read while no build wrote the folder. A build that starts once afterBuilds has let check go
 * (a watch rebuilding a newer save of the config) can rename files and the manifest between check's reads of them:
 * a new file compared with the old manifest looks edited by hand. When a file differs and the folder changed while
 * it was read (its manifest or journal replaced, or a build holds it now), check waits for that build and reads again.
 */
async function settledPlans(artifacts: readonly Artifact[], target: EmitTarget): Promise<(FilePlan & { state: Drift['state'] })[]> {
  for (let read = 1; ; read++) {
    const before = await folderStamp(target.outDir);
    // A file left in place (edited, no longer generated) is no drift: no build would change it.
    const plans = (await plan(artifacts, target)).filter((p): p is FilePlan & { state: Drift['state'] } => p.state !== 'unchanged' && p.state !== 'left');
    if (plans.length === 0 || read === READS) return plans;
    const building = (await waitForLock(target.outDir, 0)) !== undefined;
    if (!building && (await folderStamp(target.outDir)) === before) return plans;
    await waitForLock(target.outDir, CHECK_WAITS_MS);
  }
}

/** What a build that changes the folder replaces: its manifest, and its journal while it renames (each a new file). */
async function folderStamp(outDir: string): Promise<string> {
  const found = await Promise.all([MANIFEST_FILE, JOURNAL_FILE].map((name) => lstatIfAny(join(outDir, name))));
  return found.map((s) => (s ? `${s.ino}:${s.ctimeMs}:${s.size}` : '-')).join(' ');
}

/**
 * The first line of `was` that is not as in `now`, and where it starts; `was`'s last line when `now` only adds lines
 * after it.
 */
export function firstDifference(was: string, now: string): { line: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(was.length, now.length);
  for (let i = 0; i < end; i++) {
    if (was.charCodeAt(i) !== now.charCodeAt(i)) return { line, offset: lineStart };
    if (was.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  // `now` only adds lines after `was`'s last line break: none of `was`'s lines differs, so its last one is named.
  if (was.length === end && lineStart === was.length && line > 1) return { line: line - 1, offset: lineStart < 2 ? 0 : was.lastIndexOf('\n', lineStart - 2) + 1 };
  return { line, offset: lineStart };
}
