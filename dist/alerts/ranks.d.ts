/**
 * SGLang's scheduler series carry its parallel ranks (tp_rank, pp_rank, moe_ep_rank; dp_rank with data parallelism).
 * Which ranks write them (python/sglang/srt/observability/metrics_collector.py, managers/scheduler.py and
 * scheduler_components/metrics_reporter.py @ v0.5.18): the periodic gauges (queue, running requests, token usage)
 * only on the stats rank of each data-parallel group (`attn_tp_rank == 0`), or on every rank with
 * --enable-metrics-for-all-schedulers; the retraction counters on every rank. Ranks of one group report the same
 * figures, so a query takes the largest over the ranks of a group, then sums over groups (and models): right in both
 * cases, where a plain sum would count a tensor-parallel group once per GPU.
 */
export declare const RANK_LABELS: readonly ["tp_rank", "pp_rank", "moe_ep_rank"];
/** `expr` once per data-parallel group: the largest over the ranks that report the same figures. */
export declare const perReplica: (expr: string) => string;
/**
 * The matcher of SGLang's queue gauges' totals (num_running_reqs, num_queue_reqs): with priority scheduling on, the
 * scheduler also writes each priority's share under `priority="<n>"` beside the total under `priority=""`, so a sum
 * over every series counts each request twice; without it there is no `priority` label, which `=""` matches too
 * (metrics_collector.py _log_gauge_queue_count @ v0.5.18).
 */
export declare const TOTAL = "priority=\"\"";
