/**
 * What the model server asks of the container's GPUs. Each tensor-parallel rank (times each pipeline stage, for
 * vLLM) runs on a GPU of its own, so a container that reserves fewer cannot start the server; and a server that
 * keeps a share of every GPU's memory at or above the alert's threshold makes GpuMemoryNearlyFull fire for as long
 * as it runs.
 *
 * Sources: SGLang starts one scheduler process per tensor-parallel rank, on GPU `base_gpu_id + rank * gpu_id_step`
 * (python/sglang/srt/entrypoints/engine.py, `_launch_scheduler_processes`, sgl-project/sglang @ 001067ff); vLLM's
 * world size is tensor × pipeline parallel size, and with fewer GPUs on the host it raises an error
 * (vllm/config/parallel.py, ParallelConfig `world_size` and `distributed_executor_backend`, vllm-project/vllm @
 * 00193b82). SGLang's `--mem-fraction-static` is the share for weights and KV cache, kept from start-up (activations
 * come on top); vLLM's `--gpu-memory-utilization` is the share of each GPU it takes (src/upstream/vllm.ts for its default).
 */
import { at, type Rule } from './rule.js';
import { ENGINE_TITLE, engineOf } from '../config/engine.js';
import { alertingOf } from '../model/alerting.js';
import { loadCatalog } from '../model/catalog-data.js';
import { VLLM_DEFAULT_GPU_MEMORY_UTILIZATION } from '../upstream/vllm.js';
import type { ConfigPath, ValidConfig } from '../types.js';

/** The GPUs one server needs, and the flag that says so (none written: one GPU, both engines' default). */
function parallelism(config: ValidConfig): { gpus: number; at: ConfigPath; flags: string } | undefined {
  const m = config.modelServer;
  if (engineOf(config) === 'vllm') {
    const tp = m.vllm.tensorParallelSize ?? 1;
    const pp = m.vllm.pipelineParallelSize ?? 1;
    if (tp * pp === 1) return undefined;
    const key = m.vllm.tensorParallelSize ? 'tensorParallelSize' : 'pipelineParallelSize';
    return { gpus: tp * pp, at: ['modelServer', 'vllm', key], flags: pp > 1 ? `tensorParallelSize ${tp} × pipelineParallelSize ${pp}` : `tensorParallelSize ${tp}` };
  }
  const tp = m.flags.tensorParallelSize ?? 1;
  return tp > 1 ? { gpus: tp, at: ['modelServer', 'flags', 'tensorParallelSize'], flags: `tensorParallelSize ${tp}` } : undefined;
}

export const serverFitsGpus: Rule = {
  code: 'OBS_GPU_COUNT',
  title: 'The model server needs no more GPUs than the container reserves',
  check(config) {
    const need = parallelism(config);
    const have = config.container.gpus;
    if (!config.modelServer.enabled || !need || have === 'all' || (typeof have === 'number' && have >= need.gpus)) return [];
    const reserved = have === 'none' ? 'no GPU (`gpus: none`)' : `${have} ${have === 1 ? 'GPU' : 'GPUs'}`;
    return [
      at(need.at, {
        code: 'OBS_GPU_COUNT',
        message: `${ENGINE_TITLE[engineOf(config)]} runs one rank per GPU, ${need.gpus} here (${need.flags}), but the container reserves ${reserved}: the server would fail to start`,
        hint: `set \`container.gpus: ${need.gpus}\` (or \`all\`), or lower the parallel size to the GPUs it has`,
      }),
    ];
  },
};

/** The share of each GPU's memory the server keeps, and where it is written. */
function memoryShare(config: ValidConfig): { share: number; at: ConfigPath; flag: string } | undefined {
  const m = config.modelServer;
  if (engineOf(config) === 'vllm') {
    // vLLM takes its default share when none is given; SGLang works its own out from the GPU's size.
    const share = m.vllm.gpuMemoryUtilization ?? VLLM_DEFAULT_GPU_MEMORY_UTILIZATION;
    return { share, at: ['modelServer', 'vllm', 'gpuMemoryUtilization'], flag: '--gpu-memory-utilization' };
  }
  const share = m.flags.memFractionStatic;
  return share === undefined ? undefined : { share, at: ['modelServer', 'flags', 'memFractionStatic'], flag: '--mem-fraction-static' };
}

const MEMORY_ALERT = 'GpuMemoryNearlyFull';

export const memoryBelowAlert: Rule = {
  code: 'OBS_GPU_MEMORY_ALERT',
  title: "The model server's share of GPU memory stays below the GPU memory alert's threshold",
  check(config, { written }) {
    const held = memoryShare(config);
    if (!config.modelServer.enabled || !held) return [];
    // Only where this configuration gets the alert (the alerting model says: packs, `disable`, what is scraped).
    if (!alertingOf(config, loadCatalog()).alerts?.alerts.some((a) => a.alert === MEMORY_ALERT)) return [];
    const threshold = config.alerting.thresholds.gpuMemoryUsedRatio;
    if (held.share < threshold) return [];
    const path: ConfigPath = written(held.at) || !written(['alerting', 'thresholds', 'gpuMemoryUsedRatio']) ? held.at : ['alerting', 'thresholds', 'gpuMemoryUsedRatio'];
    return [
      at(path, {
        severity: 'warning',
        code: 'OBS_GPU_MEMORY_ALERT',
        message: `the model server keeps ${held.share} of each GPU's memory from start-up (${held.flag}${written(held.at) ? '' : ", vLLM's default"}), at or above alerting.thresholds.gpuMemoryUsedRatio ${threshold}: ${MEMORY_ALERT} would fire for as long as it runs`,
        hint: `${held.share < 1 ? `raise \`alerting.thresholds.gpuMemoryUsedRatio\` above ${held.share} or ` : ''}lower ${held.flag} below ${threshold}, or add ${MEMORY_ALERT} to \`alerting.disable\``,
      }),
    ];
  },
};
