/**
 * `obscompile verify`: what a running Prometheus stores for each job of the config, against the catalog of the
 * configured versions. Per job it asks the series API (names and their labels, over the last `window`) and the
 * targets metadata API (types), then reports catalogued metrics that are missing (an error, unless the catalog says
 * when they appear), types that differ, labels the catalog does not list, and, for sections that catalogue a whole
 * source, names exposed but not catalogued. An extra target's documented metrics are compared the same way. Every
 * finding names the Prometheus and the job.
 */
import { fileDiagnostic } from '../diagnostics/make.js';
import { getApi, type Connection } from './http.js';
import type { CatalogRow, CatalogSection } from '../model/catalog.js';
import { storedNames } from '../model/series.js';
import type { ScrapeJob } from '../model/scrape-jobs.js';
import type { Diagnostic } from '../types.js';
import { ALERT_SERIES, isScrapeSeries } from '../upstream/prometheus.js';

/** What a job's series look like in the Prometheus: label names by metric name, and types from its targets. */
export interface Observed {
  labels: Map<string, Set<string>>;
  types: Map<string, string>;
  /** Targets of the job whose last scrape failed (`up` at 0 now), of how many. */
  down?: { down: number; of: number };
}

/**
 * Series Prometheus makes itself, not scraped from the job's targets: `up` and `scrape_*` for every target of every
 * job (docs/configuration/configuration.md), and the alert series of the alerts on it, which carry the job's label
 * (TargetDown fires for a target that is down).
 */
const synthetic = (name: string) => isScrapeSeries(name) || ALERT_SERIES.has(name);
/** Whether a job stored series of its own, not only those Prometheus makes itself: then it can be compared. */
const hasOwnSeries = (o: Observed) => [...o.labels.keys()].some((n) => !synthetic(n));

/** Labels every stored series has, or that a histogram or summary part carries. */
const OWN_LABELS = new Set(['__name__', 'job', 'instance', 'le', 'quantile']);

/** The type the targets' metadata gives a row: under its name, or (text format 0.0.4 vs OpenMetrics) without `_total`. */
const typeOf = (row: CatalogRow, o: Observed) => o.types.get(row.name) ?? o.types.get(row.name.replace(/_total$/, ''));

