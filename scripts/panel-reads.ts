/**
 * src/generated/panel-reads.js: the series each dashboard panel reads, found by Prometheus's own PromQL grammar
 * (src/promql/analyze.ts) at generate time, with Grafana's interval variables replaced by a duration. A run then
 * leaves out the panels whose series a configuration does not store without loading a PromQL parser. A query that
 * does not parse stops the generation.
 */
import { DASHBOARDS, panelKey, panelQueries } from '../src/dashboards/index.js';
import { checkable } from '../src/dashboards/panel.js';
import { analyzeQuery } from '../src/promql/analyze.js';
import type { AlertingThresholds } from '../src/alerts/thresholds.js';

/** The series each dashboard panel reads, by dashboard uid/panel title. */
export function panelReadsTable(thresholds: AlertingThresholds): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const d of DASHBOARDS) {
    for (const row of d.rows) {
      for (const panel of row.panels) {
        const key = panelKey(d, panel);
        if (table[key]) throw new Error(`two panels titled ${panel.title} in dashboard ${d.uid}`);
        const names = new Set<string>();
        for (const q of panelQueries(panel, thresholds)) {
          const a = analyzeQuery(checkable(q.expr));
          if (a.errors.length) throw new Error(`panel ${key} does not parse: ${a.errors.map((e) => e.message).join('; ')} in ${q.expr}`);
          for (const s of a.selectors) if (s.name) names.add(s.name);
        }
        table[key] = [...names].sort();
      }
    }
  }
  return table;
}
