import { type Rule } from './rule.js';
/** Top-level entries of the storage root that the generated scripts own. */
export declare const RESERVED_STORAGE_ENTRIES: readonly ["logs", "prometheus", "jaeger", "profiles", "container_run_meta.env"];
/** Durable folders, profile folders and container mount points are all distinct. */
export declare const storageDistinct: Rule;
