/**
 * Whether a build record read from the cache folder has the shape obscompile writes (./record.ts). The cache is the
 * user's to clear or edit, and a record is replayed without compiling: one whose fields are not what they should be
 * (`"lines": null`, a diagnostic without a message) is no record, and the build compiles instead.
 */
import type { BuildRecord } from './record.js';
export declare function isBuildRecord(r: unknown): r is BuildRecord;
