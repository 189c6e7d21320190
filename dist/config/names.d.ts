/** Names the generated stack reserves for itself: the run label, its scrape jobs and services, its scripts' variables. */
/** External label naming the run (seed 000, "Metrics & Traces"): its value comes from init-run.sh; Prometheus adds it to what it sends out (remote write, alerts), not to what it stores itself. */
export declare const RUN_LABEL = "container_run";
/** Scrape jobs obscompile generates itself. */
export declare const BUILTIN_JOBS: readonly ["prometheus", "alertmanager", "node_exporter", "dcgm_exporter", "jaeger", "sglang", "vllm", "cadvisor"];
/** Where setup-storage.sh makes the storage tree, and the compose file mounts it from, when set on the host. */
export declare const STORAGE_ROOT_VARIABLE = "OBS_STORAGE_ROOT";
/**
 * The file in the storage root naming the stack it belongs to (its Compose service, which Docker keeps unique on a
 * host): setup-storage.sh writes it and refuses a root another stack's names, and init-run.sh prunes runs
 * (`storage.keepRuns`) only in a root that is its own, so that two stacks never share one and remove each other's runs.
 */
export declare const STACK_MARKER = ".obscompile-stack";
/**
 * Environment variables the generated scripts own: init-run.sh derives every location from the first two and exports
 * the run variables (templates/init-run.sh.hbs); setup-storage.sh reads OBS_STORAGE_ROOT on the host. A container
 * value for any of them would send a run's data outside the mounted storage, or lie about the run.
 */
export declare const RESERVED_ENVIRONMENT: readonly ["OBS_TELEMETRY_ROOT", "OBS_CONFIG_DIR", "OBS_STORAGE_ROOT", "CONTAINER_RUN_ID", "CONTAINER_RUN_STARTED_AT", "CONTAINER_LOG_FILE", "PROMETHEUS_DATA_DIR", "JAEGER_DATA_DIR", "ALERTMANAGER_DATA_DIR"];
/** The Alertmanager receiver of whatever the config routes nowhere (no integration: kept in Alertmanager's UI only). */
export declare const DISCARD_RECEIVER = "obscompile-discard";
/** Compose services the generated docker-compose.yml defines itself. */
export declare const RESERVED_SERVICES: readonly ["cadvisor", "grafana"];
/** The Compose secret of Grafana's admin password: a secret of the dev container (`container.secrets`) cannot take it. */
export declare const GRAFANA_SECRET = "grafana_admin_password";
