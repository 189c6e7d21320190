import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';
export declare function renderCatalog(model: Model): Artifact;
