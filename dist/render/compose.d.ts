import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';
/** Internal network shared by the dev container and cAdvisor: no route out (seed 004, "Network: Internal only"). */
export declare const TELEMETRY_NETWORK = "telemetry";
/** The compose file's services by name, in its order: devcontainer.json starts exactly these (`runServices`). */
export declare const composeServiceNames: (config: Model["config"]) => string[];
/** The compose file: services built as data, serialised once. */
export declare function renderCompose(model: Model): Artifact;
