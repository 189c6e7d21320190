/**
 * How the dev container is told apart in container metrics (seed 004, acceptance criterion 5: GPU container metrics
 * tagged, model-server containers identified). The dev container carries Docker labels naming the project, the service,
 * the model server and its version and its GPU request; cAdvisor exports them, and only them, as `container_label_*`;
 * the series of the daemons inside the dev container carry its name as `container`, and cAdvisor's series get the same
 * label from their `name`, so GPU and container series join on one label.
 */
import { engineOf, engineVersion } from '../config/engine.js';
import { cadvisorLabelName } from '../upstream/cadvisor.js';
import type { ValidConfig } from '../types.js';

/** The label that names the container a series belongs to, on both sides of a join (dcgm-exporter's own name for it). */
export const CONTAINER_LABEL = 'container';

/**
 * Docker labels of the dev container. Keys use `_` inside their parts, so cAdvisor's Prometheus names
 * (`container_label_` + the key with every character outside [a-zA-Z0-9_] made `_`; lib/metrics/prometheus.go
 * @ v0.60.5) read the same.
 */
export function dockerLabels(config: ValidConfig): Record<string, string> {
  const m = config.modelServer;
  const labels: Record<string, string> = {
    'obscompile.project': config.project.name,
    'obscompile.service': config.container.service,
    'obscompile.gpus': String(config.container.gpus),
  };
  if (m.enabled) {
    labels['obscompile.model_server'] = engineOf(config);
    labels['obscompile.model_server_version'] = engineVersion(config);
  }
  return labels;
}

/**
 * The Docker labels cAdvisor exports: ours, and the two Compose sets on every container it starts, so every
 * container of a Compose project is named too. Every other label of every container on the host stays out.
 */
export const CADVISOR_LABELS = [
  'com.docker.compose.project',
  'com.docker.compose.service',
  'obscompile.project',
  'obscompile.service',
  'obscompile.model_server',
  'obscompile.model_server_version',
  'obscompile.gpus',
] as const;


/** A PromQL query the catalog shows, with what it answers. */
export interface CatalogQuery {
  title: string;
  expr: string;
}

/** Queries that join GPU series with the series of the container that holds the GPUs, over `container`. */
export function containerJoins(): CatalogQuery[] {
  const server = cadvisorLabelName('obscompile.model_server');
  const version = cadvisorLabelName('obscompile.model_server_version');
  const gpuContainers = `on (${CONTAINER_LABEL}) DCGM_FI_DEV_GPU_UTIL`;
  return [
    {
      title: 'GPU utilisation of each GPU, with the model server of the container it serves',
      expr: `avg by (${CONTAINER_LABEL}, gpu, modelName) (DCGM_FI_DEV_GPU_UTIL)\n  * on (${CONTAINER_LABEL}) group_left (${server}, ${version})\n    group by (${CONTAINER_LABEL}, ${server}, ${version}) (container_last_seen{${server}!=""})`,
    },
    { title: 'CPU cores used by the containers that hold GPUs', expr: `sum by (${CONTAINER_LABEL}) (rate(container_cpu_usage_seconds_total[5m]))\n  and ${gpuContainers}` },
    { title: 'Working-set memory of the containers that hold GPUs', expr: `sum by (${CONTAINER_LABEL}) (container_memory_working_set_bytes)\n  and ${gpuContainers}` },
  ];
}
