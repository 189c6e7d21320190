/**
 * `obscompile lint`: the queries of rule files and dashboards people write, checked against the series the config's
 * sources store at their configured versions (src/promql/check.ts), each finding at its file, line and column. With
 * other versions (`--versions`), also what the queries would lose: findings that the upgrade brings.
 */
import { analyzeQuery } from '../promql/analyze.js';
import { checkQuery, familyOf, type QueryFinding } from '../promql/check.js';
import { centralRuns } from '../model/central.js';
import { CENTRAL_JOBS, centralSeries } from '../model/central-alerts.js';
import { engineOf } from '../config/engine.js';
import { major } from '../upstream/version.js';
import { isScrapeSeries, keepsColonNames } from '../upstream/prometheus.js';
import type { Central as CentralSettings } from '../config/fleet-settings.js';
import { countLines, diagnosticAt } from '../diagnostics/make.js';
import { HOST_LABEL } from '../config/fleet-settings.js';
import { RUN_LABEL } from '../config/names.js';
import { loadCatalog } from '../model/catalog-data.js';
import { offByDefaultCollector } from '../upstream/node-exporter.js';
import { disabledKindOf } from '../upstream/cadvisor.js';
import { jaegerDetailedOnly } from '../upstream/jaeger.js';
import { alertingOf } from '../model/alerting.js';
import { extractQueries, type FileQuery } from './extract.js';
import { parseWithPositions } from '../parse/yaml-document.js';
import { maskGrafana, variableAt } from './grafana.js';
import { storedNames, type SeriesInfo } from '../model/series.js';
import type { Diagnostic, ValidConfig } from '../types.js';

export interface LintFile {
  /** As the user named it (or its folder, joined with the file's path in it). */
  path: string;
  text: string;
  /** Found in a folder the user named, not named itself: skipped, not refused, when it is no rule file or dashboard. */
  found?: boolean;
}

/** What queries are checked against: the stored series, names recording rules make, labels every series may carry. */
interface Against {
  series: ReadonlyMap<string, SeriesInfo>;
  recorded: Map<string, Set<string>>;
  anyLabels: string[];
  /** The name families of the sources catalogued in part, with their titles (see QueryContext). */
  selections: Map<string, string>;
  /** Names of earlier releases, with what replaced them. */
  renamed: Map<string, string>;
  removed: Map<string, string>;
  /** Names of catalogued sources no config here scrapes (another engine's, a source turned off), with their titles. */
  unscraped: Map<string, { title: string; needs: string }>;
  /** Why a name of a scraped source is never stored here: what serves it is off by default (QueryContext). */
  offByDefault: (name: string) => string | undefined;
  /** Every scrape job whose series are there. */
  jobs: Set<string>;
  /** The jobs that store each catalogued name, and the jobs whose catalog says what they store (QueryContext). */
  jobsOf: (name: string) => ReadonlySet<string> | undefined;
  jobsKnown: ReadonlySet<string>;
  /** `openmetrics` when every Prometheus here is 3.0 or later, which normalises `le` as it stores it (QueryContext). */
  /** Whether `job`'s histograms have their `le` stored in OpenMetrics form (QueryContext). */
  leStored: (job: string) => boolean;
  /** The external labels of a box's Prometheus, which its own queries do not see (QueryContext). */
  sentOnly: Set<string>;
}

/** The scraped sources that serve client_golang's Go and process collectors, and how lint names them. */
const GO_EXPORTERS = ['prometheus', 'nodeExporter', 'alertmanager', 'cadvisor'] as const;
const GO_EXPORTER_TITLES: Readonly<Record<(typeof GO_EXPORTERS)[number], string>> = { prometheus: 'Prometheus', nodeExporter: 'node_exporter', alertmanager: 'Alertmanager', cadvisor: 'cAdvisor' };
/**
 * Families a library of a scraped source registers beside its own, which the catalog leaves out: uncatalogued, not
 * unknown. Prometheus dials out through go-conntrack (cmd/prometheus/main.go @ v3.14.0: conntrack.NewDialContextFunc),
 * which counts its dials as `net_conntrack_dialer_*`; node_exporter wraps its handler in client_golang's
 * promhttp.InstrumentMetricHandler (node_exporter.go @ v1.12.1), which counts scrapes as `promhttp_metric_handler_*`.
 */
