/**
 * Recording rules for what dashboards and alerts share: per-container GPU figures, and per-model serving figures
 * summed over the scheduler's data-parallel groups, once per group however many ranks report (./ranks.ts); the
 * tokenizer's counters and histograms are per server already, so their sums over `model_name` add nothing twice.
 */
import { perReplica } from './ranks.js';
import type { RecordingRule } from './rule.js';

const gpu = { source: 'dcgmExporter' } as const;
const serving = { source: 'modelServer' } as const;

export const RECORDING_RULES: readonly RecordingRule[] = [
  { ...gpu, record: 'container:gpu_utilization:avg', expr: 'avg by (container) (DCGM_FI_DEV_GPU_UTIL)', labels: ['container'] },
  { ...gpu, record: 'container:gpu_framebuffer_used:ratio', expr: 'sum by (container) (DCGM_FI_DEV_FB_USED) / sum by (container) (DCGM_FI_DEV_FB_USED + DCGM_FI_DEV_FB_FREE)', labels: ['container'] },
  { ...gpu, record: 'container:gpu_power_watts:sum', expr: 'sum by (container) (DCGM_FI_DEV_POWER_USAGE)', labels: ['container'] },
  { ...serving, record: 'model_name:sglang_requests:rate5m', expr: 'sum by (model_name) (rate(sglang:num_requests_total[5m]))', labels: ['model_name'] },
  { ...serving, record: 'model_name:sglang_generation_tokens:rate5m', expr: 'sum by (model_name) (rate(sglang:generation_tokens_total[5m]))', labels: ['model_name'] },
  { ...serving, record: 'model_name:sglang_prompt_tokens:rate5m', expr: 'sum by (model_name) (rate(sglang:prompt_tokens_total[5m]))', labels: ['model_name'] },
  { ...serving, record: 'model_name:sglang_time_to_first_token_seconds_bucket:rate5m', expr: 'sum by (le, model_name) (rate(sglang:time_to_first_token_seconds_bucket[5m]))', labels: ['le', 'model_name'] },
  { ...serving, record: 'model_name:sglang_inter_token_latency_seconds_bucket:rate5m', expr: 'sum by (le, model_name) (rate(sglang:inter_token_latency_seconds_bucket[5m]))', labels: ['le', 'model_name'] },
  { ...serving, record: 'model_name:sglang_e2e_request_latency_seconds_bucket:rate5m', expr: 'sum by (le, model_name) (rate(sglang:e2e_request_latency_seconds_bucket[5m]))', labels: ['le', 'model_name'] },
  { ...serving, record: 'model_name:sglang_num_queue_reqs:sum', expr: `sum by (model_name) (${perReplica('sglang:num_queue_reqs')})`, labels: ['model_name'] },
  { ...serving, record: 'model_name:sglang_num_running_reqs:sum', expr: `sum by (model_name) (${perReplica('sglang:num_running_reqs')})`, labels: ['model_name'] },
  { ...serving, record: 'model_name:sglang_token_usage:max', expr: 'max by (model_name) (sglang:token_usage)', labels: ['model_name'] },
];
