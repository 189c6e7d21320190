/** Whether what a rule or a panel reads is stored with a configuration, and if not, why (for the catalog's notes). */
import type { ComponentId } from '../config/ports.js';
import type { SeriesInfo } from './series.js';

const SOURCE_NAMES: Record<ComponentId, string> = { prometheus: 'Prometheus itself', nodeExporter: 'node_exporter', dcgmExporter: 'dcgm-exporter', jaeger: 'Jaeger', modelServer: 'the model server', cadvisor: 'cAdvisor', alertmanager: 'Alertmanager' };

/** Why a query over `source` cannot run: its source is not scraped; undefined when it is. */
export const notScrapedWhy = (source: ComponentId, scraped: ReadonlySet<ComponentId>) => (scraped.has(source) ? undefined : `Prometheus does not scrape ${SOURCE_NAMES[source]} in this configuration`);

/** Why a query reading `names` cannot run here (`recorded`: names recording rules make), or undefined when it can. */
export function missing(names: readonly string[], series: ReadonlyMap<string, SeriesInfo>, recorded: ReadonlySet<string>): string | undefined {
  for (const name of names) {
    if (recorded.has(name)) continue;
    const info = series.get(name);
    if (!info) return `\`${name}\` is not stored by the sources this configuration scrapes at their configured versions`;
    if (info.status === 'off') return `\`${name}\`: ${info.note ?? 'not produced with this configuration'}`;
  }
  return undefined;
}
