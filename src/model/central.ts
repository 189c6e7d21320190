/** The central bundle of a fleet as data: what the hosts send it, and the versions of what runs there. */
import { alertsToCentral, centralTraces, type Central } from '../config/fleet-settings.js';
import { ruleShapes } from '../alerts/index.js';
import { DASHBOARDS } from '../dashboards/index.js';
import { hostPathFrom } from '../paths.js';
import type { ModelDashboard, ModelPanel } from './dashboards.js';
import type { Provenance } from './model.js';
import { ENGINE_TITLE } from '../config/engine.js';
import { durationMs } from '../config/duration.js';
import { centralSecrets } from '../config/secrets.js';
import { centralAlerts, centralSeries, type CentralRuns, type CentralService } from './central-alerts.js';
import type { ModelAlert } from './alerts.js';
import type { SeriesInfo } from './series.js';
import type { ValidConfig } from '../types.js';

export interface CentralModel extends Provenance {
  central: Central;
  prometheusVersion: string;
  /** The Jaeger the hosts that forward traces run; none forward: no central Jaeger. */
  jaegerVersion?: string;
  /**
   * The central Alertmanager: its release, the hosts' shared routing (none when it is off or no host alerts), and the
   * secrets its receivers read at /run/secrets/NAME, each with its host file relative to the central folder.
   */
  alertmanager?: { version: string; settings: ValidConfig['alertmanager']; alerts: ReadonlySet<string>; secrets: Record<string, string> };
  /** The services the central store runs, its own alerts on them (over its own series, not the hosts'), and those series. */
  runs: ReadonlySet<CentralService>;
  alerts: ModelAlert[];
  series: ReadonlyMap<string, SeriesInfo>;
  /** The hosts' dashboards together: every panel some host fills, as a host shows it (render/central-dashboards.ts keeps `host` apart). */
  dashboards: ModelDashboard[];
  /** The central Grafana: its release and scrape interval (the hosts'), its admin password file relative to the central folder. */
  grafana?: { version: string; scrapeInterval: string; adminPasswordFile: string };
  hosts: { name: string; bundle: string; traces: boolean; alerts: boolean }[];
}

/**
 * The dashboards of several hosts as one set, gathered host by host (a fleet keeps no host's model longer than it
 * takes to write its bundle): each dashboard, row and panel that any host has, in the catalog's order, the panel as
 * the first host that has it shows it.
 */
export class DashboardUnion {
  private readonly firstDashboard = new Map<string, ModelDashboard>();
  private readonly firstPanel = new Map<string, ModelPanel>();

  add(dashboards: readonly ModelDashboard[]): void {
    for (const d of dashboards) {
      if (!this.firstDashboard.has(d.uid)) this.firstDashboard.set(d.uid, d);
      for (const row of d.rows) {
        for (const p of row.panels) {
          const key = panelKey(d.uid, row.title, p);
          const first = this.firstPanel.get(key);
          if (!first) this.firstPanel.set(key, p);
          // The min interval the slowest host's samples need (cAdvisor's scrape interval is a host's own).
          else if (p.interval && (!first.interval || durationMs(p.interval) > durationMs(first.interval))) this.firstPanel.set(key, { ...first, interval: p.interval });
        }
      }
    }
  }

  dashboards(): ModelDashboard[] {
    const out: ModelDashboard[] = [];
    for (const spec of DASHBOARDS) {
      const first = this.firstDashboard.get(spec.uid);
      if (!first) continue;
      const rows = spec.rows
        .map((row) => ({ title: row.title, panels: byEngine(row.panels.map((p) => this.firstPanel.get(panelKey(spec.uid, row.title, p))).filter((p) => p !== undefined)) }))
        .filter((row) => row.panels.length > 0);
      out.push({ ...first, rows });
    }
    return out;
  }
}

const panelKey = (uid: string, row: string, panel: { title: string; engine?: string | undefined }) => `${uid}\0${row}\0${panel.title}\0${panel.engine ?? ''}`;