const LIBRARY_FAMILIES: readonly (readonly [(typeof GO_EXPORTERS)[number], string, string])[] = [
  ['prometheus', 'net', "Prometheus's go-conntrack dialer"],
  ['nodeExporter', 'promhttp', "node_exporter's promhttp handler"],
];
/** The runtimes' and libraries' families (go_*, process_*, python_*, ...), which any job of a Go or Python exporter may store. */
const SHARED_FAMILIES: ReadonlySet<string> = new Set(['go', 'process', 'python', ...LIBRARY_FAMILIES.map(([, family]) => family)]);

/**
 * What the configs store together: one config's series, or the central store of a fleet's hosts, where a series
 * is there when any host stores it, with every label some host gives it.
 */
function against(configs: readonly ValidConfig[], central?: CentralSettings): Against {
  const series = new Map<string, SeriesInfo>();
  const recorded = new Map<string, Set<string>>();
  const selections = new Map<string, string>();
  const renamed = new Map<string, string>();
  const removed = new Map<string, string>();
  const jobs = new Set<string>();
  const scrapedBy = new Set<string>();
  // A central store's series also carry the run and host labels, and every external label the configs set; a box's
  // own Prometheus adds its external labels only to what it sends on, so queries there do not see them.
  const anyLabels = new Set(central ? [RUN_LABEL, HOST_LABEL] : []);
  const sentOnly = new Set<string>();
  // The labels a scrape job sets (`labels:` of an extra target) are on every series of the job, and on the series
  // Prometheus writes for each of its targets (`up`, `scrape_*`), which the catalog lists under Prometheus's own job.
  const storedBy = new Map<string, Set<string>>();
  const storedIn = (name: string, job: string) => (storedBy.get(name) ?? storedBy.set(name, new Set()).get(name)!).add(job);
  const add = (stored: ReadonlyMap<string, SeriesInfo>, jobLabels: ReadonlyMap<string, string[]> = new Map()) => {
    const everyJobs = [...new Set([...jobLabels.values()].flat())];
    for (const [name, stock] of stored) {
      storedIn(name, stock.job);
      const own = isScrapeSeries(name) ? everyJobs : jobLabels.get(stock.job);
      const info = own?.length ? { ...stock, labels: new Set([...stock.labels, ...own]) } : stock;
      const had = series.get(name);
      series.set(name, had ? joined(had, info) : info);
    }
  };
  // A fleet's central store also holds what it scrapes of its own services (its Prometheus, Alertmanager, Jaeger).
  if (central && configs.length) {
    const runs = centralRuns(central, configs);
    add(centralSeries(runs));
    for (const service of Object.keys(runs) as (keyof typeof CENTRAL_JOBS)[]) jobs.add(CENTRAL_JOBS[service]);
  }
  for (const config of configs) {
    const stored = alertingOf(config, loadCatalog());
    add(stored.series, new Map(stored.jobs.map((j) => [j.job, Object.keys(j.labels)])));
    // A Prometheus before 3.0 stores the model server's `:` names with `_` (OBS_METRIC_NAMES_REWRITTEN): those are
    // the names its queries find.
    if (!keepsColonNames(config.versions.prometheus)) {
      for (const [name, info] of stored.series) {
        const stored_ = name.replace(/:/g, '_');
        if (stored_ === name || series.has(stored_)) continue;
        series.set(stored_, { ...info, name: stored_ });
        storedIn(stored_, info.job);
      }
    }
    for (const j of stored.jobs) jobs.add(j.job);
    for (const id of stored.scraped) scrapedBy.add(id === 'modelServer' ? `${id}/${engineOf(config)}` : id);
    // Jaeger 2, whose telemetry level decides what it records (offByDefaultNote).
    if (stored.scraped.has('jaeger') && major(config.versions.jaeger) >= 2) scrapedBy.add('jaeger/2');
    for (const section of stored.catalog) {
      // A name two jobs store (a process_* series, say) is in the index once: each job is noted here.
      for (const m of section.metrics) for (const n of storedNames(m)) storedIn(n, section.job);
      for (const [from, to] of Object.entries(section.renamed ?? {})) renamed.set(from, to);
      for (const [name, why] of Object.entries(section.removed ?? {})) removed.set(name, why);
      if (!section.selection || !section.metrics.some((m) => m.status !== 'off')) continue;
      for (const m of section.metrics) {
        const family = familyOf(m.name);
        // A runtime's or library's family (process_* of Prometheus's catalog, say) is every Go exporter's: named below.
        if (family && !SHARED_FAMILIES.has(family) && !selections.has(family)) selections.set(family, section.title);
      }
    }
    for (const r of stored.alerts?.recording ?? []) recorded.set(r.record, new Set([...(recorded.get(r.record) ?? []), ...r.labels]));
    for (const label of [RUN_LABEL, ...Object.keys(config.prometheus.externalLabels)]) (central ? anyLabels : sentOnly).add(label);
  }
  // The Go runtime's and the process's series (`go_*`, `process_*`) of the Go exporters scraped, which the catalog
  // leaves out: client_golang registers both collectors on its default registry (prometheus/registry.go init), which
  // Prometheus (cmd/prometheus/main.go @ v3.14.0, web/web.go promhttp.Handler) and Alertmanager (httpserver/httpserver.go
  // @ v0.34.0) serve, and node_exporter (node_exporter.go @ v1.12.1) and cAdvisor (cmd/internal/http/handlers.go @
  // v0.60.5) register themselves. Names of those families may be stored: uncatalogued, not unknown.
  const goRuntime = GO_EXPORTERS.filter((id) => scrapedBy.has(id));
  const titles = goRuntime.map((id) => GO_EXPORTER_TITLES[id]);
  const exporters = titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : titles.join('');
  if (goRuntime.length) for (const [family, what] of [['go', 'Go runtime'], ['process', 'process']]) if (!selections.has(family!)) selections.set(family!, `client_golang's ${what} collector in ${exporters}`);
  for (const [id, family, what] of LIBRARY_FAMILIES) if (scrapedBy.has(id) && !selections.has(family)) selections.set(family, what);
  // The central store runs the first host's release (model/central.ts).
  const prometheus3 = configs.length > 0 && configs.every((c) => major(c.versions.prometheus) >= 3);
  // Before Prometheus 3, `le` is stored as the exporter writes it: OpenMetrics form by the Python engines' client.
  const leStored = (job: string) => prometheus3 || job === 'sglang' || job === 'vllm';
  // `up` and `scrape_*` are every job's (Prometheus writes them for each target), and SHARED_FAMILIES any Go or
  // Python exporter's, catalogued or not.
  const jobsOf = (name: string) => (isScrapeSeries(name) || SHARED_FAMILIES.has(familyOf(name) ?? '') ? undefined : storedBy.get(name));
  // Only a job whose catalog section says what it stores can be said not to store a name: an extra target that
  // documents no metrics (a second node_exporter, a second SGLang) may store anything.
  const jobsKnown = new Set(storedBy.size ? [...storedBy.values()].flatMap((jobs) => [...jobs]) : []);
  const offByDefault = (name: string) => (series.has(name) ? undefined : offByDefaultNote(name, scrapedBy));
  return { series, recorded, anyLabels: [...anyLabels], selections, renamed, removed, unscraped: unscrapedNames(scrapedBy, series), offByDefault, jobs, jobsOf: (name) => jobsOf(name), jobsKnown, sentOnly, leStored };
}

