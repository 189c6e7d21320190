/**
 * Jaeger facts, read in jaegertracing/jaeger at tags v2.20.0 and v1.76.0 (the last 1.x). Facts only; the wording is ours.
 * Jaeger 1 reached end of life on 2025-12-31; v2 is one `jaeger` binary configured by an OpenTelemetry-collector YAML file.
 */
import { type Daemon } from './daemon-command.js';
import type { ValidConfig } from '../types.js';
/**
 * Images and the binary inside each (cmd/jaeger/Dockerfile @ v2.20.0, cmd/all-in-one/Dockerfile @ v1.76.0). The binary is
 * a static build (scripts/makefiles/BuildBinaries.mk: `CGO_ENABLED=0` for every target), so it runs in any base image.
 */
export declare function jaegerImage(version: string): {
    image: string;
    binary: string;
    name: string;
};
/** The user the v2 image runs as (`ARG USER_UID=10001`, cmd/jaeger/Dockerfile @ v2.20.0): it must own badger's folder. */
export declare const JAEGER_IMAGE_UID = 10001;
/** Port of Jaeger 2's own metrics (the Prometheus pull reader of cmd/jaeger/config-badger.yaml @ v2.20.0). */
export declare const JAEGER_METRICS_PORT = 8888;
/**
 * What Jaeger 2 records only at telemetry level `detailed`, named with the suffixes the reader above adds (unit word,
 * `_total` for a counter) and dots as underscores, as Prometheus 2 stores them: the collector drops these views below
 * that level (service/internal/metricviews/views.go @ v0.155.0, the collector of Jaeger v2.20.0's go.mod), and
 * obscompile sets level `normal`. The HTTP and gRPC servers' own
 * instruments (otelhttp and otelgrpc v0.69.0, go.mod: internal/semconv/server.go `http.server.request.duration` s,
 * `http.server.request.body.size` and `http.server.response.body.size` By; stats_handler.go `rpc.server.call.duration`
 * s), the batch processor's batch size in bytes (processor/batchprocessor/internal/metadata/generated_telemetry.go), and
 * the pipeline's size counters (service/internal/metadata/generated_telemetry.go `otelcol.*.consumed.size`,
 * `otelcol.*.produced.size`, unit {item}).
 */
export declare const JAEGER_DETAILED_ONLY: readonly string[];
/** Whether `name` (a histogram's `_bucket`, `_sum` or `_count` too, with dots or underscores) is a series Jaeger 2 records only at level detailed. */
export declare function jaegerDetailedOnly(name: string): boolean;
/**
 * The exporter that forwards traces to a central OTLP endpoint (`jaeger.forwardOtlp`): the collector's gRPC OTLP
 * exporter, whose type is `otlp_grpc` from collector v0.144.0 on (exporter/otlpexporter/metadata.yaml; CHANGELOG
 * #14403), with `otlp` kept as a deprecated alias that logs a warning at start (service/internal/builders @ v0.155.0).
 * Jaeger embeds that collector from v2.15.0 (go.mod: v0.145.0; v2.14.1 has v0.142.0, where the type is `otlp` alone).
 */
export declare const OTLP_GRPC_TYPE_FROM = "2.15.0";
export declare const forwardExporter: (version: string) => string;
/** The id of the one badger backend in the generated config. */
export declare const JAEGER_STORE = "run_store";
/**
 * The query service's gRPC port, which Jaeger opens on every interface unless told otherwise (ports/ports.go
 * QueryGRPC = 16685; `jaeger_query.grpc.endpoint` defaults to `:16685`, cmd/jaeger/internal/extension/jaegerquery/
 * internal/flags.go @ v2.20.0, cmd/query/app/flags.go @ v2.0.0): no config key sets it, so it is kept free.
 */
export declare const JAEGER_QUERY_GRPC_PORT = 16685;
/**
 * The TCP ports Jaeger 1's all-in-one opens that no config key sets, each with the flag that places it (ports/ports.go,
 * cmd/collector/app/flags/flags.go, cmd/query/app/flags.go @ v1.35.0 and v1.76.0): the collector's gRPC and HTTP
 * servers, the query's gRPC server, and, until the agent left the all-in-one in v1.63.0 (cmd/all-in-one/main.go), the
 * agent's HTTP server (cmd/agent/app/flags.go `http-server.host-port`, :5778). Each would listen on every interface;
 * obscompile gives each the bind address, and keeps the port free of the stack's others.
 */
export declare function jaeger1FixedPorts(version: string): {
    label: string;
    flag: string;
    port: number;
}[];
/**
 * v2: `jaeger --config FILE` (cmd/jaeger/internal/command.go); the per-run badger folders reach the config through the
 * environment (`${env:JAEGER_DATA_DIR}`, which init-run.sh exports).
 * v1: all-in-one flags (internal/storage/v1/badger/options.go, cmd/collector/app/flags/flags.go, cmd/query/app/flags.go,
 * cmd/internal/flags/admin.go @ v1.76.0), with badger chosen by SPAN_STORAGE_TYPE.
 */
export declare function jaegerDaemon(config: ValidConfig): Daemon;
/** What differs between the Jaeger 2 configurations obscompile writes (a host's, the central store's). */
export interface JaegerV2Settings {
    /** The Jaeger release: it names the forwarding exporter's type. */
    version: string;
    bind: string;
    otlpGrpcPort: number;
    otlpHttpPort: number;
    uiPort: number;
    metricsPort: number;
    /** badger's folder: keys in DIR/key, values in DIR/value. */
    dataDir: string;
    /** badger `ttl.spans` (a Go duration); badger's own default is 72h (internal/storage/v1/badger/config.go). */
    ttl?: string;
    forward?: {
        endpoint: string;
        insecure?: boolean;
        caFile?: string;
    } | null;
}
/** A host's Jaeger 2 configuration: its ports, the run's folders (`${env:JAEGER_DATA_DIR}`), its forwarding. */
export declare function jaegerConfig(config: ValidConfig): Record<string, unknown>;
/**
 * The v2 configuration (layout of cmd/jaeger/config-badger.yaml @ v2.20.0): OTLP receivers, persistent badger
 * (badger defaults to `ephemeral: true`, internal/storage/v1/badger/config.go), the query extension's HTTP server
 * (`jaeger_query.http.endpoint`, default :16686) and its gRPC server (on the bind address too, not its default of every
 * interface), and the collector's own metrics through a Prometheus pull reader at
 * level `normal`, the collector's default (`detailed` adds HTTP and gRPC server series and error attributes with dotted
 * names; service/internal/metricviews/views.go @ v0.155.0). Receivers default to localhost, so every endpoint names
 * the bind address.
 */
export declare function jaegerV2Config(s: JaegerV2Settings): Record<string, unknown>;
