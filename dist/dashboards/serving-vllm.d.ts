import { type DashboardSpec, type PanelSpec } from './panel.js';
export declare const VLLM_REQUEST_RATE: PanelSpec;
export declare const VLLM_GENERATION_RATE: PanelSpec;
export declare const VLLM_TTFT: PanelSpec;
export declare const VLLM_QUEUE: PanelSpec;
export declare const VLLM_KV_CACHE: PanelSpec;
export declare const VLLM_SERVING_DASHBOARD: DashboardSpec;
