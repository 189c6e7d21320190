import { type Rule } from './rule.js';
/** Top-level entries of the storage root that the generated scripts own. */
export declare const RESERVED_STORAGE_ENTRIES: readonly ["logs", "prometheus", "jaeger", "profiles", "container_run_meta.env"];
/** Durable folders, profile folders and container mount points are all distinct. */
export declare const storageDistinct: Rule;
/**
 * setup-storage.sh keeps the storage tree out of git with a `.gitignore` of `*` at its root, and the run data it
 * holds is never project source: a storage root that holds the config, the output folder or the workspace would hide
 * the project from git and mix run data into it.
 */
export declare const storageApart: Rule;
