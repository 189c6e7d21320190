import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';
/** The attributes of an output folder whose files were compiled from `sourceName`. */
export declare function gitAttributes(sourceName: string): Artifact;
export declare const renderGitAttributes: (model: Model) => Artifact;