/** Panels of hosts running different engines share titles (the overview's serving row): each then names its engine. */
function byEngine(panels: ModelPanel[]): ModelPanel[] {
  const shared = (p: ModelPanel) => panels.some((o) => o !== p && o.title === p.title);
  return panels.map((p) => (p.engine && shared(p) ? { ...p, title: `${p.title} (${ENGINE_TITLE[p.engine]})` } : p));
}

/** The folders a central bundle's paths are resolved in: the fleet file's, the base config's (a host's paths), its own. */
export interface CentralDirs {
  fleet: string;
  base: string;
  central: string;
}

/** The secrets the central Alertmanager's receivers read at /run/secrets/NAME: each the first file a host gives it. */
function receiverSecrets(alerting: readonly ValidConfig[], dirs: CentralDirs): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name, files } of centralSecrets(alerting)) if (name !== undefined && files[0] !== undefined) out[name] = hostPathFrom(dirs.central, dirs.base, files[0]);
  return out;
}

/** A host sends its traces to the central Jaeger when its forwarding endpoint is the central one. */
const tracesToCentral = (central: Central, c: ValidConfig): boolean => c.jaeger.enabled && c.jaeger.forwardOtlp?.endpoint === centralTraces(central);

/**
 * The services the central store runs, each with the host config whose release it runs: the host it serves first
 * (Prometheus, and Grafana, the first host's; Alertmanager the first host that sends it alerts; Jaeger the first that
 * forwards traces to it, when the central store runs one).
 */
export function centralRuns(central: Central, configs: readonly ValidConfig[]): CentralRuns {
  const alerting = configs.find((c) => alertsToCentral(central, c));
  const tracing = configs.find((c) => tracesToCentral(central, c));
  return { prometheus: configs[0]!, ...(alerting ? { alertmanager: alerting } : {}), ...(tracing && central.jaeger.enabled ? { jaeger: tracing } : {}) };
}

/** The central model of a fleet whose hosts compiled: `hosts` in fleet order, each with its bundle folder (relative to central's). */
export function centralModel(sourceName: string, central: Central, hosts: readonly { name: string; bundle: string; config: ValidConfig }[], dashboards: DashboardUnion, dirs: CentralDirs): CentralModel {
  const { fleet: fleetDir, central: centralDir } = dirs;
  const configs = hosts.map((h) => h.config);
  // A host sends its traces to the central Jaeger when its forwarding endpoint is the central one, its alerts to the
  // central Alertmanager when the fleet named it (src/layer/fleet.ts).
  const traces = configs.map((c) => tracesToCentral(central, c));
  const alerts = configs.map((c) => alertsToCentral(central, c));
  const alerting = configs.find((_, i) => alerts[i]);
  const tracing = configs.find((_, i) => traces[i]);
  const runsOn = centralRuns(central, configs);
  return {
    sourceName,
    fleetFile: sourceName,
    central,
    prometheusVersion: configs[0]!.versions.prometheus,
    ...(tracing ? { jaegerVersion: tracing.versions.jaeger } : {}),
    ...(alerting ? { alertmanager: { version: alerting.versions.alertmanager, settings: alerting.alertmanager, alerts: new Set(ruleShapes().map((r) => r.alert)), secrets: receiverSecrets(configs.filter((_, i) => alerts[i]), dirs) } } : {}),
    hosts: hosts.map((h, i) => ({ name: h.name, bundle: h.bundle, traces: traces[i]!, alerts: alerts[i]! })),
    runs: new Set(Object.keys(runsOn) as CentralService[]),
    alerts: centralAlerts(configs[0]!, runsOn, hosts.filter((h) => h.config.prometheus.enabled).map((h) => h.name)),
    series: centralSeries(runsOn),
    dashboards: dashboards.dashboards(),
    ...(central.grafana.enabled && central.grafana.adminPasswordFile
      ? { grafana: { version: configs[0]!.versions.grafana, scrapeInterval: configs[0]!.prometheus.scrapeInterval, adminPasswordFile: hostPathFrom(centralDir, fleetDir, central.grafana.adminPasswordFile) } }
      : {}),
  };
}
