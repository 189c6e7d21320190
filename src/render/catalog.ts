/** metrics_catalog.md: every metric the enabled sources emit, from the catalog data (issue 3). */
import { renderTemplate } from './handlebars.js';
import { finish, headerText } from './text.js';
import type { Model } from '../model.js';
import type { Artifact } from '../types.js';

/** The catalog as Markdown, metrics sorted by name within each source. */
export function renderCatalog(model: Model): Artifact {
  const catalog = model.catalog.map((s) => ({ ...s, metrics: [...s.metrics].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) }));
  const content = renderTemplate('metrics_catalog.md', { ...model, catalog, header: headerText(model.sourceName) });
  return { name: 'metrics_catalog.md', path: 'metrics_catalog.md', content: finish(content), executable: false };
}
