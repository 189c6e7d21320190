/**
 * Build records: what a finished build leaves in the user's cache folder, so that building the same thing again with
 * nothing changed costs one stat of each file it wrote instead of compiling (issue 30). Like make, ninja and git's
 * index, it trusts file status. A record is used only when
 * - its key matches: the same obscompile (its code files' sizes and times, the bundle's build id, the version and
 *   the schema), the same command (folder, arguments) and, byte for byte, the same inputs (the config; a fleet file
 *   and its base): the analysis is a function of these alone, so its diagnostics are the recorded ones;
 * - every output folder and every file the build wrote (the manifests too) has the status it had when the build
 *   ended: device, inode, mode, size, modification and change time. An edit, a chmod or a replaced file changes the
 *   change time, which no tool can set back; a file added to or removed from a folder changes the folder's.
 * Then the build's outcome is what an up-to-date build reports: the record holds its diagnostics, lines and result.
 * Anything else (no record, a damaged one, one status that differs) means a full build, which writes a new record.
 * What it cannot see, as make and git cannot: a file changed in the same clock tick as the build wrote it (the
 * kernel's file times advance in ticks of a few milliseconds) and keeping its size. `check` never uses a record:
 * it compares every byte.
 */
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import { checksum, textDigest } from '../checksum.js';
import { MANIFEST_FILE } from './manifest.js';
import { FORMAT, isBuildRecord, type BuildRecord, type Outcome, type RecordedInput } from './record-shape.js';
import { codeDir, packageVersion, schemaFile } from '../paths.js';
import type { Artifact } from '../types.js';

export type { BuildRecord, Outcome, RecordedInput, UntilThere } from './record-shape.js';

/** A recorded outcome found current, with the input texts (by shown path) for code frames. */
export interface Replay extends Outcome {
  texts: Map<string, string>;
}

/** Where the record of a build of `main` (a config or fleet file) lives in the cache folder; `texts`: its kept texts (./kept-texts.ts). */
export function recordFile(cacheDir: string, kind: 'build' | 'fleet' | 'texts', main: string): string {
  return join(cacheDir, 'obscompile', 'records', `${kind}-${checksum(Buffer.from(main))}.json`);
}

