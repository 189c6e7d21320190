import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';
/** The config init-run.sh passes to `jaeger --config`; produced only for Jaeger 2. */
export declare function renderJaegerConfig(model: Model): Artifact;
