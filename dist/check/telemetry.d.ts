import { type Rule } from './rule.js';
/** DCGM profiling gauges need SYS_ADMIN (seed 000: "the container must launch with --cap-add SYS_ADMIN"). */
export declare const profilingNeedsSysAdmin: Rule;
/**
 * Scraping a model server only yields its series when it keeps them: SGLang runs with --enable-metrics, vLLM without
 * --disable-log-stats (its /metrics then still answers, with no `vllm:` series: src/upstream/vllm.ts).
 */
export declare const scrapedServerExportsMetrics: Rule;
/**
 * The model server's names reach Prometheus with their `:` only when Prometheus asks for names as they are: 3.0 and
 * later (src/upstream/prometheus.ts keepsColonNames). Under Prometheus 2 every `sglang:` or `vllm:` series the
 * catalog, the alert rules and the dashboards name would be stored under another name, and they would read nothing.
 */
export declare const modelNamesKept: Rule;
/** dcgm-exporter reads the GPUs the container sees: with `gpus: none` it has none, and the exporter fails to start. */
export declare const gpusForDcgm: Rule;