/** A file's status as a record keeps it: device, inode, mode, size, modification and change time. */
export const fileStatus = (s: Stats): string => `${s.dev}:${s.ino}:${s.mode}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;

/** The status of a path as a record compares it; `-` for nothing there. */
function status(path: string): string {
  const s = lstatSync(path, { throwIfNoEntry: false });
  return s ? fileStatus(s) : '-';
}

/** The paths whose status a record keeps, in its order. */
function recordedPaths(record: Pick<BuildRecord, 'root' | 'lists' | 'folders'>): string[] {
  const paths = record.root === undefined ? [] : [record.root];
  for (const f of record.folders) paths.push(f.dir, ...record.lists[f.list]!.map((name) => join(f.dir, name)), join(f.dir, MANIFEST_FILE));
  return paths;
}

let identity: string | undefined;

/**
 * This obscompile, as far as its output goes: the version, the schema, and every code file's size and modification
 * time (the bundle's, or the sources') with the bundle's build id (a digest of its text and of the schema's when it
 * was bundled: npm gives every installed file the same time). A bundle's schema is known by that id and its own size
 * and time; running from the sources, by a checksum of its text.
 */
export function codeIdentity(): string {
  if (identity) return identity;
  const parts = [packageVersion()];
  const bundle = join(codeDir(), 'obscompile.cjs');
  const bundled = lstatSync(bundle, { throwIfNoEntry: false }) !== undefined;
  if (bundled) parts.push(firstLine(bundle), sizeAndTime(schemaFile()));
  else parts.push(checksum(readFileSync(schemaFile())));
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const file = join(dir, e.name);
      if (e.isDirectory() && !bundled) walk(file);
      else if (bundled ? e.name.endsWith('.cjs') : /\.(c|m)?(j|t)s$/.test(e.name)) {
        parts.push(`${relative(codeDir(), file)}:${sizeAndTime(file)}`);
      }
    }
  };
  walk(codeDir());
  return (identity = checksum(Buffer.from(parts.join('\n'))));
}

function sizeAndTime(file: string): string {
  const s = statSync(file);
  return `${s.size}:${s.mtimeMs}`;
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

/** The key of a build: obscompile, the command's settings and the inputs' UTF-8 (each one's length and checksum). */
export function recordKey(settings: readonly unknown[], inputs: readonly Uint8Array[]): string {
  return checksum(Buffer.from(JSON.stringify([FORMAT, codeIdentity(), settings, inputs.map((bytes) => `${bytes.length}:${checksum(bytes)}`)])));
}

/**
 * The files of a record whose text digests it kept, with their recorded status (a record without digests is not
 * walked: 24,000 paths at 1,000 hosts). `paths`: its recordedPaths, when already made.
 */
function lastWritten(record: BuildRecord, paths?: readonly string[]): LastWritten {
  const files = new Map<string, { status: string; sum: string }>();
  if (!record.folders.some((f) => f.sums)) return files;
  const recorded = paths ?? recordedPaths(record);
  if (recorded.length !== record.stats.length) return files;
  const statusOf = new Map(recorded.map((p, i) => [p, record.stats[i]!]));
  for (const f of record.folders) {
    const names = record.lists[f.list]!;
    if (f.sums?.length !== names.length) continue;
    names.forEach((name, i) => {
      const file = join(f.dir, name);
      files.set(file, { status: statusOf.get(file)!, sum: f.sums![i]! });
    });
  }
  return files;
}

/**
 * The last text digested under each file name, and its digest: a fleet's hosts mostly get the same texts (often the
 * very same string), so each is digested once. One entry a name, so it holds no more than one output folder's texts.
 */
const lastDigest = new Map<string, { text: string; sum: string }>();

/** The digest of each artifact's text (textDigest), as a record keeps it. */
export function textSums(artifacts: readonly Artifact[]): string[] {
  return artifacts.map(({ path, content }) => {
    const kept = lastDigest.get(path);
    if (kept?.text === content) return kept.sum;
    const sum = textDigest(content);
    lastDigest.set(path, { text: content, sum });
    return sum;
  });
}

/**
 * Of the files a build renders into `dir` (names, with the digests of their texts), those the last recorded build
 * wrote with the same text, by absolute path: the status it left each with.
 */
export function writtenAlike(last: LastWritten, dir: string, files: readonly string[], sums: readonly string[]): Map<string, string> {
  const alike = new Map<string, string>();
  files.forEach((name, i) => {
    const file = join(dir, name);
    const written = last.get(file);
    if (written && written.sum === sums[i]) alike.set(file, written.status);
  });
  return alike;
}

/** A file's bytes as discover reads its text: without a UTF-8 byte-order mark. */
function withoutBom(bytes: Buffer): Buffer {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** The record of a build that ended with everything current: the status of everything it wrote, taken now. */
export function makeRecord(key: string, inputs: RecordedInput[], outcome: Outcome, folders: { dir: string; files: string[]; sums?: string[] }[], root?: string): BuildRecord {
  const lists: string[][] = [];
  const ids = new Map<string, number>();
  const recorded = folders.map((f) => {
    const id = f.files.join('\0');
    if (!ids.has(id)) ids.set(id, lists.push([...f.files]) - 1);
    return f.sums ? { dir: f.dir, list: ids.get(id)!, sums: f.sums } : { dir: f.dir, list: ids.get(id)! };
  });
  const record: BuildRecord = { format: FORMAT, key, inputs, ...outcome, lists, folders: recorded, stats: [] };
  if (root !== undefined) record.root = root;
  record.stats = recordedPaths(record).map(status);
  return record;
}

/** Records of builds not run for this long are removed when another is saved: configs get moved and deleted. */
const STALE_AFTER_MS = 30 * 24 * 3600 * 1000;

/** Stores a record; a cache that cannot be written only means the next build does all the work. */
export function saveRecord(file: string, record: BuildRecord): void {
  saveCacheFile(file, JSON.stringify(record));
}

/**
 * Writes a file of the records folder atomically, leaving no temp file, or nothing when that fails. Cache files only
 * accumulate when one is made for a config built for the first time: only then are the stale ones looked for, so
 * that a build replacing its own does not stat every file in the folder.
 */
export function saveCacheFile(file: string, data: string | Uint8Array): void {
  try {
    const dir = join(file, '..');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const fresh = lstatSync(file, { throwIfNoEntry: false }) === undefined;
    const temp = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, data, { mode: 0o600 });
      renameSync(temp, file);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    if (!fresh) return;
    const stale = Date.now() - STALE_AFTER_MS;
    for (const old of readdirSync(dir)) if (statSync(join(dir, old)).mtimeMs < stale) rmSync(join(dir, old), { force: true });
  } catch {
    // Nothing kept this time.
  }
}

/**
 * Files as the last recorded build left them, by absolute path: their status then and the digest of the text it
 * wrote. A file with that status now holds that text, as far as file status tells (the trust of make and git).
 */
export type LastWritten = ReadonlyMap<string, { status: string; sum: string }>;

/**
 * What looking for a record found: the outcome to replay when it is current; otherwise whether the build it records
 * had another key (another config text, command line or obscompile: then this build will most likely write), and
 * what it wrote.
 */
export type RecordLookup = { replay: Replay } | { replay?: undefined; inputsChanged: boolean; lastWritten?: LastWritten };

/** Nothing known: no record, or one of another config or format. */
export const NO_RECORD: RecordLookup = { inputsChanged: false };

/**
 * The recorded outcome when the record at `file` is current for a build of `main` with these settings. The key is
 * made from the inputs as they are now, so the inputs the record names are read.
 */
export function currentRecord(file: string, main: string, settings: readonly unknown[], maxBytes: number): RecordLookup {
  try {
    const record: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!isBuildRecord(record) || record.format !== FORMAT || record.inputs[0]?.path !== main) return NO_RECORD;
    const inputs: Buffer[] = [];
    for (const input of record.inputs) {
      const s = statSync(input.path);
      if (!s.isFile() || s.size > maxBytes) return NO_RECORD;
      inputs.push(withoutBom(readFileSync(input.path)));
    }
    // The key was made from the texts the build read, as UTF-8: a file that is not valid UTF-8 never matches it.
    if (recordKey(settings, inputs) !== record.key) return { inputsChanged: true, lastWritten: lastWritten(record) };
    const paths = recordedPaths(record);
    if (paths.length !== record.stats.length || paths.some((p, i) => status(p) !== record.stats[i])) return { inputsChanged: false, lastWritten: lastWritten(record, paths) };
    // The texts only for code frames of the recorded diagnostics.
    const texts = new Map(record.diagnostics.length ? record.inputs.map((input, i) => [input.shown, inputs[i]!.toString('utf8')]) : []);
    return { replay: { diagnostics: record.diagnostics, lines: record.lines, ...(record.textLines ? { textLines: record.textLines } : {}), ...(record.untilThere ? { untilThere: record.untilThere } : {}), result: record.result, texts } };
  } catch {
    return NO_RECORD;
  }
}
