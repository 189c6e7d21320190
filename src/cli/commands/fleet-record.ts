/** The CLI's side of fleet build records (src/emit/record.ts): finding a current one, replaying it, leaving one. */
import { resolve } from 'node:path';
import { MAX_CONFIG_BYTES } from '../../discover/discover.js';
import { currentRecord, makeRecord, recordFile, recordKey, saveRecord, type RecordedBuild } from '../../emit/record.js';
import type { Diagnostic, ParsedSource } from '../../types.js';
import { EXIT, type Io } from '../io.js';
import { report } from './report.js';

interface RecordOptions {
  fleet: string;
  format: string;
  maxConfigBytes?: number;
  dryRun?: boolean;
}

/** The settings that, with the input texts, make a record's key. */
const settings = (opts: RecordOptions, io: Io) => [io.cwd, opts.fleet, opts.maxConfigBytes ?? null];

/** What an earlier, identical build recorded, when every file it wrote is still as it left it. */
export function recordedBuild(opts: RecordOptions, io: Io): RecordedBuild | undefined {
  if (!io.cacheDir || opts.dryRun) return undefined;
  const fleetPath = resolve(io.cwd, opts.fleet);
  return currentRecord(recordFile(io.cacheDir, fleetPath), fleetPath, settings(opts, io), opts.maxConfigBytes ?? MAX_CONFIG_BYTES);
}

/** Reports a recorded build as a full one reports the same outcome: its diagnostics, then every bundle unchanged. */
export function replayRecorded(build: RecordedBuild, opts: RecordOptions, io: Io): number {
  report(io, build.diagnostics, opts.format, undefined, build.texts);
  for (const b of build.bundles) io.out(`${b.shownDir}: wrote 0 files, ${b.files.length} unchanged`);
  io.result?.({ hosts: build.bundles.map((b) => ({ name: b.name, outDir: b.shownDir, written: [], unchanged: b.files, removed: [] })), recorded: true });
  return EXIT.ok;
}

/**
 * Leaves the record of a build that wrote every bundle and found no host that left the fleet: one whose next run
 * has nothing to do. Taken after the fleet's lock is released (its removal changes the output folder's status).
 */
export function leaveRecord(opts: RecordOptions, io: Io, inputs: readonly ParsedSource[], diagnostics: Diagnostic[], root: string, bundles: { name: string; shownDir: string; files: string[] }[]): void {
  if (!io.cacheDir || opts.dryRun) return;
  const key = recordKey(settings(opts, io), inputs.map((i) => i.text));
  const record = makeRecord(key, inputs.map((i) => ({ path: i.absolutePath, shown: i.path })), diagnostics, root, bundles);
  saveRecord(recordFile(io.cacheDir, inputs[0]!.absolutePath), record);
}
