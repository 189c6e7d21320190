/** The CLI's side of build records (src/emit/record.ts): finding a current one, replaying it, leaving one. */
import { existsSync, statSync } from 'node:fs';
import { NO_RECORD, currentRecord, makeRecord, recordFile, recordKey, saveRecord, type Outcome, type RecordLookup, type Replay, type UntilThere } from '../../emit/record.js';
import { keptTexts, type KeptTextsFile } from '../../emit/kept-texts.js';
import type { SourceFile } from '../../types.js';
import { EXIT, type Io } from '../io.js';
import { report } from './report.js';
import { runState } from '../run-state.js';

export type RecordKind = 'build' | 'fleet';

/**
 * What an earlier, identical build of `main` recorded, when every file it wrote is still as it left it; else whether
 * the last recorded build was of other inputs.
 */
export function recordedOutcome(io: Io, kind: RecordKind, main: string, settings: readonly unknown[], maxBytes: number): RecordLookup {
  return io.cacheDir ? currentRecord(recordFile(io.cacheDir, kind, main), main, settings, maxBytes) : NO_RECORD;
}

/** The lines of `notes` that hold now: their file is not there (yet), or is a folder where a file belongs. */
export const dueNotes = (notes: readonly UntilThere[] | undefined): string[] =>
  (notes ?? []).filter((n) => (n.while === 'folder' ? isFolder(n.file) : !existsSync(n.file))).map((n) => n.line);

const isFolder = (file: string): boolean => {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
};

/** The same lines as a JSON result's `notes`, when there are any. */
export function notesField(notes: readonly UntilThere[] | undefined): { notes?: string[] } {
  const lines = dueNotes(notes);
  return lines.length ? { notes: lines } : {};
}

/** Reports a recorded outcome as the full build reports the same: its diagnostics, its lines, its result. */
export function replayOutcome(replay: Replay, format: string, io: Io): number {
  runState.replayed = true;
  report(io, replay.diagnostics, format, undefined, replay.texts);
  for (const line of [...replay.lines, ...(format === 'text' ? [...(replay.textLines ?? []), ...dueNotes(replay.untilThere)] : [])]) io.out(line);
  io.result?.({ ...replay.result, ...notesField(replay.untilThere), recorded: true });
  return EXIT.ok;
}

/**
 * Leaves the record of a build that left every output folder current (no refusal, nothing of a retired host left):
 * `outcome` is what the same build reports once nothing has changed. Taken after every lock is released (removing a
 * lock changes its folder's status).
 */
export function leaveRecord(io: Io, kind: RecordKind, settings: readonly unknown[], inputs: readonly SourceFile[], outcome: Outcome, folders: { dir: string; files: string[]; sums?: string[] }[], root?: string): void {
  if (!io.cacheDir) return;
  const key = recordKey(settings, inputs.map((i) => Buffer.from(i.text)));
  const record = makeRecord(key, inputs.map((i) => ({ path: i.absolutePath, shown: i.path })), outcome, folders, root);
  saveRecord(recordFile(io.cacheDir, kind, inputs[0]!.absolutePath), record);
}

/** The texts kept from the last build of the config at `main` (src/emit/kept-texts.ts), when the user has a cache folder. */
export function keptTextsOf(io: Io, main: string | undefined): KeptTextsFile | undefined {
  return io.cacheDir && main ? keptTexts(io.cacheDir, main) : undefined;
}
