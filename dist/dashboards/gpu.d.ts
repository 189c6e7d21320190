/**
 * dcgm-exporter's dashboard: per GPU, what it does, how full and hot it is, what holds it back and the errors it
 * reports; the profiling figures where they are collected. Series and units from catalog/dcgm_exporter.yaml.
 */
import { type DashboardSpec, type PanelSpec } from './panel.js';
export declare const GPU_UTILISATION: PanelSpec;
export declare const GPU_MEMORY: PanelSpec;
export declare const GPU_POWER: PanelSpec;
export declare const GPU_DASHBOARD: DashboardSpec;
