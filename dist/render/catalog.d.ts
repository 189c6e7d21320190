import type { CatalogRow, Model } from '../model/model.js';
import type { Artifact } from '../types.js';
/** One section's table, a row per metric in the model's (name) order. Built here, not in the template: catalogs run to thousands of rows. */
export declare function catalogTable(metrics: readonly CatalogRow[]): string;
/** The catalog as Markdown: the template frames the sections. */
export declare function renderCatalog(model: Model): Artifact;