/**
 * The stored names of every catalogued source no config scrapes (`scraped`: component ids, the model server's with
 * its engine), with the source's title; a source that is scraped at another release is not one of them.
 */
function unscrapedNames(scraped: ReadonlySet<string>, stored: ReadonlyMap<string, SeriesInfo>): Map<string, { title: string; needs: string }> {
  const out = new Map<string, { title: string; needs: string }>();
  for (const src of loadCatalog()) {
    if (scraped.has(src.source === 'modelServer' ? `${src.source}/${src.engine ?? 'sglang'}` : src.source)) continue;
    const source = { title: src.title, needs: src.source === 'modelServer' ? `\`modelServer.engine: ${src.engine ?? 'sglang'}\`` : `${src.title} enabled (and scraped) in the config` };
    for (const row of src.metrics) for (const name of storedNames(row)) if (!stored.has(name) && !out.has(name)) out.set(name, source);
  }
  return out;
}

/** Why `name` is never stored by a scraped source: the node_exporter collector or cAdvisor kind serving it is off. */
function offByDefaultNote(name: string, scraped: ReadonlySet<string>): string | undefined {
  const collector = scraped.has('nodeExporter') ? offByDefaultCollector(name) : undefined;
  if (collector) return `node_exporter's ${collector} collector is off unless started with --collector.${collector}, and this stack runs node_exporter with its default collectors`;
  const kind = scraped.has('cadvisor') ? disabledKindOf(name) : undefined;
  if (kind) return `cAdvisor leaves its ${kind} metric kind off by default (see -disable_metrics), and this stack does not turn it on`;
  if (scraped.has('jaeger/2') && jaegerDetailedOnly(name)) return "Jaeger records it only at telemetry level detailed (its collector drops it below that level), and this stack runs Jaeger at level normal, the collector's default";
  return undefined;
}

