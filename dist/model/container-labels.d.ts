import type { ValidConfig } from '../types.js';
/** The label that names the container a series belongs to, on both sides of a join (dcgm-exporter's own name for it). */
export declare const CONTAINER_LABEL = "container";
/**
 * Docker labels of the dev container. Keys use `_` inside their parts, so cAdvisor's Prometheus names
 * (`container_label_` + the key with every character outside [a-zA-Z0-9_] made `_`; lib/metrics/prometheus.go
 * @ v0.60.5) read the same.
 */
export declare function dockerLabels(config: ValidConfig): Record<string, string>;
/**
 * The Docker labels cAdvisor exports: ours, and the two Compose sets on every container it starts, so every
 * container of a Compose project is named too. Every other label of every container on the host stays out.
 */
export declare const CADVISOR_LABELS: readonly ["com.docker.compose.project", "com.docker.compose.service", "obscompile.project", "obscompile.service", "obscompile.model_server", "obscompile.model_server_version", "obscompile.gpus"];
/** A PromQL query the catalog shows, with what it answers. */
export interface CatalogQuery {
    title: string;
    expr: string;
}
/** Queries that join GPU series with the series of the container that holds the GPUs, over `container`. */
export declare function containerJoins(): CatalogQuery[];
