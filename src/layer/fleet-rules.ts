/** Rules about a fleet file's own settings: host names, and the central store's ports, durations and address. */
import { MAX_DURATION_MS, durationMs } from '../config/duration.js';
import { retentionSizeFindings } from '../check/durations.js';
import { alertsToCentral, type Central, type FleetSettings } from '../config/fleet-settings.js';
import { centralSecrets } from '../config/secrets.js';
import { displayPath } from '../config/config-path.js';
import type { ConfigPath, Finding, ValidConfig } from '../types.js';

/** Host names are unique: each becomes the `host` label of its series in the central store. */
export function duplicateHosts(data: FleetSettings): Finding[] {
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  data.hosts.forEach((h, i) => {
    if (data.central && h.name.toLowerCase() === 'central') {
      out.push({ at: ['hosts', i, 'name'], code: 'OBS_RESERVED_NAME', message: `host name \`${h.name}\` is the folder of the central store${h.name === 'central' ? '' : ' where file names ignore case (macOS, Windows)'}`, hint: 'give the host another name' });
    }
    // Each host's bundle is a folder named after it: names that differ only in case are one folder on the file
    // systems of macOS and Windows, where the bundles would overwrite each other.
    const key = h.name.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else if (data.hosts[first]!.name === h.name) out.push({ at: ['hosts', i, 'name'], code: 'OBS_RESERVED_NAME', message: `host \`${h.name}\` is listed twice (hosts[${first}] and hosts[${i}]); their series would collide in the central store`, hint: 'give every host its own name' });
    else out.push({ at: ['hosts', i, 'name'], code: 'OBS_RESERVED_NAME', message: `host \`${h.name}\` differs from \`${data.hosts[first]!.name}\` (hosts[${first}]) only in case: on macOS and Windows their bundle folders are one`, hint: 'give every host a name of its own, whatever the case' });
  });
  return out;
}

/** The central store's services publish their ports on one machine: each port once. */
export function centralPortCollisions(c: Central | undefined): Finding[] {
  if (!c) return [];
  const ports: [ConfigPath, number][] = [[['central', 'port'], c.port]];
  if (c.jaeger.enabled) for (const key of ['otlpGrpcPort', 'otlpHttpPort', 'uiPort'] as const) ports.push([['central', 'jaeger', key], c.jaeger[key]]);
  if (c.alertmanager.enabled) ports.push([['central', 'alertmanager', 'port'], c.alertmanager.port]);
  if (c.grafana.enabled) ports.push([['central', 'grafana', 'port'], c.grafana.port]);
  const seen = new Map<number, ConfigPath>();
  const out: Finding[] = [];
  for (const [at, port] of ports) {
    const first = seen.get(port);
    if (!first) seen.set(port, at);
    else out.push({ at, code: 'OBS_PORT_COLLISION', message: `port ${port} of \`${at.join('.')}\` is already taken by \`${first.join('.')}\` on the central store`, hint: 'give each central service its own port' });
  }
  return out;
}

/** The central store's retentions are durations Prometheus and Jaeger (Go) accept: longer than zero, and in range. */
export function centralDurations(c: Central | undefined): Finding[] {
  if (!c) return [];
  const out: Finding[] = [];
  const list: [ConfigPath, string][] = [[['central', 'retention'], c.retention]];
  if (c.jaeger.enabled) list.push([['central', 'jaeger', 'retention'], c.jaeger.retention]);
  for (const [at, value] of list) {
    const ms = durationMs(value);
    if (ms === 0) out.push({ at, code: 'OBS_DURATION_INVALID', message: `\`${at.join('.')}\` is ${value}; it must be longer than zero`, hint: 'use a positive duration such as `30d`' });
    else if (ms > MAX_DURATION_MS) out.push({ at, code: 'OBS_DURATION_INVALID', message: `\`${at.join('.')}\` is ${value}, longer than Prometheus and Jaeger can represent (about 292y)`, hint: 'use a shorter duration' });
  }
  out.push(...retentionSizeFindings(['central', 'retentionSize'], c.retentionSize));
  return out;
}