/** The findings of one job: `where` names the Prometheus and the job in every diagnostic. */
export function compareJob(section: CatalogSection, o: Observed, where: string, jobLabels: readonly string[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (severity: 'error' | 'warning', message: string, hint: string) => out.push(fileDiagnostic(where, { severity, code: 'OBS_VERIFY_DRIFT', message, hint }));
  // A target that is down still has the series Prometheus makes itself (`up` at 0, its alerts): they say nothing of
  // what the source exposes, so a job with nothing else is one finding, not one per catalogued name.
  if (!hasOwnSeries(o)) {
    // Not even `up`: this Prometheus has no such job, so it does not run the generated prometheus.yml.
    if (!o.labels.has('up')) at('error', `job \`${section.job}\` is not scraped by this Prometheus: it has stored no series of it, not even \`up\`, in the time verify looks back`, 'load the generated prometheus.yml into this Prometheus (or point --prometheus at the one that runs it); nothing of the job could be compared');
    else at('warning', `job \`${section.job}\` has no series of its own here: its targets are down, so only the series Prometheus makes itself (\`up\`, \`scrape_*\`, the alerts on it) are stored`, 'check the job in Prometheus (Status → Targets); nothing of it could be compared');
    return out;
  }
  // A Prometheus or client that writes `:` as `_` (an OpenMetrics client, a metric_relabel_configs): one finding, not one per name.
  const underscored = renamedNames(section, o);
  const { pairs } = underscored;
  if (pairs.length) at('error', `job \`${section.job}\` stores ${pairs.length} of the catalog's names with \`_\` for \`:\`: ${pairs.slice(0, 3).map(([c, s]) => `\`${s}\` for \`${c}\``).join(', ')}${pairs.length > 3 ? ', …' : ''}`, "queries written as the catalog names them select nothing: a Prometheus before 3.0 gets the names so from prometheus_client, as it does not ask for names as they are (run Prometheus 3); else look for a relabelling that rewrites them");
  const rewritten = new Set(pairs.map(([c]) => c));
  // Series stay in the window verify reads after a target fails: what is compared is what it stored before.
  if (o.down?.down) at('warning', `job \`${section.job}\`: ${o.down.down} of ${o.down.of} target${o.down.of === 1 ? ' is' : 's are'} down now (\`up\` is 0), so its series are compared as they were stored before`, 'check the job in Prometheus (Status → Targets)');
  // Rows of an extra target are what the config documents of it (`prometheus.extraTargets[].metrics`), not a release's.
  const documented = !section.upstream;
  const known = new Set<string>();
  for (const row of section.metrics) {
    storedNames(row).forEach((n) => known.add(n));
    // A rewritten row is compared under the name it is stored by (its metadata may keep the `:`).
    const as = rewritten.has(row.name) ? (n: string) => n.replace(/:/g, '_') : (n: string) => n;
    const names = storedNames(row).map(as);
    const seen = names.filter((n) => o.labels.has(n));
    if (row.status === 'off') continue;
    if (seen.length === 0) {
      // Conditional rows and rows that appear only after an event may be missing from a healthy source.
      const conditional = row.status === 'conditional' || row.later === true;
      const hint = conditional ? 'nothing to do until it should have appeared' : documented ? 'the target does not expose it as `prometheus.extraTargets` documents it: correct the name in the config, or the target' : "the source does not expose it as catalogued: a name, version or setting differs from the catalog's";
      at(conditional ? 'warning' : 'error', `\`${row.name}\` (${section.job}) is ${documented ? 'documented in the config' : 'catalogued'} but not stored${conditional ? `; the catalog allows that: ${row.note ?? 'it appears only in some cases'}` : ''}`, hint);
      continue;
    }
    const type = typeOf({ ...row, name: as(row.name) }, o) ?? typeOf(row, o);
    if (type && type !== 'unknown' && type !== row.type) at('error', `\`${row.name}\` (${section.job}) is a ${type} here, a ${row.type} in the catalog`, 'queries that rely on its type (rate(), histogram_quantile()) read it wrongly');
    // The labels the scrape job sets (`labels:` of an extra target) are on every series of it.
    const listed = new Set([...row.labels, ...jobLabels]);
    const extra = [...new Set(seen.flatMap((n) => [...o.labels.get(n)!]))].filter((l) => !OWN_LABELS.has(l) && !listed.has(l)).sort();
    if (extra.length) at('error', `\`${row.name}\` (${section.job}) carries ${extra.map((l) => `\`${l}\``).join(', ')}, which the catalog does not list`, `the catalog lists: ${[...listed].sort().join(', ') || 'no labels'}`);
    // What the config documents of an extra target is all there is to go by: a label it lists must be there.
    const carried = new Set(seen.flatMap((n) => [...o.labels.get(n)!]));
    const absent = documented ? row.labels.filter((l) => !carried.has(l)) : [];
    if (absent.length) at('error', `\`${row.name}\` (${section.job}) carries no ${absent.map((l) => `\`${l}\``).join(', ')}, which the config documents`, 'correct `labels` of the metric under `prometheus.extraTargets`, or the target');
  }
  if (!section.selection && !documented) {
    const uncatalogued = [...o.labels.keys()].filter((n) => !known.has(n) && !synthetic(n) && !underscored.stored.has(n)).sort();
    if (uncatalogued.length) at('warning', `job \`${section.job}\` stores ${uncatalogued.length} name${uncatalogued.length === 1 ? '' : 's'} the catalog does not list: ${uncatalogued.slice(0, 15).map((n) => `\`${n}\``).join(', ')}${uncatalogued.length > 15 ? ', …' : ''}`, 'a newer release, a setting, or a gap in the catalog: please report it');
  }
  return out;
}

/**
 * Catalogued names with a `:` that are not stored, while the same name with `_` for each `:` is: [catalogued, stored]
 * pairs, and every stored name so found (a histogram's parts).
 */
function renamedNames(section: CatalogSection, o: Observed): { pairs: [string, string][]; stored: Set<string> } {
  const pairs: [string, string][] = [];
  const stored = new Set<string>();
  for (const row of section.metrics) {
    if (!row.name.includes(':')) continue;
    const names = storedNames(row);
    if (names.some((n) => o.labels.has(n))) continue;
    const found = names.map((n) => n.replace(/:/g, '_')).filter((n) => o.labels.has(n));
    if (!found.length) continue;
    pairs.push([row.name, found[0]!]);
    found.forEach((n) => stored.add(n));
  }
  return { pairs, stored };
}

/** Reads one job's series and metadata from the Prometheus. */
async function observe(c: Connection, job: string, windowSeconds: number): Promise<Observed> {
  const end = Math.floor(Date.now() / 1000);
  const selector = `{job=${JSON.stringify(job)}}`;
  const series = await getApi<Record<string, string>[]>(c, '/api/v1/series', { 'match[]': selector, start: String(end - windowSeconds), end: String(end) });
  const labels = new Map<string, Set<string>>();
  for (const s of series) {
    const set = labels.get(s.__name__!) ?? new Set<string>();
    for (const k of Object.keys(s)) set.add(k);
    labels.set(s.__name__!, set);
  }
  const metadata = await getApi<{ metric: string; type: string }[]>(c, '/api/v1/targets/metadata', { match_target: selector });
  const up = await getApi<{ result: { value: [number, string] }[] }>(c, '/api/v1/query', { query: `up${selector}` }).catch(() => undefined);
  const values = (Array.isArray(up?.result) ? up.result : []).map((r) => r.value?.[1]);
  return { labels, types: new Map(metadata.map((m) => [m.metric, m.type])), ...(values.length ? { down: { down: values.filter((v) => v === '0').length, of: values.length } } : {}) };
}

/**
 * A Prometheus of another release than `versions.prometheus` names: its own job is compared with the catalog of the
 * configured one, so say so first. The release is the buildinfo API's `version` (web/api/v1/api.go, /status/buildinfo
 * @ v2.42.0 and v3.14.0), build metadata (Debian's `+ds`) aside. An API that does not answer is left to the job reads.
 */
async function otherRelease(c: Connection, configured: string): Promise<Diagnostic | undefined> {
  let running: string;
  try {
    running = (await getApi<{ version: string }>(c, '/api/v1/status/buildinfo')).version;
  } catch {
    return undefined;
  }
  const release = running.replace(/\+.*$/, '');
  if (release === configured) return undefined;
  return fileDiagnostic(c.url, {
    severity: 'warning',
    code: 'OBS_VERIFY_DRIFT',
    message: `this Prometheus runs ${running}, the config names ${configured} (\`versions.prometheus\`): its \`prometheus\` job is compared with the catalog of ${configured}`,
    hint: `set \`versions.prometheus: ${release}\` if that is the release you run; differences in the prometheus job may come from the release alone`,
  });
}

