import { type DashboardSpec, type PanelSpec } from './panel.js';
import type { AlertingThresholds } from '../alerts/thresholds.js';
import type { Engine } from '../config/engine.js';
export declare const REQUEST_RATE: PanelSpec;
export declare const GENERATION_RATE: PanelSpec;
/** The configured quantile of a latency histogram, red from its alert threshold. */
export declare function quantile(title: string, metric: string, threshold: keyof AlertingThresholds | undefined, what: string, engine?: Engine): PanelSpec;
export declare const heatmap: (title: string, metric: string, what: string, engine?: Engine) => PanelSpec;
export declare const TTFT: PanelSpec;
export declare const QUEUE: PanelSpec;
export declare const KV_CACHE: PanelSpec;
export declare const SERVING_DASHBOARD: DashboardSpec;