/** A host named like the central store's address sends its samples to itself when the two Prometheus ports agree. */
export function centralNotHost(c: Central | undefined, index: number, name: string, config: ValidConfig): Finding[] {
  if (!c || c.address.toLowerCase() !== name.toLowerCase() || config.prometheus.port !== c.port) return [];
  return [{ at: ['central', 'address'], code: 'OBS_REMOTE_WRITE_SELF', message: `central address \`${c.address}\` is host \`${name}\` (hosts[${index}]), whose own Prometheus listens on port ${c.port}: it would remote-write to itself`, hint: 'give the central store its own machine, or another `central.port`' }];
}

/**
 * The central Alertmanager routes every host's alerts one way: the hosts' `alertmanager` settings (receivers, route,
 * Watchdog) must agree, so each host layer that sets its own while they differ is told where.
 */
export function centralRoutingShared(data: FleetSettings, configs: readonly (ValidConfig | undefined)[]): Finding[] {
  if (!data.central?.alertmanager.enabled) return [];
  // The central Alertmanager routes with the hosts' settings: with no route receiver it drops every alert.
  if (configs.length && configs.every((c) => c && c.alerting.enabled && c.alertmanager.route.receiver === undefined)) {
    return [{ at: ['central', 'alertmanager'], target: 'key', severity: 'warning', code: 'OBS_ALERTMANAGER_RECEIVER', message: "the central Alertmanager routes with the hosts' `alertmanager` settings, which name no route receiver: it drops every alert", hint: 'add a receiver under `alertmanager.receivers` and name it in `alertmanager.route.receiver`, in the base config or in `common`' }];
  }
  const routing = configs.map((c) => (c ? JSON.stringify({ ...c.alertmanager, enabled: undefined }) : undefined));
  if (new Set(routing.filter((r) => r !== undefined)).size <= 1) return [];
  const out: Finding[] = [];
  data.hosts.forEach((h, i) => {
    const own = h.config?.alertmanager;
    if (!own || typeof own !== 'object' || Object.keys(own).every((k) => k === 'enabled')) return;
    out.push({ at: ['hosts', i, 'config', 'alertmanager'], target: 'key', code: 'OBS_ALERTMANAGER_RECEIVER', message: `host \`${h.name}\` routes alerts its own way, but the central Alertmanager routes every host's alerts with one set of receivers`, hint: 'set `alertmanager` in the base config or in `common`, the same for every host' });
  });
  return out;
}

/** The central Grafana needs its admin password, from a file. */
export function centralGrafanaPassword(c: Central | undefined): Finding[] {
  if (!c?.grafana.enabled || c.grafana.adminPasswordFile) return [];
  return [{ at: ['central', 'grafana', 'enabled'], code: 'OBS_GRAFANA', message: "the central Grafana needs its admin user's password, read from a file", hint: 'set `central.grafana.adminPasswordFile` to a file that holds the password (relative to the fleet file; keep it out of git)' }];
}

/**
 * The central Alertmanager's container holds only the secrets its receivers name, each the first file a host gives it
 * (model/central.ts): a file they read that no alerting host gives as a secret is not there, and its notifications
 * fail; hosts that give one secret different files leave the central bundle with the first.
 */
export function centralReceiverFiles(data: FleetSettings, configs: readonly (ValidConfig | undefined)[]): Finding[] {
  const central = data.central;
  if (!central?.alertmanager.enabled) return [];
  const alerting = configs.filter((c): c is ValidConfig => c !== undefined && alertsToCentral(central, c));
  const out: Finding[] = [];
  const warn = (message: string, hint: string) => out.push({ at: ['central', 'alertmanager'], target: 'key', severity: 'warning', code: 'OBS_SECRET_MISSING', message, hint });
  for (const { read, name, files } of centralSecrets(alerting)) {
    const reads = `the central Alertmanager reads \`${read.file}\` (\`${displayPath(read.path)}\`)`;
    const add = 'add `container.secrets: { NAME: FILE }` in the base config or in `common` (FILE relative to the base config; each host\'s dev container gets it too)';
    if (name === undefined) warn(`${reads}, and its container holds nothing but the secrets the receivers name: the file will not be there`, `read it from /run/secrets/NAME and ${add}`);
    else if (!files.length) warn(`${reads}, but no host gives a secret \`${name}\` in \`container.secrets\`: its container will not have the file`, add.replace('NAME', name));
    else if (files.length > 1) warn(`${reads}, and the hosts give secret \`${name}\` different files (${files.map((f) => `\`${f}\``).join(', ')}): the central bundle takes the first`, `give \`${name}\` one file, in the base config or in \`common\``);
  }
  return out;
}
