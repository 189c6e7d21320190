/**
 * Jaeger facts, read in jaegertracing/jaeger at tags v2.20.0 and v1.76.0 (the last 1.x). Facts only; the wording is ours.
 * Jaeger 1 reached end of life on 2025-12-31; v2 is one `jaeger` binary configured by an OpenTelemetry-collector YAML file.
 */
import { generatedFile, listen, variable, type Daemon } from './daemon-command.js';
import { major, versionAtLeast } from './version.js';
import type { ValidConfig } from '../types.js';

/**
 * Images and the binary inside each (cmd/jaeger/Dockerfile @ v2.20.0, cmd/all-in-one/Dockerfile @ v1.76.0). The binary is
 * a static build (scripts/makefiles/BuildBinaries.mk: `CGO_ENABLED=0` for every target), so it runs in any base image.
 */
export function jaegerImage(version: string): { image: string; binary: string; name: string } {
  return major(version) >= 2
    ? { image: `jaegertracing/jaeger:${version}`, binary: '/cmd/jaeger/jaeger-linux', name: 'jaeger' }
    : { image: `jaegertracing/all-in-one:${version}`, binary: '/go/bin/all-in-one-linux', name: 'jaeger-all-in-one' };
}

/** The user the v2 image runs as (`ARG USER_UID=10001`, cmd/jaeger/Dockerfile @ v2.20.0): it must own badger's folder. */
export const JAEGER_IMAGE_UID = 10001;

/** Port of Jaeger 2's own metrics (the Prometheus pull reader of cmd/jaeger/config-badger.yaml @ v2.20.0). */
export const JAEGER_METRICS_PORT = 8888;

/**
 * How the Prometheus reader names series. Jaeger 2.20.0 embeds the OpenTelemetry collector v0.155.0 (go.mod), which,
 * from v0.152.0 on, turns an explicitly configured Prometheus reader's `without_scope_info`, `without_units` and
 * `without_type_suffix` on when they are left out (collector commit 24aecacf, PR #15027 for issue #13867): `otelcol_receiver_accepted_spans`,
 * `otelcol_process_memory_rss`. Setting the two suffix switches off keeps the conventional names that Jaeger's own
 * dashboards query (`_total`, `_bytes`, `_seconds`; monitoring/jaeger-mixin @ v2.20.0), whichever collector a 2.x
 * release embeds; scope labels stay off. (go.opentelemetry.io/contrib/otelconf v0.24.0: the reader's fields.)
 */
const PROMETHEUS_NAMING = { without_scope_info: true, without_type_suffix: false, without_units: false } as const;

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
export const JAEGER_DETAILED_ONLY: readonly string[] = [
  'http_server_request_duration_seconds',
  'http_server_request_body_size_bytes',
  'http_server_response_body_size_bytes',
  'rpc_server_call_duration_seconds',
  'otelcol_processor_batch_batch_send_size_bytes',
  'otelcol_receiver_produced_size_total',
  'otelcol_processor_consumed_size_total',
  'otelcol_processor_produced_size_total',
  'otelcol_exporter_consumed_size_total',
  'otelcol_connector_consumed_size_total',
  'otelcol_connector_produced_size_total',
];

/** Whether `name` (a histogram's `_bucket`, `_sum` or `_count` too, with dots or underscores) is a series Jaeger 2 records only at level detailed. */
export function jaegerDetailedOnly(name: string): boolean {
  // The dotted instruments keep their dots under Prometheus 3 (the reader's NoUTF8EscapingWithSuffixes strategy,
  // otelconf/v0.3.0 prometheusReaderOpts @ otelconf/v0.24.0) and Prometheus 2 gets them escaped to underscores.
  const escaped = name.replace(/\./g, '_');
  return JAEGER_DETAILED_ONLY.includes(escaped.replace(/_(?:bucket|sum|count)$/, '')) || JAEGER_DETAILED_ONLY.includes(escaped);
}

