/** The overview of one run: the figures people look at first, from every source, on one screen. */
import { CONTAINER_CPU, CONTAINER_MEMORY } from './containers.js';
import { GPU_MEMORY, GPU_POWER, GPU_UTILISATION } from './gpu.js';
import { HOST_CPU, HOST_MEMORY } from './host.js';
import { KV_CACHE, QUEUE, REQUEST_RATE, TTFT } from './serving.js';
import { VLLM_KV_CACHE, VLLM_QUEUE, VLLM_REQUEST_RATE, VLLM_TTFT } from './serving-vllm.js';
import { TARGETS_UP } from './stack.js';
import type { DashboardSpec } from './panel.js';

export const OVERVIEW_DASHBOARD: DashboardSpec = {
  uid: 'obscompile-overview',
  title: 'Overview',
  description: 'One run at a glance: GPUs, serving, host, containers and whether every target answers. Each source has a dashboard of its own.',
  rows: [
    { title: 'GPUs', panels: [GPU_UTILISATION, GPU_MEMORY, GPU_POWER] },
    // Each engine's panels, by the same titles: a configuration gets those of its engine.
    { title: 'Serving', panels: [REQUEST_RATE, TTFT, QUEUE, KV_CACHE, VLLM_REQUEST_RATE, VLLM_TTFT, VLLM_QUEUE, VLLM_KV_CACHE].map((p) => ({ ...p, width: 6 })) },
    { title: 'Host and containers', panels: [{ ...HOST_CPU, width: 6 }, { ...HOST_MEMORY, width: 6 }, { ...CONTAINER_CPU, width: 6 }, { ...CONTAINER_MEMORY, width: 6 }] },
    { title: 'Stack', panels: [{ ...TARGETS_UP, width: 24 }] },
  ],
};
