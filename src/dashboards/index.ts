/** Every dashboard obscompile can generate, in the order of the Grafana folder: the overview, then one per source. */
import { CONTAINERS_DASHBOARD } from './containers.js';
import { GPU_DASHBOARD } from './gpu.js';
import { HOST_DASHBOARD } from './host.js';
import { OVERVIEW_DASHBOARD } from './overview.js';
import { SERVING_DASHBOARD } from './serving.js';
import { VLLM_SERVING_DASHBOARD } from './serving-vllm.js';
import { ALERTMANAGER_DASHBOARD, JAEGER_DASHBOARD, PROMETHEUS_DASHBOARD } from './stack.js';
import type { DashboardSpec, PanelSpec } from './panel.js';
import type { AlertingThresholds } from '../alerts/thresholds.js';

export const DASHBOARDS: readonly DashboardSpec[] = [OVERVIEW_DASHBOARD, GPU_DASHBOARD, SERVING_DASHBOARD, VLLM_SERVING_DASHBOARD, HOST_DASHBOARD, CONTAINERS_DASHBOARD, PROMETHEUS_DASHBOARD, ALERTMANAGER_DASHBOARD, JAEGER_DASHBOARD];

/**
 * A panel's key in src/generated/panel-reads.js: its dashboard and its title (unique within a dashboard for each
 * engine), and for another engine than SGLang the engine too (the overview shows each engine's panels by one title).
 */
export const panelKey = (dashboard: Pick<DashboardSpec, 'uid'>, panel: Pick<PanelSpec, 'title' | 'engine'>) => `${dashboard.uid}/${panel.title}${panel.engine && panel.engine !== 'sglang' ? `@${panel.engine}` : ''}`;

/** The queries of a panel with these thresholds. */
export const panelQueries = (panel: PanelSpec, t: AlertingThresholds) => (typeof panel.queries === 'function' ? panel.queries(t) : panel.queries);
