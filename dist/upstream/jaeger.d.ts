/**
 * Jaeger facts, read in jaegertracing/jaeger at tags v2.20.0 and v1.76.0 (the last 1.x). Facts only; the wording is ours.
 * Jaeger 1 reached end of life on 2025-12-31; v2 is one `jaeger` binary configured by an OpenTelemetry-collector YAML file.
 */
import { type Daemon } from '../daemon-command.js';
import type { ValidConfig } from '../types.js';
/** Images and the binary inside each (cmd/jaeger/Dockerfile @ v2.20.0, cmd/all-in-one/Dockerfile @ v1.76.0). */
export declare function jaegerImage(version: string): {
    image: string;
    binary: string;
    name: string;
};
/** The exporter that forwards traces to a central OTLP endpoint (`jaeger.forwardOtlp`). */
export declare const FORWARD_EXPORTER = "otlp/central";
/** The id of the one badger backend in the generated config. */
export declare const JAEGER_STORE = "run_store";
/**
 * v2: `jaeger --config FILE` (cmd/jaeger/internal/command.go); the per-run badger folders reach the config through the
 * environment (`${env:JAEGER_DATA_DIR}`, which init-run.sh exports).
 * v1: all-in-one flags (plugin/storage/badger options, cmd/collector/app/flags/flags.go, cmd/query/app/flags.go,
 * cmd/internal/flags/admin.go @ v1.76.0), with badger chosen by SPAN_STORAGE_TYPE.
 */
export declare function jaegerDaemon(config: ValidConfig): Daemon;
/**
 * The v2 configuration (layout of cmd/jaeger/config-badger.yaml @ v2.20.0): OTLP receivers, persistent badger in the
 * run's key/value folders (badger defaults to `ephemeral: true`, internal/storage/v1/badger/config.go), the query
 * extension's HTTP server (`jaeger_query.http.endpoint`, default :16686), and the collector's own metrics through a
 * Prometheus pull reader. Receivers default to localhost, so every endpoint names the bind address.
 */
export declare function jaegerConfig(config: ValidConfig): Record<string, unknown>;
