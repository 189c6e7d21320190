import type { Model } from '../model/model.js';
import type { Artifact, ArtifactName } from '../types.js';
export interface Renderer {
    /** One artifact, or several of one kind (a dashboard per file). */
    render(model: Model): Artifact | Artifact[];
    /** False when the component behind the artifact is disabled: the artifact is not produced at all. */
    enabled(model: Model): boolean;
}
/** Every artifact obscompile can produce, in output order. */
export declare const RENDERERS: Readonly<Record<Exclude<ArtifactName, '.gitattributes'>, Renderer>>;
/** Names of all artifacts, for `--stdout` and docs. */
export declare const ARTIFACT_NAMES: (keyof typeof RENDERERS)[];
/** Renders every enabled artifact in memory, then the .gitattributes that names them (./gitattributes.ts). */
export declare function render(model: Model): Artifact[];
