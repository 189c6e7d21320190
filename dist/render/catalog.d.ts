import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';
/** metrics_catalog.md of a model. */
export declare function renderCatalog(model: Model): Artifact;
