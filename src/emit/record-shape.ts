/**
 * The shape of a build record (./record.ts), and whether one read from the cache folder has it. The cache is the
 * user's to clear or edit, and a record is replayed without compiling: one whose fields are not what they should be
 * (`"lines": null`, a diagnostic without a message) is no record, and the build compiles instead.
 */
import { isPlainMapping } from '../config/plain-data.js';
import type { Diagnostic } from '../types.js';

/** The format of the records this obscompile writes: one of another is no record. */
export const FORMAT = 3;

export interface RecordedInput {
  /** Absolute path. */
  path: string;
  /** As the diagnostics name it. */
  shown: string;
}

/** What a build reports when it finds everything current, as it would print it. */
export interface Outcome {
  diagnostics: Diagnostic[];
  /** Lines of standard output. */
  lines: string[];
  /** Lines of standard output in the text format only. */
  textLines?: string[];
  /** Lines of the text format printed, after the others, only while the file each names is missing (or a folder). */
  untilThere?: UntilThere[];
  /** The result fields of a JSON report. */
  result: Record<string, unknown>;
}

/**
 * A line to print while `file` (absolute) is missing, such as a secret only the user can make, or (`while: 'folder'`)
 * while it is a folder where a file belongs.
 */
export interface UntilThere {
  file: string;
  line: string;
  while?: 'folder';
}

export interface BuildRecord extends Outcome {
  format: typeof FORMAT;
  key: string;
  /** The files whose bytes make the key, the main one (config or fleet file) first. */
  inputs: RecordedInput[];
  /** A folder that holds the output folders (a fleet's), whose entries are recorded too. */
  root?: string;
  /** Distinct lists of artifact names (a fleet's hosts mostly share one). */
  lists: string[][];
  /** Each output folder, its list, and the digest of each file's text as written (textDigest). */
  folders: { dir: string; list: number; sums?: string[] }[];
  /** Status of the root, then of each folder, its artifacts in list order and its manifest. */
  stats: string[];
}


const strings = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string');
const objects = (v: unknown, each: (o: Record<string, unknown>) => boolean): boolean => Array.isArray(v) && v.every((o) => isPlainMapping(o) && each(o));
const optional = (v: unknown, ok: (v: unknown) => boolean): boolean => v === undefined || ok(v);

/** A diagnostic as the reporters print it: every field they read. */
function diagnostic(d: Record<string, unknown>): boolean {
  return (
    (d.severity === 'error' || d.severity === 'warning') &&
    ['code', 'message', 'file'].every((k) => typeof d[k] === 'string') &&
    ['line', 'column'].every((k) => Number.isInteger(d[k])) &&
    Array.isArray(d.range) && d.range.length === 2 && d.range.every(Number.isInteger) &&
    optional(d.hint, (h) => typeof h === 'string')
  );
}

export function isBuildRecord(r: unknown): r is BuildRecord {
  return (
    isPlainMapping(r) &&
    typeof r.key === 'string' &&
    objects(r.inputs, (i) => typeof i.path === 'string' && typeof i.shown === 'string') &&
    objects(r.diagnostics, diagnostic) &&
    strings(r.lines) &&
    optional(r.textLines, strings) &&
    optional(r.untilThere, (u) => objects(u, (n) => typeof n.file === 'string' && typeof n.line === 'string' && optional(n.while, (w) => w === 'folder'))) &&
    isPlainMapping(r.result) &&
    optional(r.root, (p) => typeof p === 'string') &&
    Array.isArray(r.lists) && r.lists.every(strings) &&
    objects(r.folders, (f) => typeof f.dir === 'string' && Number.isInteger(f.list) && (f.list as number) >= 0 && (f.list as number) < (r.lists as unknown[]).length && optional(f.sums, strings)) &&
    strings(r.stats)
  );
}
