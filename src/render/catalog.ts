/** metrics_catalog.md: every metric the enabled sources emit, from the catalog data (issue 3). */
import { renderTemplate } from './handlebars.js';
import { finish, headerText, markdownCell, markdownCode as code } from './text.js';
import type { CatalogSection, Model } from '../model.js';
import type { Artifact } from '../types.js';

type Metric = CatalogSection['metrics'][number];

function availability(metric: Metric): string {
  if (metric.status === 'available') return 'yes';
  return `${metric.status === 'unavailable' ? 'not exposed' : 'no'}: ${markdownCell(metric.note ?? '')}`;
}

/** One section's table, a row per metric in the model's (name) order. Built here, not in the template: catalogs run to thousands of rows. */
export function catalogTable(metrics: readonly Metric[]): string {
  const rows = metrics.map((m) => `| ${code(m.name)} | ${m.type} | ${m.labels.length ? m.labels.map(code).join(', ') : '—'} | ${markdownCell(m.help)} | ${availability(m)} |`);
  return ['| Metric | Type | Labels | Help | Availability |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The catalog as Markdown: the template frames one table per scraped source. */
export function renderCatalog(model: Model): Artifact {
  const catalog = model.catalog.map((s) => ({ ...s, table: catalogTable(s.metrics) }));
  const content = renderTemplate('metrics_catalog.md', { ...model, catalog, header: headerText(model.sourceName) });
  return { name: 'metrics_catalog.md', path: 'metrics_catalog.md', content: finish(content), executable: false };
}
