/**
 * Whether a build record read from the cache folder has the shape obscompile writes (./record.ts). The cache is the
 * user's to clear or edit, and a record is replayed without compiling: one whose fields are not what they should be
 * (`"lines": null`, a diagnostic without a message) is no record, and the build compiles instead.
 */
import type { BuildRecord } from './record.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string');
const objects = (v: unknown, each: (o: Record<string, unknown>) => boolean): boolean => Array.isArray(v) && v.every((o) => isObject(o) && each(o));
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
    isObject(r) &&
    typeof r.key === 'string' &&
    objects(r.inputs, (i) => typeof i.path === 'string' && typeof i.shown === 'string') &&
    objects(r.diagnostics, diagnostic) &&
    strings(r.lines) &&
    optional(r.textLines, strings) &&
    optional(r.untilThere, (u) => objects(u, (n) => typeof n.file === 'string' && typeof n.line === 'string' && optional(n.while, (w) => w === 'folder'))) &&
    isObject(r.result) &&
    optional(r.root, (p) => typeof p === 'string') &&
    Array.isArray(r.lists) && r.lists.every(strings) &&
    objects(r.folders, (f) => typeof f.dir === 'string' && Number.isInteger(f.list) && (f.list as number) >= 0 && (f.list as number) < (r.lists as unknown[]).length && optional(f.sums, strings)) &&
    strings(r.stats)
  );
}
