/** metrics_catalog.md: every metric the enabled sources emit, from the catalog data of the configured versions. */
import { renderTemplate } from './templates.js';
import { codeCell, finish, headerText, htmlCommentText, provenanceOf, markdownCell, markdownCode as code } from './text.js';
import type { CatalogRow, CatalogSection, Model, Provenance } from '../model/model.js';
import { dashboardFile } from './dashboards.js';
import type { Artifact } from '../types.js';
import type { CatalogQuery } from '../model/container-labels.js';
import { keepLast } from './same-input.js';

/** `yes` (and when it first appears); the condition itself ("only for containers with a CPU limit"); or `no:` and what would turn it on. */
function availability(metric: CatalogRow): string {
  if (metric.status === 'available') return metric.note === undefined ? 'yes' : `yes; ${markdownCell(metric.note)}`;
  const note = markdownCell(metric.note ?? '');
  return metric.status === 'off' ? `no: ${note}` : note;
}

/**
 * One section's table, a row per metric in the model's (name) order, its lines pushed onto `out`. Built here, not
 * in the template: catalogs run to thousands of rows.
 */
function catalogTable(metrics: readonly CatalogRow[], out: string[]): void {
  out.push('| Metric | Type | Labels | Help | Availability |\n|---|---|---|---|---|');
  // Rows of a source share their label list (the model makes each once): its cell is formatted once too.
  const cells = new Map<readonly string[], string>();
  for (const m of metrics) {
    let labels = cells.get(m.labels);
    if (labels === undefined) cells.set(m.labels, (labels = m.labels.length ? m.labels.map(code).join(', ') : '-'));
    out.push(`\n| ${code(m.name)} | ${m.type} | ${labels} | ${markdownCell(m.help)} | ${availability(m)} |`);
  }
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
 * One section per scraped source, pushed onto `catalog` as one string: heading, provenance, table, the labels every
 * series carries, notes, and what relabelling drops. Built here like the tables, not in the template: a config with
 * many scrape targets has a section for each, and a template loop costs several times more per section. Joined per
 * section, so the rows' intermediate strings are let go at once instead of living until the whole catalog is joined
 * (at ten thousand targets they were megabytes of the build's peak).
 */
function section(s: CatalogSection, catalog: string[]): void {
  const out: string[] = [];
  sectionPieces(s, out);
  catalog.push(out.join(''));
}

/** The pieces of one section, in order, pushed onto `out`. */
function sectionPieces(s: CatalogSection, out: string[]): void {
  out.push(`\n## ${s.title} (job \`${s.job}\`)\n`);
  const source = provenance(s);
  if (source) out.push(`\n${source}\n`);
  out.push('\n');
  catalogTable(s.metrics, out);
  out.push('\n');
  for (const field of s.labelFields) out.push(`\nEvery series also carries \`${field.name}\`: ${markdownCell(field.help)}\n`);
  for (const note of s.notes) out.push(`\n${markdownCell(note)}\n`);
  if (s.dropped.length) {
    out.push(`\nDropped by metric relabelling (high cardinality): ${s.dropped.map(code).join(', ')}.\n`);
    if (s.droppedOffByDefault.length) out.push(`Of these, ${s.droppedOffByDefault.map(code).join(', ')} are not emitted by default anyway; the rule keeps them out if they are ever enabled.\n`);
  }
}

/** A reason from the model as Markdown: its `code` spans kept, anything else inert. */
const because = (why: string) => why.replace(/`([^`]*)`/g, (_, c: string) => codeCell(c)).replace(/[<>|]/g, (c) => markdownCell(c));

/** The alerts this stack gets, per pack, with what fires each and its threshold key; then the rules left out and why. */
function alertsSection(m: NonNullable<CatalogInput['alerts']>, out: string[]): void {
  out.push(`\n## Alerts (alert-rules.yml)\n\nTested by alert-rules.test.yml: \`promtool test rules alert-rules.test.yml\` in the output folder.\n\n| Alert | Pack | Severity | Fires when | For | Expression | Threshold |\n|---|---|---|---|---|---|---|`);
  for (const a of m.alerts) out.push(`\n| \`${a.alert}\` | ${a.pack} | ${a.severity} | ${markdownCell(a.fires)} | ${a.for} | ${codeCell(a.expr)} | ${a.threshold} |`);
  out.push('\n');
  if (m.recording.length) out.push(`\nRecording rules: ${m.recording.map(code).join(', ')}.\n`);
  for (const l of m.leftOut) out.push(`\nLeft out: ${code(l.name)}, because ${because(l.why)}.\n`);
}