const STORED: Record<SeriesInfo['status'], number> = { available: 2, conditional: 1, off: 0 };

/** One series as two hosts store it: the labels and buckets of both, the more available status. */
function joined(a: SeriesInfo, b: SeriesInfo): SeriesInfo {
  const first = STORED[b.status] > STORED[a.status] ? b : a;
  const buckets = a.buckets && b.buckets ? [...new Set([...a.buckets, ...b.buckets])].sort((x, y) => x - y) : (a.buckets ?? b.buckets);
  return { ...first, labels: new Set([...a.labels, ...b.labels]), ...(buckets ? { buckets } : {}) };
}

/** The names the files' own recording rules make, with the labels they keep (their `by`, or what they read). */
function ownRecords(files: readonly { queries: FileQuery[] }[], base: Against): void {
  for (const f of files) {
    f.queries.forEach((q) => {
      const name = q.record;
      if (!name) return;
      const a = analyzeQuery(maskGrafana(q.expr));
      const outer = a.groupings.find((g) => g.mode === 'by');
      const labels = outer ? outer.labels.map((l) => l.name) : a.selectors.flatMap((s) => [...(s.name ? (base.series.get(s.name)?.labels ?? []) : [])]);
      base.recorded.set(name, new Set(labels));
    });
  }
}

function findings(q: FileQuery, a: Against, grafana: boolean): QueryFinding[] {
  // What a finding says of a variable (the name `_` it was read as) is not the query's: Grafana gives the name. One
  // where the grammar could not read it says which variable.
  const found = checkQuery(maskGrafana(q.expr), a.series, { recorded: a.recorded, anyLabels: a.anyLabels, selections: a.selections, renamed: a.renamed, removed: a.removed, unscraped: a.unscraped, offByDefault: a.offByDefault, jobs: a.jobs, jobsOf: a.jobsOf, jobsKnown: a.jobsKnown, sentOnly: a.sentOnly, leStored: a.leStored, grafana, alerting: q.alert }).flatMap((f) => {
    const variable = variableAt(q.expr, f.from);
    if (variable === undefined) return [f];
    if (f.code !== 'OBS_QUERY_SYNTAX') return [];
    return [{ ...f, to: f.from + variable.length, message: `PromQL syntax: lint cannot read the Grafana variable \`${variable}\` where it stands (it reads one as a name, a number or a duration)`, hint: "check this query with the variable replaced (Grafana's query inspector shows it), or write it so that a value of the variable's kind stands there" }];
  });
  if (q.valuesOf === undefined) return found;
  // A variable's label_values() is checked as its query grouped by the label: said in the variable's own terms. A
  // label a central store adds (host, the run, external labels) just has no values on a box: the variable's All stands.
  const grouping = `by (${q.valuesOf}): `;
  const central = q.valuesOf === HOST_LABEL || a.sentOnly.has(q.valuesOf);
  return found.flatMap((f) => (!f.message.startsWith(grouping) ? [f] : central ? [] : [{ ...f, severity: 'error' as const, message: `label_values(…, ${q.valuesOf}): none of the series of its query carries \`${q.valuesOf}\``, hint: 'take the values from a label these series carry (metrics_catalog.md lists them)' }]));
}

