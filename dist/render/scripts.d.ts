import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';
/** The container entrypoint (seed 000, "Container Lifecycle"). */
export declare const renderInitRun: (model: Model) => Artifact;
/** The host-side storage tree (seed 000, "Storage Layout"). */
export declare const renderSetupStorage: (model: Model) => Artifact;
/** The model-server launcher (seed 000, "Launching SGLang"). */
export declare const renderLaunchModel: (model: Model) => Artifact;