/**
 * The exporter that forwards traces to a central OTLP endpoint (`jaeger.forwardOtlp`): the collector's gRPC OTLP
 * exporter, whose type is `otlp_grpc` from collector v0.144.0 on (exporter/otlpexporter/metadata.yaml; CHANGELOG
 * #14403), with `otlp` kept as a deprecated alias that logs a warning at start (service/internal/builders @ v0.155.0).
 * Jaeger embeds that collector from v2.15.0 (go.mod: v0.145.0; v2.14.1 has v0.142.0, where the type is `otlp` alone).
 */
export const OTLP_GRPC_TYPE_FROM = '2.15.0';
export const forwardExporter = (version: string) => `${versionAtLeast(version, OTLP_GRPC_TYPE_FROM) ? 'otlp_grpc' : 'otlp'}/central`;

/** The id of the one badger backend in the generated config. */
export const JAEGER_STORE = 'run_store';

/**
 * The query service's gRPC port, which Jaeger opens on every interface unless told otherwise (ports/ports.go
 * QueryGRPC = 16685; `jaeger_query.grpc.endpoint` defaults to `:16685`, cmd/jaeger/internal/extension/jaegerquery/
 * internal/flags.go @ v2.20.0, cmd/query/app/flags.go @ v2.0.0): no config key sets it, so it is kept free.
 */
export const JAEGER_QUERY_GRPC_PORT = 16685;

/** The first Jaeger 1 release whose all-in-one has no agent (cmd/all-in-one/main.go @ v1.63.0). */
const JAEGER1_AGENT_GONE = '1.63.0';

/**
 * The TCP ports Jaeger 1's all-in-one opens that no config key sets, each with the flag that places it (ports/ports.go,
 * cmd/collector/app/flags/flags.go, cmd/query/app/flags.go @ v1.35.0 and v1.76.0): the collector's gRPC and HTTP
 * servers, the query's gRPC server, and, until the agent left the all-in-one in v1.63.0 (cmd/all-in-one/main.go), the
 * agent's HTTP server (cmd/agent/app/flags.go `http-server.host-port`, :5778). Each would listen on every interface;
 * obscompile gives each the bind address, and keeps the port free of the stack's others.
 */
export function jaeger1FixedPorts(version: string): { label: string; flag: string; port: number }[] {
  const ports = [
    { label: 'Jaeger 1 collector gRPC', flag: '--collector.grpc-server.host-port', port: 14250 },
    { label: 'Jaeger 1 collector HTTP', flag: '--collector.http-server.host-port', port: 14268 },
    { label: 'Jaeger query gRPC', flag: '--query.grpc-server.host-port', port: JAEGER_QUERY_GRPC_PORT },
  ];
  return versionAtLeast(version, JAEGER1_AGENT_GONE) ? ports : [...ports, { label: 'Jaeger 1 agent HTTP', flag: '--http-server.host-port', port: 5778 }];
}

/**
 * v2: `jaeger --config FILE` (cmd/jaeger/internal/command.go); the per-run badger folders reach the config through the
 * environment (`${env:JAEGER_DATA_DIR}`, which init-run.sh exports).
 * v1: all-in-one flags (internal/storage/v1/badger/options.go, cmd/collector/app/flags/flags.go, cmd/query/app/flags.go,
 * cmd/internal/flags/admin.go @ v1.76.0), with badger chosen by SPAN_STORAGE_TYPE.
 */
