/**
 * The central store's own alerts: the stack rules about the services it runs (its Prometheus, Alertmanager and
 * Jaeger), to be narrowed to the series it scrapes itself when written (src/render/central-alerts.ts). Every series a
 * host sends carries the `host` label (src/layer/fleet.ts) and the host alerts on it already; the central store's own
 * series have none. Thresholds, durations, packs and `alerting.disable` are the first host's, as the central services
 * run its releases.
 */
import { STACK_RULES } from '../alerts/stack.js';
import { fleetHostAlertsFailing, fleetHostSilent } from '../alerts/fleet.js';
import { engineOf } from '../config/engine.js';
import { modelAlert, turnedOff, type ModelAlert } from './alerts.js';
import { catalogSection, sourcesFor } from './catalog.js';
import { loadCatalog } from './catalog-data.js';
import { seriesIndex, type SeriesInfo } from './series.js';
import type { ValidConfig } from '../types.js';

/** The central Prometheus's scrape job of each service the central store runs. */
export const CENTRAL_JOBS = { prometheus: 'central', alertmanager: 'central-alertmanager', jaeger: 'central-jaeger' } as const;
export type CentralService = keyof typeof CENTRAL_JOBS;

/** Each service the central store runs, with the host config whose release it runs. */
export type CentralRuns = Partial<Record<CentralService, ValidConfig>>;

/**
 * Rules that mean nothing there: the central Prometheus sends no samples on. Its Watchdog stays: the hosts' Watchdogs
 * pass through the central Alertmanager, but only the central Prometheus's own says that its rules (FleetHostSilent
 * among them) are evaluated and reach the Alertmanager; it arrives without a `host` label.
 */
const NOT_CENTRAL = new Set(['PrometheusRemoteWriteFailing']);

/**
 * The alerts on the central services `runs`, over their own series, with `config`'s alerting settings; and those over
 * the hosts that send it their samples (`senders`, in fleet order), when any does: silent hosts, and (with a central
 * Alertmanager) hosts whose alerts do not reach it.
 */
export function centralAlerts(config: ValidConfig, runs: CentralRuns, senders: readonly string[]): ModelAlert[] {
  const a = config.alerting;
  if (!a.enabled) return [];
  const engine = engineOf(config);
  // Hosts send their alerts to the central Alertmanager when it runs one: whether they get there, only it can tell.
  const hosts = senders.length && runs.prometheus ? [fleetHostSilent(senders), ...(runs.alertmanager ? [fleetHostAlertsFailing()] : [])] : [];
  return [...STACK_RULES.filter((r) => r.source in runs && !NOT_CENTRAL.has(r.alert)), ...hosts].filter((r) => !turnedOff(a, r)).map((rule) => modelAlert(rule, config, engine));
}

/** The series the central Prometheus scrapes from its own services, as the catalog lists them for the releases they run. */
export function centralSeries(runs: CentralRuns): Map<string, SeriesInfo> {
  const sections = (Object.entries(runs) as [CentralService, ValidConfig][]).flatMap(([service, config]) =>
    sourcesFor(config, loadCatalog())
      .filter((src) => src.source === service)
      .map((src) => catalogSection(config, src, { job: CENTRAL_JOBS[service], dropMetrics: [] })),
  );
  return seriesIndex(sections);
}
