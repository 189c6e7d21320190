/** metrics_catalog.md: every metric the enabled sources emit, from the catalog data of the configured versions. */
import { renderTemplate } from './handlebars.js';
import { finish, headerText, htmlCommentText, markdownCell, markdownCode as code } from './text.js';
import type { CatalogRow, CatalogSection, Model } from '../model/model.js';
import type { Artifact } from '../types.js';

/** `yes`; the condition itself ("only for containers with a CPU limit"); or `no:` and what would turn it on. */
function availability(metric: CatalogRow): string {
  if (metric.status === 'available') return 'yes';
  const note = markdownCell(metric.note ?? '');
  return metric.status === 'off' ? `no: ${note}` : note;
}

/** One section's table, a row per metric in the model's (name) order. Built here, not in the template: catalogs run to thousands of rows. */
export function catalogTable(metrics: readonly CatalogRow[]): string {
  const rows = metrics.map((m) => `| ${code(m.name)} | ${m.type} | ${m.labels.length ? m.labels.map(code).join(', ') : '—'} | ${markdownCell(m.help)} | ${availability(m)} |`);
  return ['| Metric | Type | Labels | Help | Availability |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** Which upstream release the rows describe, with a warning line when the config runs another one (versions are pattern-checked: plain code spans). */
function provenance(section: CatalogSection): string | undefined {
  const u = section.upstream;
  if (!u) return undefined;
  const lines = [`Describes [${markdownCell(u.project)}](${u.url}) \`${u.version}\`; checked against ${u.facts.map(markdownCell).join('; ')}.`];
  if (u.configured !== u.version) lines.push(`This stack runs \`${u.configured}\`: rows that changed between the two releases may differ.`);
  return lines.join(' ');
}

/**
 * One section per scraped source: heading, provenance, table, the labels every series carries, notes, and what
 * relabelling drops. Built here like the tables, not in the template: a config with many scrape targets has a
 * section for each, and a template loop costs several times more per section.
 */
function section(s: CatalogSection): string {
  const parts = [`\n## ${s.title} (job \`${s.job}\`)\n`];
  const source = provenance(s);
  if (source) parts.push(`\n${source}\n`);
  parts.push(`\n${catalogTable(s.metrics)}\n`);
  for (const field of s.labelFields) parts.push(`\nEvery series also carries \`${field.name}\`: ${markdownCell(field.help)}\n`);
  for (const note of s.notes) parts.push(`\n${markdownCell(note)}\n`);
  if (s.dropped.length) {
    parts.push(`\nDropped by metric relabelling (high cardinality): ${s.dropped.map(code).join(', ')}.\n`);
    if (s.droppedOffByDefault.length) parts.push(`Of these, ${s.droppedOffByDefault.map(code).join(', ')} are not emitted by default anyway; the rule keeps them out if they are ever enabled.\n`);
  }
  return parts.join('');
}

/** The catalog as Markdown: the template frames the sections. */
export function renderCatalog(model: Model): Artifact {
  const content = renderTemplate('metrics_catalog.md', { ...model, sections: model.catalog.map(section).join(''), header: htmlCommentText(headerText(model.sourceName)) });
  return { name: 'metrics_catalog.md', path: 'metrics_catalog.md', content: finish(content), executable: false };
}
