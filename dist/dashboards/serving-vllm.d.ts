import { type DashboardSpec } from './panel.js';
export declare const VLLM_REQUEST_RATE: import("./panel.js").PanelSpec;
export declare const VLLM_GENERATION_RATE: import("./panel.js").PanelSpec;
export declare const VLLM_TTFT: import("./panel.js").PanelSpec;
export declare const VLLM_QUEUE: import("./panel.js").PanelSpec;
export declare const VLLM_KV_CACHE: import("./panel.js").PanelSpec;
export declare const VLLM_SERVING_DASHBOARD: DashboardSpec;
