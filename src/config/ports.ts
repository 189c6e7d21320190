/** Every port the stack listens on, derived once from the config for rules, renderers and docs. */
import type { ConfigPath } from '../types.js';
import type { ValidConfig } from '../types.js';

export type ComponentId = 'prometheus' | 'jaeger' | 'nodeExporter' | 'dcgmExporter' | 'modelServer' | 'cadvisor';

export interface PortUse {
  port: number;
  component: ComponentId;
  /** What listens, for labels and messages: "Jaeger OTLP gRPC". */
  label: string;
  /** Where the port is set in the config (a default when the user did not write it). */
  path: ConfigPath;
  /** Published by the dev container and forwarded by the devcontainer. */
  published: boolean;
  /** Listens inside the dev container (cAdvisor runs in its own service). */
  inDevContainer: boolean;
}

/** Ports of every enabled component, in component order. */
export function portUses(config: ValidConfig): PortUse[] {
  const uses: PortUse[] = [];
  const add = (component: ComponentId, label: string, port: number, path: ConfigPath, published = true, inDevContainer = true) =>
    uses.push({ port, component, label, path, published, inDevContainer });
  const { prometheus: p, jaeger: j, exporters: e, modelServer: m } = config;
  if (p.enabled) add('prometheus', 'Prometheus', p.port, ['prometheus', 'port']);
  if (j.enabled) {
    add('jaeger', 'Jaeger UI', j.uiPort, ['jaeger', 'uiPort']);
    add('jaeger', 'Jaeger OTLP gRPC', j.otlpGrpcPort, ['jaeger', 'otlpGrpcPort']);
    add('jaeger', 'Jaeger OTLP HTTP', j.otlpHttpPort, ['jaeger', 'otlpHttpPort']);
    add('jaeger', 'Jaeger admin/metrics', j.metricsPort, ['jaeger', 'metricsPort'], false);
  }
  if (e.nodeExporter.enabled) add('nodeExporter', 'node_exporter', e.nodeExporter.port, ['exporters', 'nodeExporter', 'port']);
  if (e.dcgmExporter.enabled) add('dcgmExporter', 'dcgm-exporter', e.dcgmExporter.port, ['exporters', 'dcgmExporter', 'port']);
  if (m.enabled) {
    add('modelServer', 'SGLang server', m.port, ['modelServer', 'port']);
    m.extraPorts.forEach((port, i) => add('modelServer', 'SGLang server', port, ['modelServer', 'extraPorts', i]));
  }
  const c = e.cadvisor;
  if (c.enabled && c.hostPort !== null) add('cadvisor', 'cAdvisor', c.hostPort, ['exporters', 'cadvisor', 'hostPort'], true, false);
  return uses;
}

/** Reads `--port N` / `--port=N` from pass-through arguments. */
export function portFromArgs(args: readonly string[]): { port: number; index: number } | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const inline = /^--port=(\d+)$/.exec(arg);
    if (inline) return { port: Number(inline[1]), index: i };
    if (arg === '--port' && args[i + 1] !== undefined && /^\d+$/.test(args[i + 1]!)) return { port: Number(args[i + 1]), index: i };
  }
  return undefined;
}
