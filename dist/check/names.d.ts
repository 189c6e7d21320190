/** Names the generated stack reserves: the run label and the built-in scrape jobs. */
import { type Rule } from './rule.js';
/** External label set by init-run.sh for every series (seed 000, "Metrics & Traces"). */
export declare const RUN_LABEL = "container_run";
/** Scrape jobs obscompile generates itself. */
export declare const BUILTIN_JOBS: readonly ["prometheus", "node_exporter", "dcgm_exporter", "jaeger", "sglang", "cadvisor"];
/** Compose services the generated docker-compose.yml defines itself. */
export declare const RESERVED_SERVICES: readonly ["cadvisor"];
/** The run label, built-in job and service names cannot be redefined, and extra jobs are unique. */
export declare const reservedNames: Rule;
