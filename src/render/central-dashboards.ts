/**
 * The hosts' dashboards over the central store (the union a fleet gathered: model/central.ts DashboardUnion), where
 * every host's series carry `host` (the fleet's external label): each aggregation keeps `host` beside the labels it
 * groups by, placed by PromQL's grammar (promql/scope.ts), and each legend starts with it, so that the same GPU, run or
 * model of two hosts are two lines, not one average. A heatmap stays one distribution over the hosts picked: its
 * series are its buckets, named by `le` alone, and Grafana orders them by that name. (A host's own dashboards need
 * neither: its Prometheus holds one host.)
 */
import { HOST_LABEL } from '../config/fleet-settings.js';
import { checkable } from '../dashboards/panel.js';
import { keepingLabel } from '../promql/scope.js';
import { dashboardArtifact } from './dashboards.js';
import type { ModelDashboard, ModelPanel } from '../model/dashboards.js';
import type { Artifact } from '../types.js';

/** The central dashboard files. */
export const centralDashboardArtifacts = (dashboards: readonly ModelDashboard[]): Artifact[] =>
  dashboards.map((d) => dashboardArtifact({ ...d, hostsOnly: true, rows: d.rows.map((row) => ({ ...row, panels: row.panels.map(perHost) })) }));

function perHost(panel: ModelPanel): ModelPanel {
  if (panel.kind === 'heatmap') return { ...panel, description: `${panel.description} One distribution over every host picked: pick one host to see its own.` };
  return {
    ...panel,
    queries: panel.queries.map((q) => ({
      ...q,
      expr: keepingLabel(q.expr, HOST_LABEL, checkable(q.expr)),
      ...(q.legend !== undefined && !q.legend.includes(`{{${HOST_LABEL}}}`) ? { legend: `{{${HOST_LABEL}}} ${q.legend}` } : {}),
    })),
  };
}
