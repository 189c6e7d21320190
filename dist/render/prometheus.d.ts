import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';
/** The environment variable init-run.sh exports with the run id. */
export declare const RUN_ID_VARIABLE = "CONTAINER_RUN_ID";
/** Global settings, the run label, one job per enabled source, and (Prometheus 3.11+) retention. */
export declare function renderPrometheus(model: Model): Artifact;