export function jaegerDaemon(config: ValidConfig): Daemon {
  const j = config.jaeger;
  if (major(config.versions.jaeger) >= 2) return { name: 'jaeger', binaries: ['jaeger'], env: {}, args: [['--config'], generatedFile('jaeger.yaml')] };
  const dir = (sub: string) => [variable('JAEGER_DATA_DIR'), `/badger/${sub}`];
  return {
    name: 'jaeger',
    binaries: ['jaeger-all-in-one'],
    env: { SPAN_STORAGE_TYPE: ['badger'], COLLECTOR_OTLP_ENABLED: ['true'] },
    args: [
      ['--badger.ephemeral=false'],
      ['--badger.directory-key=', ...dir('key')],
      ['--badger.directory-value=', ...dir('value')],
      listen('--query.http-server.host-port', j.uiPort),
      listen('--collector.otlp.grpc.host-port', j.otlpGrpcPort),
      listen('--collector.otlp.http.host-port', j.otlpHttpPort),
      listen('--admin.http.host-port', j.metricsPort),
      ...jaeger1FixedPorts(config.versions.jaeger).map(({ flag, port }) => listen(flag, port)),
    ],
  };
}

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
  forward?: { endpoint: string; insecure?: boolean; caFile?: string } | null;
}

/** A host's Jaeger 2 configuration: its ports, the run's folders (`${env:JAEGER_DATA_DIR}`), its forwarding. */
export function jaegerConfig(config: ValidConfig): Record<string, unknown> {
  const j = config.jaeger;
  return jaegerV2Config({ version: config.versions.jaeger, bind: config.network.bindAddress, otlpGrpcPort: j.otlpGrpcPort, otlpHttpPort: j.otlpHttpPort, uiPort: j.uiPort, metricsPort: j.metricsPort, dataDir: '${env:JAEGER_DATA_DIR}/badger', forward: j.forwardOtlp });
}

/**
 * The v2 configuration (layout of cmd/jaeger/config-badger.yaml @ v2.20.0): OTLP receivers, persistent badger
 * (badger defaults to `ephemeral: true`, internal/storage/v1/badger/config.go), the query extension's HTTP server
 * (`jaeger_query.http.endpoint`, default :16686) and its gRPC server (on the bind address too, not its default of every
 * interface), and the collector's own metrics through a Prometheus pull reader at
 * level `normal`, the collector's default (`detailed` adds HTTP and gRPC server series and error attributes with dotted
 * names; service/internal/metricviews/views.go @ v0.155.0). Receivers default to localhost, so every endpoint names
 * the bind address.
 */
export function jaegerV2Config(s: JaegerV2Settings): Record<string, unknown> {
  // The OpenTelemetry collector's otlp exporter, built into Jaeger 2 (cmd/jaeger/internal/components.go @ v2.20.0).
  const f = s.forward;
  const forward = f ? { endpoint: f.endpoint, tls: f.insecure ? { insecure: true } : { ...(f.caFile ? { ca_file: f.caFile } : {}) } } : undefined;
  const exporter = forwardExporter(s.version);
  return {
    service: {
      extensions: ['jaeger_storage', 'jaeger_query'],
      pipelines: { traces: { receivers: ['otlp'], processors: ['batch'], exporters: ['jaeger_storage_exporter', ...(forward ? [exporter] : [])] } },
      telemetry: {
        resource: { 'service.name': 'jaeger' },
        metrics: { level: 'normal', readers: [{ pull: { exporter: { prometheus: { host: s.bind, port: s.metricsPort, ...PROMETHEUS_NAMING } } } }] },
      },
    },
    extensions: {
      jaeger_query: { storage: { traces: JAEGER_STORE }, http: { endpoint: `${s.bind}:${s.uiPort}` }, grpc: { endpoint: `${s.bind}:${JAEGER_QUERY_GRPC_PORT}` } },
      jaeger_storage: {
        backends: {
          [JAEGER_STORE]: { badger: { directories: { keys: `${s.dataDir}/key`, values: `${s.dataDir}/value` }, ephemeral: false, ...(s.ttl ? { ttl: { spans: s.ttl } } : {}) } },
        },
      },
    },
    receivers: { otlp: { protocols: { grpc: { endpoint: `${s.bind}:${s.otlpGrpcPort}` }, http: { endpoint: `${s.bind}:${s.otlpHttpPort}` } } } },
    processors: { batch: {} },
    exporters: { jaeger_storage_exporter: { trace_storage: JAEGER_STORE }, ...(forward ? { [exporter]: forward } : {}) },
  };
}
