import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';
/** The collectors file dcgm-exporter reads through init-run.sh. */
export declare function renderDcgmCollectors(model: Model): Artifact;
