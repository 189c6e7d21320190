/**
 * Recording rules for what dashboards and alerts share: per-container GPU figures, and per-model serving figures
 * summed over the scheduler's data-parallel groups, once per group however many ranks report (./ranks.ts); the
 * tokenizer's counters and histograms are per server already, so their sums over `model_name` add nothing twice.
 * Each engine's serving rules read its own names (catalog/sglang.yaml, catalog/vllm.yaml).
 */
import { TOTAL, perReplica } from './ranks.js';
import type { RecordingRule } from './rule.js';
import { STREAMED } from '../upstream/sglang.js';

const gpu = { source: 'dcgmExporter' } as const;
const serving = { source: 'modelServer', engine: 'sglang' } as const;
const vllm = { source: 'modelServer', engine: 'vllm' } as const;

export const RECORDING_RULES: readonly RecordingRule[] = [
  { ...gpu, record: 'container:gpu_utilization:avg', expr: 'avg by (container) (DCGM_FI_DEV_GPU_UTIL)', labels: ['container'] },
  { ...gpu, record: 'container:gpu_framebuffer_used:ratio', expr: 'sum by (container) (DCGM_FI_DEV_FB_USED) / sum by (container) (DCGM_FI_DEV_FB_USED + DCGM_FI_DEV_FB_FREE)', labels: ['container'] },
  { ...gpu, record: 'container:gpu_power_watts:sum', expr: 'sum by (container) (DCGM_FI_DEV_POWER_USAGE)', labels: ['container'] },
  { ...serving, record: 'model_name:sglang_requests:rate5m', expr: 'sum by (model_name) (rate(sglang:num_requests_total[5m]))', labels: ['model_name'] },
  { ...serving, record: 'model_name:sglang_generation_tokens:rate5m', expr: 'sum by (model_name) (rate(sglang:generation_tokens_total[5m]))', labels: ['model_name'] },
  { ...serving, record: 'model_name:sglang_prompt_tokens:rate5m', expr: 'sum by (model_name) (rate(sglang:prompt_tokens_total[5m]))', labels: ['model_name'] },
  { ...serving, record: 'model_name:sglang_time_to_first_token_seconds_bucket:rate5m', expr: `sum by (le, model_name) (rate(sglang:time_to_first_token_seconds_bucket{${STREAMED}}[5m]))`, labels: ['le', 'model_name'] },
  { ...serving, record: 'model_name:sglang_inter_token_latency_seconds_bucket:rate5m', expr: 'sum by (le, model_name) (rate(sglang:inter_token_latency_seconds_bucket[5m]))', labels: ['le', 'model_name'] },
  { ...serving, record: 'model_name:sglang_e2e_request_latency_seconds_bucket:rate5m', expr: 'sum by (le, model_name) (rate(sglang:e2e_request_latency_seconds_bucket[5m]))', labels: ['le', 'model_name'] },
  { ...serving, record: 'model_name:sglang_num_queue_reqs:sum', expr: `sum by (model_name) (${perReplica(`sglang:num_queue_reqs{${TOTAL}}`)})`, labels: ['model_name'] },
  { ...serving, record: 'model_name:sglang_num_running_reqs:sum', expr: `sum by (model_name) (${perReplica(`sglang:num_running_reqs{${TOTAL}}`)})`, labels: ['model_name'] },
  { ...serving, record: 'model_name:sglang_token_usage:max', expr: 'max by (model_name) (sglang:token_usage)', labels: ['model_name'] },
  // vLLM: one series per engine core (a data-parallel rank), so plain sums over model_name are right.
  { ...vllm, record: 'model_name:vllm_requests:rate5m', expr: 'sum by (model_name) (rate(vllm:request_success_total[5m]))', labels: ['model_name'] },
  { ...vllm, record: 'model_name:vllm_generation_tokens:rate5m', expr: 'sum by (model_name) (rate(vllm:generation_tokens_total[5m]))', labels: ['model_name'] },
  { ...vllm, record: 'model_name:vllm_prompt_tokens:rate5m', expr: 'sum by (model_name) (rate(vllm:prompt_tokens_total[5m]))', labels: ['model_name'] },
  { ...vllm, record: 'model_name:vllm_time_to_first_token_seconds_bucket:rate5m', expr: 'sum by (le, model_name) (rate(vllm:time_to_first_token_seconds_bucket[5m]))', labels: ['le', 'model_name'] },
  { ...vllm, record: 'model_name:vllm_inter_token_latency_seconds_bucket:rate5m', expr: 'sum by (le, model_name) (rate(vllm:inter_token_latency_seconds_bucket[5m]))', labels: ['le', 'model_name'] },
  { ...vllm, record: 'model_name:vllm_e2e_request_latency_seconds_bucket:rate5m', expr: 'sum by (le, model_name) (rate(vllm:e2e_request_latency_seconds_bucket[5m]))', labels: ['le', 'model_name'] },
  { ...vllm, record: 'model_name:vllm_num_requests_waiting:sum', expr: 'sum by (model_name) (vllm:num_requests_waiting)', labels: ['model_name'] },
  { ...vllm, record: 'model_name:vllm_num_requests_running:sum', expr: 'sum by (model_name) (vllm:num_requests_running)', labels: ['model_name'] },
  { ...vllm, record: 'model_name:vllm_kv_cache_usage_perc:max', expr: 'max by (model_name) (vllm:kv_cache_usage_perc)', labels: ['model_name'] },
];
