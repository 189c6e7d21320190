import type { Provenance } from '../model/model.js';
import type { Artifact } from '../types.js';
/**
 * Whether an output folder gets one: not when it holds the config itself (the project's own folder, or one above
 * it), where the project keeps its own .gitattributes. `sourceName` is the config relative to the output folder.
 */
export declare const keepsOwnAttributes: (sourceName: string) => boolean;
/** The attributes of an output folder holding `files`, compiled from `from`. */
export declare function gitAttributes(from: Provenance, files: readonly string[]): Artifact;
