import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';
/**
 * The catalog as Markdown: the template writes the head, the sections follow, and one join makes the text (at a
 * thousand targets it is most of a megabyte, and every intermediate copy of it costs).
 */
export declare function renderCatalog(model: Model): Artifact;
