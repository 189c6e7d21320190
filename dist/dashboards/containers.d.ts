/**
 * cAdvisor's dashboard: every container on the host, by the `container` name Prometheus copies from cAdvisor's `name`
 * (catalog/cadvisor.yaml): CPU and its throttling, memory, network, disk, pressure, OOM kills and restarts.
 */
import { type DashboardSpec, type PanelSpec } from './panel.js';
export declare const CONTAINER_CPU: PanelSpec;
export declare const CONTAINER_MEMORY: PanelSpec;
export declare const CONTAINERS_DASHBOARD: DashboardSpec;
