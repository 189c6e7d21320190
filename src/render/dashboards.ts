/**
 * Grafana dashboards as JSON (dashboard-<uid>.json): the classic dashboard model at schemaVersion 42, the last of the
 * v1 dashboard API (DASHBOARD_SCHEMA_VERSION in public/app/features/dashboard/state/DashboardMigrator.ts; Grafana
 * 13.2 loads it as is), current panel types only, every query on the provisioned Prometheus data source by its fixed
 * uid, and `host` and `container_run` variables. Checked against the Grafana Foundation SDK's dashboard JSON Schema.
 */
import { SCOPE_LABELS } from '../dashboards/panel.js';
import type { ModelDashboard, ModelPanel } from '../model/dashboards.js';
import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';
import { keepLast } from './same-input.js';

export const SCHEMA_VERSION = 42;
/** The provisioned data sources' uids (grafana-datasources.yml): every panel names its data source by uid. */
export const PROMETHEUS_DATASOURCE = { type: 'prometheus', uid: 'obscompile-prometheus' } as const;
export const JAEGER_DATASOURCE = { type: 'jaeger', uid: 'obscompile-jaeger' } as const;
/** The tag every obscompile dashboard carries: the dashboards link of each lists the others. */
export const DASHBOARD_TAG = 'obscompile';

/** Where a dashboard file is written, and mounted from. */
export const dashboardFile = (uid: string) => `dashboard-${uid.replace(/^obscompile-/, '')}.json`;

const GRID_WIDTH = 24;
const PANEL_HEIGHT = 8;

/** Options of each panel type (the SDK's panel option types; defaults where nothing else is meant). */
function options(p: ModelPanel): Record<string, unknown> {
  if (p.kind === 'heatmap') {
    return {
      calculate: false,
      yAxis: { unit: p.unit, axisPlacement: 'left', reverse: false },
      rowsFrame: { layout: 'le' },
      color: { mode: 'scheme', scheme: 'Oranges', fill: 'dark-orange', scale: 'exponential', exponent: 0.5, steps: 64, reverse: false },
      cellGap: 1,
      showValue: 'never',
      filterValues: { le: 1e-9 },
      legend: { show: true },
      tooltip: { mode: 'single', yHistogram: true, showColorScale: false },
    };
  }
  if (p.kind === 'timeseries') return { legend: { displayMode: 'list', placement: 'bottom', showLegend: true, calcs: [] }, tooltip: { mode: 'multi', sort: 'desc' } };
  return { reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false }, orientation: 'auto' };
}

function fieldDefaults(p: ModelPanel): Record<string, unknown> {
  const steps: { color: string; value: number | null }[] = [{ color: 'green', value: null }];
  if (p.threshold !== undefined) steps.push({ color: 'red', value: p.threshold });
  const defaults: Record<string, unknown> = { unit: p.unit, thresholds: { mode: 'absolute', steps } };
  if (p.min !== undefined) defaults.min = p.min;
  if (p.max !== undefined) defaults.max = p.max;
  // A time series shows the alert threshold as a line; other panels colour their value by it.
  if (p.kind === 'timeseries') {
    defaults.color = { mode: 'palette-classic' };
    defaults.custom = { drawStyle: 'line', lineWidth: 1, fillOpacity: 10, showPoints: 'never', spanNulls: false, thresholdsStyle: { mode: p.threshold !== undefined ? 'line' : 'off' } };
  } else if (p.kind !== 'heatmap') defaults.color = { mode: 'thresholds' };
  return defaults;
}

function panel(p: ModelPanel, id: number, gridPos: { x: number; y: number; w: number; h: number }): Record<string, unknown> {
  return {
    type: p.kind,
    id,
    title: p.title,
    description: p.description,
    datasource: PROMETHEUS_DATASOURCE,
    gridPos,
    targets: p.queries.map((q, i) => ({
      refId: String.fromCharCode(65 + i),
      datasource: PROMETHEUS_DATASOURCE,
      editorMode: 'code',
      expr: q.expr,
      legendFormat: q.legend ?? '__auto',
      range: true,
      ...(p.interval ? { interval: p.interval } : {}),
      ...(p.kind === 'heatmap' ? { format: 'heatmap' } : {}),
    })),
    fieldConfig: { defaults: fieldDefaults(p), overrides: [] },
    options: options(p),
  };
}

/**
 * A query variable over a scope label: empty on the box itself (no series carries it), every value in a central store.
 * "All" is `.*`, which a series without the label matches too (the box's own), or `.+` for values only (`hostsOnly`).
 */
function scopeVariable(label: string, filter: string, valuesOnly = false): Record<string, unknown> {
  const query = `label_values(up${filter}, ${label})`;
  return { type: 'query', name: label, label, datasource: PROMETHEUS_DATASOURCE, query, definition: query, refresh: 2, sort: 1, multi: true, includeAll: true, allValue: valuesOnly ? '.+' : '.*', hide: 0, skipUrlSync: false, regex: '', options: [] };
}

/** The dashboard as Grafana's JSON model. */
export function dashboardJson(d: ModelDashboard): Record<string, unknown> {
  const panels: Record<string, unknown>[] = [];
  let id = 1;
  let y = 0;
  for (const row of d.rows) {
    panels.push({ type: 'row', id: id++, title: row.title, collapsed: false, panels: [], gridPos: { x: 0, y: y++, w: GRID_WIDTH, h: 1 } });
    let x = 0;
    for (const p of row.panels) {
      const w = p.width ?? 8;
      if (x + w > GRID_WIDTH) {
        x = 0;
        y += PANEL_HEIGHT;
      }
      panels.push(panel(p, id++, { x, y, w, h: PANEL_HEIGHT }));
      x += w;
    }
    y += PANEL_HEIGHT;
  }
  const [host, run] = SCOPE_LABELS;
  return {
    uid: d.uid,
    title: d.title,
    description: d.description,
    tags: [DASHBOARD_TAG],
    timezone: 'browser',
    editable: false,
    graphTooltip: 1,
    time: { from: 'now-1h', to: 'now' },
    refresh: '30s',
    schemaVersion: SCHEMA_VERSION,
    links: [{ title: 'obscompile dashboards', type: 'dashboards', icon: 'external link', tooltip: '', tags: [DASHBOARD_TAG], asDropdown: true, targetBlank: false, includeVars: true, keepTime: true }],
    templating: { list: [scopeVariable(host, '', d.hostsOnly), scopeVariable(run, `{${host}=~"$${host}"}`)] },
    annotations: { list: [] },
    panels,
  };
}

/** A dashboard's text: the same as the last one of that uid when the dashboard is (a fleet's hosts). */
const dashboardText = keepLast('dashboard', (d: ModelDashboard) => `${JSON.stringify(dashboardJson(d), null, 2)}\n`);

/** A dashboard's file. */
export const dashboardArtifact = (d: ModelDashboard): Artifact => ({ name: 'grafana-dashboard', path: dashboardFile(d.uid), content: dashboardText(d.uid, d), executable: false });

/** One file per dashboard the model holds. */
export const renderDashboards = (model: Model): Artifact[] => model.dashboards!.dashboards.map(dashboardArtifact);
