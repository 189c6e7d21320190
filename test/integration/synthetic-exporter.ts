/**
 * A stand-in for every exporter of the stack: HTTP servers on 127.0.0.1 that serve, for each scrape job, every series
 * its catalog section lists, with the catalog's types and labels (those the scrape job adds left to Prometheus),
 * counters and histograms rising with every scrape. What a real Prometheus scrapes from them is what the dashboards
 * and rules query, so a query that returns nothing here names a series, label or type the catalog does not have.
 */
import { createServer, type Server } from 'node:http';
import { LABEL_SAMPLES } from '../../src/render/alert-tests.js';
import type { CatalogSection, Model, ScrapeJob } from '../../src/model/model.js';

/** Labels whose values queries select on: every listed value gets a series of its own. */
const ALTERNATIVES: Readonly<Record<string, readonly string[]>> = {
  mode: ['idle', 'user', 'input', 'device_hit', 'decode'],
  state: ['active', 'suppressed'],
  status_code: ['200', '500'],
  status: ['2xx', '5xx'],
  is_streaming: ['true', 'false'],
};

/** Exposition label text: `{a="x",b="y"}`, or nothing. */
const labelText = (labels: [string, string][]) => (labels.length ? `{${labels.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(',')}}` : '');

/** Every combination of the labels' values. */
function combinations(labels: readonly string[], value: (label: string) => readonly string[]): [string, string][][] {
  return labels.reduce<[string, string][][]>((sets, l) => sets.flatMap((set) => value(l).map((v) => [...set, [l, v] as [string, string]])), [[]]);
}

/** The exposition of a section at the `tick`-th scrape. */
export function exposition(section: CatalogSection, job: ScrapeJob, model: Model, tick: number): string {
  const byPrometheus = new Set(['job', 'instance', 'le', 'quantile', ...Object.keys(job.labels), ...job.copyLabels.map((c) => c.to)]);
  const known: Record<string, string> = { container: model.config.container.service, name: model.config.container.service, model_name: model.config.modelServer.modelPath };
  const value = (l: string) => ALTERNATIVES[l] ?? [known[l] ?? LABEL_SAMPLES[l] ?? 'x'];
  const out: string[] = [];
  for (const row of section.metrics) {
    const sets = combinations(row.labels.filter((l) => !byPrometheus.has(l)), value);
    out.push(`# TYPE ${row.name} ${row.type}`);
    for (const labels of sets) {
      if (row.type === 'counter') out.push(`${row.name}${labelText(labels)} ${tick * 10}`);
      else if (row.type === 'gauge' || row.type === 'untyped') out.push(`${row.name}${labelText(labels)} 0.5`);
      else if (row.type === 'histogram') {
        const bounds = [...(row.buckets ?? [0.1, 1, 10]).map(String), '+Inf'];
        bounds.forEach((le, i) => out.push(`${row.name}_bucket${labelText([...labels, ['le', le]])} ${tick * (i + 1)}`));
        out.push(`${row.name}_sum${labelText(labels)} ${tick * 3}`, `${row.name}_count${labelText(labels)} ${tick * bounds.length}`);
      } else {
        out.push(`${row.name}${labelText([...labels, ['quantile', '0.5']])} 1`, `${row.name}_sum${labelText(labels)} ${tick * 3}`, `${row.name}_count${labelText(labels)} ${tick}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * One server per scraped target port but Prometheus's own, each serving its job's section (as `edit` changes it,
 * for a source that drifted from the catalog); returns a closer.
 */
export async function serveCatalog(model: Model, portOf: (target: string) => number, edit: (section: CatalogSection) => CatalogSection = (s) => s): Promise<() => void> {
  const servers: Server[] = [];
  for (const job of model.scrapeJobs) {
    const found = model.catalog.find((s) => s.job === job.job);
    if (!found || job.job === 'prometheus') continue;
    const section = edit(found);
    let tick = 0;
    const server = createServer((_req, res) => {
      tick++;
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(exposition(section, job, model, tick));
    });
    await new Promise<void>((resolve) => server.listen(portOf(job.targets[0]!), '127.0.0.1', resolve));
    servers.push(server);
  }
  return () => servers.forEach((s) => (s.close(), s.closeAllConnections()));
}