/** The dashboards this stack gets, with their files and panels; then the panels left out and why. */
function dashboardsSection(m: NonNullable<CatalogInput['dashboards']>, out: string[]): void {
  out.push('\n## Dashboards (dashboard-*.json)\n\nGrafana dashboards; every panel query was checked against the series above.\n\n| Dashboard | File | Panels |\n|---|---|---|');
  for (const d of m.dashboards) out.push(`\n| ${markdownCell(d.title)} | \`${dashboardFile(d.uid)}\` | ${d.panels.map(markdownCell).join(', ')} |`);
  out.push('\n');
  for (const l of m.leftOut) out.push(`\nLeft out: ${markdownCell(l.name)}, because ${because(l.why)}.\n`);
}

/**
 * Everything the catalog shows, and nothing else: the catalog is a function of this alone, so a fleet's host whose
 * input equals the previous host's gets that host's text (./same-input.ts).
 */
interface CatalogInput {
  from: Provenance;
  project: Model['config']['project'];
  catalog: readonly CatalogSection[];
  alerts?: {
    alerts: { alert: string; pack: string; severity: string; fires: string; for: string; expr: string; threshold: string }[];
    recording: string[];
    leftOut: readonly { name: string; why: string }[];
  };
  dashboards?: { dashboards: { title: string; uid: string; panels: string[] }[]; leftOut: readonly { name: string; why: string }[] };
  joins: readonly CatalogQuery[];
}

function catalogInput(model: Model): CatalogInput {
  const { alerts, dashboards } = model;
  const thresholds = alerts ? model.config.alerting.thresholds : undefined;
  return {
    from: provenanceOf(model),
    project: model.config.project,
    catalog: model.catalog,
    ...(alerts
      ? {
          alerts: {
            alerts: alerts.alerts.map((a) => ({ alert: a.alert, pack: a.pack, severity: a.severity, fires: a.fires, for: a.for, expr: a.expr, threshold: a.threshold ? `\`alerting.thresholds.${a.threshold}\` = ${thresholds![a.threshold]}` : '-' })),
            recording: alerts.recording.map((r) => r.record),
            leftOut: alerts.leftOut,
          },
        }
      : {}),
    ...(dashboards ? { dashboards: { dashboards: dashboards.dashboards.map((d) => ({ title: d.title, uid: d.uid, panels: d.rows.flatMap((r) => r.panels.map((p) => p.title)) })), leftOut: dashboards.leftOut } } : {}),
    joins: model.joins,
  };
}

/**
 * The catalog as Markdown: the template writes the head, the sections follow, and one join makes the text (at a
 * thousand targets it is most of a megabyte, and every intermediate copy of it costs).
 */
const catalogText = keepLast('catalog', (input: CatalogInput): string => {
  const out = [renderTemplate('metrics_catalog.md', { config: { project: input.project }, header: htmlCommentText(headerText(input.from)) })];
  for (const s of input.catalog) section(s, out);
  if (input.alerts) alertsSection(input.alerts, out);
  if (input.dashboards) dashboardsSection(input.dashboards, out);
  if (input.joins.length) {
    out.push('\n## Joining GPU and container series\n\nThe series of dcgm-exporter and the model server carry `container`, the dev container they were collected in; cAdvisor\'s get the same label from `name`, and the dev container\'s Docker labels arrive as `container_label_obscompile_*`.\n');
    for (const q of input.joins) out.push(`\n${markdownCell(q.title)}:\n\n\`\`\`promql\n${q.expr}\n\`\`\`\n`);
  }
  return finish(out.join(''));
});

/** metrics_catalog.md of a model. */
export function renderCatalog(model: Model): Artifact {
  return { name: 'metrics_catalog.md', path: 'metrics_catalog.md', content: catalogText('metrics_catalog.md', catalogInput(model)), executable: false };
}
