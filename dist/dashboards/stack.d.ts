import { type DashboardSpec, type PanelSpec } from './panel.js';
export declare const TARGETS_UP: PanelSpec;
export declare const PROMETHEUS_DASHBOARD: DashboardSpec;
export declare const ALERTMANAGER_DASHBOARD: DashboardSpec;
export declare const JAEGER_DASHBOARD: DashboardSpec;
