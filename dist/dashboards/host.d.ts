/**
 * node_exporter's dashboard: the host as the dev container sees it (catalog/node_exporter.yaml says which figures are
 * the whole host's and which the container's own): CPU, load, memory, disks, network and pressure stalls.
 */
import { type DashboardSpec, type PanelSpec } from './panel.js';
export declare const HOST_CPU: PanelSpec;
export declare const HOST_MEMORY: PanelSpec;
export declare const HOST_DASHBOARD: DashboardSpec;
