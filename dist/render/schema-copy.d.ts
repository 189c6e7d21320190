import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';
/** A verbatim copy: editors resolve the modeline and devcontainer.json to it wherever obscompile is installed. */
export declare function renderSchemaCopy(model: Model): Artifact;
