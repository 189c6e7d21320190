import { type DashboardSpec, type PanelSpec } from './panel.js';
export declare const REQUEST_RATE: PanelSpec;
export declare const GENERATION_RATE: PanelSpec;
export declare const TTFT: PanelSpec;
export declare const QUEUE: PanelSpec;
export declare const KV_CACHE: PanelSpec;
export declare const SERVING_DASHBOARD: DashboardSpec;