/** Every catalogued job of the config against the Prometheus at `c.url` (which runs `prometheusVersion`, when it scrapes itself). */
export async function verify(c: Connection, sections: readonly CatalogSection[], jobs: readonly ScrapeJob[], prometheusVersion?: string, windowSeconds = 600): Promise<{ diagnostics: Diagnostic[]; compared: string[]; downNow: string[] }> {
  const out: Diagnostic[] = [];
  const compared: string[] = [];
  const downNow: string[] = [];
  const scraped = new Set(jobs.map((j) => j.job));
  const release = prometheusVersion && scraped.has('prometheus') ? await otherRelease(c, prometheusVersion) : undefined;
  if (release) out.push(release);
  for (const section of sections.filter((s) => scraped.has(s.job))) {
    try {
      const jobLabels = Object.keys(jobs.find((j) => j.job === section.job)?.labels ?? {});
      const observed = await observe(c, section.job, windowSeconds);
      if (hasOwnSeries(observed)) compared.push(section.job);
      if (observed.down?.down) downNow.push(section.job);
      out.push(...compareJob(section, observed, c.url, jobLabels));
    } catch (error) {
      out.push(fileDiagnostic(c.url, { code: 'OBS_VERIFY_UNREACHABLE', message: `cannot read job \`${section.job}\` from ${c.url}: ${(error as Error).message}`, hint: 'check the URL, the credentials and that it is a Prometheus (its /api/v1 answers)' }));
      break;
    }
  }
  return { diagnostics: out, compared, downNow };
}
