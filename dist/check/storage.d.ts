import { type Rule } from './rule.js';
import type { ValidConfig } from '../types.js';
/** Top-level entries of the storage root that the generated scripts own. */
export declare const RESERVED_STORAGE_ENTRIES: readonly ["logs", "prometheus", "jaeger", "alertmanager", "profiles", "container_run_meta.env"];
/** Whether a file in the dev container lies in a folder the compose file mounts (below it, not at it). */
export declare function inMountedFolder(config: ValidConfig, file: string): boolean;
/** Durable folders, profile folders and container mount points are all distinct. */
export declare const storageDistinct: Rule;
/**
 * setup-storage.sh keeps the storage tree out of git with a `.gitignore` of `*` at its root, and the run data it
 * holds is never project source: a storage root that holds the config, the output folder or the workspace would hide
 * the project from git and mix run data into it.
 */
export declare const storageApart: Rule;
/**
 * The host paths docker-compose.yml names can be named from the output folder (config/compose-paths.ts): said by
 * validate, at what places the output there, not first by build when it has nothing to write with.
 */
export declare const composePathsNameable: Rule;
