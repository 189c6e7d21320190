/**
 * Build records: what a finished fleet build leaves in the user's cache folder, so that building the same fleet again
 * with nothing changed costs one stat of each file it wrote instead of compiling every host (issue 30). Like make,
 * ninja and git's index, it trusts file status. A record is used only when
 * - its key matches: the same obscompile (its code files' sizes and times, the bundle's build id, the version), the
 *   same command (folder, fleet argument, --max-config-bytes) and, byte for byte, the same inputs (the fleet file and
 *   its base config): the analysis is a function of these alone, so its diagnostics are the recorded ones;
 * - every output folder and every file the build wrote (the manifests too) has the status it had when the build
 *   ended: device, inode, mode, size, modification and change time. An edit, a chmod or a replaced file changes the
 *   change time, which no tool can set back; a file added to or removed from a folder changes the folder's.
 * Anything else (no record, a damaged one, one status that differs) means a full build, which writes a new record.
 * What it cannot see, as make and git cannot: a file changed in the same clock tick as the build wrote it (the
 * kernel's file times advance in ticks of a few milliseconds) and keeping its size. `check --fleet` never uses a
 * record: it compares every byte.
 */
import { closeSync, lstatSync, mkdirSync, openSync, readSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MANIFEST_FILE, sha256 } from './manifest.js';
import { codeDir, packageVersion, schemaFile } from '../paths.js';
import type { Diagnostic } from '../types.js';

const FORMAT = 1;

export interface RecordedInput {
  /** Absolute path. */
  path: string;
  /** As the diagnostics name it. */
  shown: string;
}

export interface FleetRecord {
  format: typeof FORMAT;
  key: string;
  /** The fleet file first, then its base: the files whose bytes make the key. */
  inputs: RecordedInput[];
  diagnostics: Diagnostic[];
  /** The fleet's output folder (absolute); each bundle is the folder of its name in it. */
  root: string;
  /** Distinct lists of artifact names (most hosts share one). */
  lists: string[][];
  bundles: { name: string; shownDir: string; list: number }[];
  /** Status of the root, then of each bundle's folder, its artifacts in list order and its manifest. */
  stats: string[];
}

/** What a record says happened, for a build that finds it current. */
export interface RecordedBuild {
  diagnostics: Diagnostic[];
  /** Input texts by shown path, for code frames. */
  texts: Map<string, string>;
  bundles: { name: string; shownDir: string; files: string[] }[];
}

/** Where the record of a fleet file lives in the cache folder. */
export function recordFile(cacheDir: string, fleetPath: string): string {
  return join(cacheDir, 'obscompile', 'fleets', `${sha256(fleetPath).slice(0, 32)}.json`);
}

/** The status of a path as a record compares it; `-` for nothing there. */
function status(path: string): string {
  const s = lstatSync(path, { throwIfNoEntry: false });
  return s ? `${s.dev}:${s.ino}:${s.mode}:${s.size}:${s.mtimeMs}:${s.ctimeMs}` : '-';
}

/** The paths whose status a record keeps, in its order. */
function recordedPaths(root: string, lists: readonly string[][], bundles: FleetRecord['bundles']): string[] {
  const paths = [root];
  for (const b of bundles) {
    const dir = join(root, b.name);
    paths.push(dir, ...lists[b.list]!.map((f) => join(dir, f)), join(dir, MANIFEST_FILE));
  }
  return paths;
}

let identity: string | undefined;

/**
 * This obscompile, as far as its output goes: the version, and every code file's size and modification time (the
 * bundle's, or the sources'), with the bundle's build id (a digest of its text: npm gives every installed file the
 * same time) and the schemas the build copies and validates with.
 */
function codeIdentity(): string {
  if (identity) return identity;
  const parts = [packageVersion()];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const file = join(dir, e.name);
      if (e.isDirectory()) walk(file);
      else if (/\.(c|m)?(j|t)s$/.test(e.name)) {
        const s = statSync(file);
        parts.push(`${relative(codeDir(), file)}:${s.size}:${s.mtimeMs}`);
      }
    }
  };
  walk(codeDir());
  const bundle = join(codeDir(), 'obscompile.cjs');
  parts.push(lstatSync(bundle, { throwIfNoEntry: false }) ? firstLine(bundle) : '', sha256(readFileSync(schemaFile())));
  return (identity = sha256(parts.join('\n')));
}

function firstLine(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(64);
    return head.subarray(0, readSync(fd, head, 0, 64, 0)).toString('latin1').split('\n')[0]!;
  } finally {
    closeSync(fd);
  }
}

/** The key of a build: obscompile, the command's settings and the input texts. */
export function recordKey(settings: readonly unknown[], texts: readonly string[]): string {
  return sha256(JSON.stringify([FORMAT, codeIdentity(), settings, texts.map((t) => sha256(t))]));
}

/** The record of a build that ended: the status of everything it wrote, taken now. */
export function makeRecord(key: string, inputs: RecordedInput[], diagnostics: Diagnostic[], root: string, bundles: { name: string; shownDir: string; files: string[] }[]): FleetRecord {
  const lists: string[][] = [];
  const ids = new Map<string, number>();
  const recorded = bundles.map((b) => {
    const id = b.files.join('\0');
    if (!ids.has(id)) ids.set(id, lists.push([...b.files]) - 1);
    return { name: b.name, shownDir: b.shownDir, list: ids.get(id)! };
  });
  return { format: FORMAT, key, inputs, diagnostics, root, lists, bundles: recorded, stats: recordedPaths(root, lists, recorded).map(status) };
}

/** Stores a record (atomically; a cache that cannot be written only means the next build does all the work). */
export function saveRecord(file: string, record: FleetRecord): void {
  try {
    mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(record), { mode: 0o600 });
    renameSync(temp, file);
  } catch {
    // No record this time.
  }
}

/**
 * The recorded outcome when the record at `file` is current for a build with these settings, else undefined. The
 * key is made from the inputs as they are now, so the inputs named in the record are read (the fleet file must be
 * the first, `fleetPath`).
 */
export function currentRecord(file: string, fleetPath: string, settings: readonly unknown[], maxBytes: number): RecordedBuild | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as FleetRecord;
    if (record.format !== FORMAT || record.inputs[0]?.path !== fleetPath) return undefined;
    const texts = new Map<string, string>();
    for (const input of record.inputs) {
      const s = statSync(input.path);
      if (!s.isFile() || s.size > maxBytes) return undefined;
      texts.set(input.shown, readFileSync(input.path, 'utf8').replace(/^\uFEFF/, ''));
    }
    if (recordKey(settings, [...texts.values()]) !== record.key) return undefined;
    const paths = recordedPaths(record.root, record.lists, record.bundles);
    if (paths.length !== record.stats.length || paths.some((p, i) => status(p) !== record.stats[i])) return undefined;
    return { diagnostics: record.diagnostics, texts, bundles: record.bundles.map((b) => ({ name: b.name, shownDir: b.shownDir, files: record.lists[b.list]! })) };
  } catch {
    return undefined;
  }
}
