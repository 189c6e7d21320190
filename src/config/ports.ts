/** Every port the stack listens on, derived once from the config for rules, renderers and docs. */
import type { ConfigPath } from '../types.js';
import type { ValidConfig } from '../types.js';
import { ENGINE_TITLE, engineOf } from './engine.js';
import { HOSTENGINE_PORT } from '../upstream/dcgm.js';
import { JAEGER_QUERY_GRPC_PORT, jaeger1FixedPorts } from '../upstream/jaeger.js';
import { major } from '../upstream/version.js';
import { pythonInt, splitFlag } from './python-args.js';

export type ComponentId = 'prometheus' | 'jaeger' | 'nodeExporter' | 'dcgmExporter' | 'modelServer' | 'cadvisor' | 'alertmanager';

/** What can own a port: a catalogued source, or Grafana (its own Compose service, which Prometheus does not scrape). */
export type PortOwner = ComponentId | 'grafana';

export interface PortUse {
  port: number;
  component: PortOwner;
  /** What listens, for labels and messages: "Jaeger OTLP gRPC". */
  label: string;
  /** Where the port is set in the config (a default when the user did not write it). */
  path: ConfigPath;
  /** Published by the dev container and forwarded by the devcontainer. */
  published: boolean;
  /** Listens inside the dev container (cAdvisor runs in its own service). */
  inDevContainer: boolean;
  /** No key sets the port: `path` is what chose it (a version, a component being on). */
  fixed?: true;
}

/** Ports of every enabled component, in component order. */
export function portUses(config: ValidConfig): PortUse[] {
  const uses: PortUse[] = [];
  const add = (component: PortOwner, label: string, port: number, path: ConfigPath, published = true, inDevContainer = true) =>
    uses.push({ port, component, label, path, published, inDevContainer });
  const fixed = (component: PortOwner, label: string, port: number, path: ConfigPath) =>
    uses.push({ port, component, label, path, published: false, inDevContainer: true, fixed: true });
  const { prometheus: p, jaeger: j, exporters: e, modelServer: m } = config;
  if (p.enabled) add('prometheus', 'Prometheus', p.port, ['prometheus', 'port']);
  if (j.enabled) {
    add('jaeger', 'Jaeger UI', j.uiPort, ['jaeger', 'uiPort']);
    add('jaeger', 'Jaeger OTLP gRPC', j.otlpGrpcPort, ['jaeger', 'otlpGrpcPort']);
    add('jaeger', 'Jaeger OTLP HTTP', j.otlpHttpPort, ['jaeger', 'otlpHttpPort']);
    add('jaeger', 'Jaeger admin/metrics', j.metricsPort, ['jaeger', 'metricsPort'], false);
    // Ports Jaeger opens that no key sets: the finding stands at what chose them.
    if (major(config.versions.jaeger) >= 2) fixed('jaeger', 'Jaeger query gRPC', JAEGER_QUERY_GRPC_PORT, ['jaeger', 'enabled']);
    else for (const { label, port } of jaeger1FixedPorts(config.versions.jaeger)) fixed('jaeger', label, port, ['versions', 'jaeger']);
  }
  if (e.nodeExporter.enabled) add('nodeExporter', 'node_exporter', e.nodeExporter.port, ['exporters', 'nodeExporter', 'port']);
  if (e.dcgmExporter.enabled) {
    add('dcgmExporter', 'dcgm-exporter', e.dcgmExporter.port, ['exporters', 'dcgmExporter', 'port']);
    // The DCGM host engine dcgm-exporter reads from, on loopback at its fixed port (src/upstream/dcgm.ts).
    fixed('dcgmExporter', 'nv-hostengine', HOSTENGINE_PORT, ['exporters', 'dcgmExporter', 'enabled']);
  }
  if (m.enabled) {
    const server = `${ENGINE_TITLE[engineOf(config)]} server`;
    add('modelServer', server, m.port, ['modelServer', 'port']);
    m.extraPorts.forEach((port, i) => add('modelServer', server, port, ['modelServer', 'extraPorts', i]));
  }
  if (config.alertmanager.enabled) add('alertmanager', 'Alertmanager', config.alertmanager.port, ['alertmanager', 'port']);
  if (config.grafana.enabled) add('grafana', 'Grafana', config.grafana.port, ['grafana', 'port'], true, false);
  const c = e.cadvisor;
  if (c.enabled && c.hostPort != null) add('cadvisor', 'cAdvisor', c.hostPort, ['exporters', 'cadvisor', 'hostPort'], true, false);
  return uses;
}

/**
 * Reads `--port N` / `--port=N` from pass-through arguments, and argparse's abbreviations of it (`--por 31000`: a
 * prefix argparse expands when it is unique). `port` is what the server would read, undefined when it would fail to.
 */
export function portFromArgs(args: readonly string[]): { port: number | undefined; raw: string; index: number } | undefined {
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = splitFlag(args[i]!);
    if (flag.length < 4 || !'--port'.startsWith(flag)) continue;
    const raw = inline ?? args[i + 1];
    if (raw !== undefined) return { port: pythonInt(raw), raw, index: i };
  }
  return undefined;
}
