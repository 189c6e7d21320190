import { type Rule } from './rule.js';
/** DCGM profiling gauges need SYS_ADMIN (seed 000: "the container must launch with --cap-add SYS_ADMIN"). */
export declare const profilingNeedsSysAdmin: Rule;
/** Scraping SGLang only yields data when it runs with --enable-metrics (vLLM always serves /metrics: no flag). */
export declare const scrapedServerExportsMetrics: Rule;
/** dcgm-exporter reads the GPUs the container sees: with `gpus: none` it has none, and the exporter fails to start. */
export declare const gpusForDcgm: Rule;
