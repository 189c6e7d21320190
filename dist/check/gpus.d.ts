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
import { type Rule } from './rule.js';
export declare const serverFitsGpus: Rule;
export declare const memoryBelowAlert: Rule;
