/**
 * The stack's own dashboards: Prometheus (targets, ingestion, storage, rules and what it sends on), Alertmanager
 * (alerts held, notifications and their failures) and Jaeger 2 (spans received, stored and forwarded).
 */
import { type DashboardSpec, type PanelSpec } from './panel.js';
export declare const TARGETS_UP: PanelSpec;
export declare const PROMETHEUS_DASHBOARD: DashboardSpec;
export declare const ALERTMANAGER_DASHBOARD: DashboardSpec;
export declare const JAEGER_DASHBOARD: DashboardSpec;
