import type { Artifact } from '../types.js';
/**
 * Whether an output folder gets one: not when it holds the config itself (the project's own folder, or one above
 * it), where the project keeps its own .gitattributes. `sourceName` is the config relative to the output folder.
 */
export declare const keepsOwnAttributes: (sourceName: string) => boolean;
/** The attributes of an output folder holding `files`, compiled from `sourceName`. */
export declare function gitAttributes(sourceName: string, files: readonly string[]): Artifact;