/**
 * Lints `files` against what `configs` store (one config, or a fleet's hosts); with `upgraded`, also what the
 * queries would lose under those versions.
 */
export function lint(files: readonly LintFile[], configs: readonly ValidConfig[], upgraded?: readonly ValidConfig[], central?: CentralSettings): { diagnostics: Diagnostic[]; queries: number; linted: number; skipped: string[] } {
  const out: Diagnostic[] = [];
  const skipped: string[] = [];
  const read = files.flatMap((f) => {
    const e = extractQueries(f.text, f.path);
    const lines = countLines(f.text);
    if ('error' in e && f.found) return (skipped.push(f.path), []);
    if ('error' in e) {
      // A rule file whose YAML does not parse: said as a config's would be (the line out of alignment, the quote never
      // closed), with the same codes and hints.
      const syntax = e.yaml ? parseWithPositions({ path: f.path, absolutePath: f.path, text: f.text }).diagnostics : [];
      if (syntax.length) out.push(...syntax);
      else out.push(diagnosticAt(f.path, lines, [e.offset, e.offset], { code: 'OBS_LINT_FILE', message: e.error, hint: 'lint reads Prometheus rule files (YAML with `groups`) and Grafana dashboards (JSON)' }));
      return [{ file: f, lines, queries: [] as FileQuery[], grafana: false }];
    }
    for (const p of e.problems ?? []) out.push(diagnosticAt(f.path, lines, [p.from, p.to], { code: 'OBS_LINT_RULE', message: p.message, hint: 'write a Prometheus duration: numbers each with a unit (ms, s, m, h, d, w, y), largest first, such as 5m or 1h30m; promtool check rules refuses the file as it is' }));
    return [{ file: f, lines, queries: e.queries, grafana: e.kind === 'dashboard' }];
  });
  const now = against(configs, central);
  ownRecords(read, now);
  const later = upgraded && against(upgraded, central);
  if (later) ownRecords(read, later);
  for (const { file, lines, queries, grafana } of read) {
    for (const q of queries) {
      // With an upgrade, today's findings stay (a file that is wrong now is not made right by asking about later),
      // and what the upgrade adds is said as such.
      const current = findings(q, now, grafana);
      const added = later ? findings(q, later, grafana).filter((f) => !current.some((c) => c.code === f.code && c.from === f.from)) : [];
      for (const [f, after] of [...current.map((f) => [f, false] as const), ...added.map((f) => [f, true] as const)]) {
        // Said of the releases --versions names (an upgrade or not), not of those configured.
        const message = after ? `${q.owner}: at the releases --versions names, ${f.message.replace(' at their configured versions', '')}` : `${q.owner}: ${f.message}`;
        out.push(diagnosticAt(file.path, lines, [q.at(f.from), endAt(q, file.text, Math.max(f.from, f.to - 1))], { code: f.code, severity: f.severity, message, ...(f.hint ? { hint: f.hint } : {}) }));
      }
    }
  }
  return { diagnostics: out, queries: read.reduce((n, f) => n + f.queries.length, 0), linted: read.length, skipped };
}

/**
 * Where the character at `offset` of a query ends in its file: where the next one starts, when that is on the same
 * line (an escape such as `\\"` is two characters of the file for one of the query), else one past its start.
 */
function endAt(q: FileQuery, text: string, offset: number): number {
  const start = q.at(offset);
  const next = offset + 1 < q.expr.length ? q.at(offset + 1) : start + 1;
  return next > start && !/[\r\n]/.test(text.slice(start, next)) ? next : start + 1;
}
