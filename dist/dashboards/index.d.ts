import type { DashboardSpec, PanelSpec } from './panel.js';
import type { AlertingThresholds } from '../alerts/thresholds.js';
export declare const DASHBOARDS: readonly DashboardSpec[];
/**
 * A panel's key in src/generated/panel-reads.js: its dashboard and its title (unique within a dashboard for each
 * engine), and for another engine than SGLang the engine too (the overview shows each engine's panels by one title).
 */
export declare const panelKey: (dashboard: Pick<DashboardSpec, "uid">, panel: Pick<PanelSpec, "title" | "engine">) => string;
/** The queries of a panel with these thresholds. */
export declare const panelQueries: (panel: PanelSpec, t: AlertingThresholds) => readonly import("./panel.js").PanelQuery[];
