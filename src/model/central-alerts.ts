/**
 * The central store's own alerts: the stack rules about the services it runs (its Prometheus, Alertmanager and
 * Jaeger), to be narrowed to the series it scrapes itself when written (src/render/central-alerts.ts). Every series a
 * host sends carries the `host` label (src/layer/fleet.ts) and the host alerts on it already; the central store's own
 * series have none. Thresholds, durations, packs and `alerting.disable` are the first host's, as the central services
 * run its releases.
 */
import { STACK_RULES, WATCHDOG } from '../alerts/stack.js';
import { engineOf } from '../config/engine.js';
import { turnedOff, unitTest, type ModelAlert } from './alerts.js';
import type { ValidConfig } from '../types.js';

/** The central Prometheus's scrape job of each service the central store runs. */
export const CENTRAL_JOBS = { prometheus: 'central', alertmanager: 'central-alertmanager', jaeger: 'central-jaeger' } as const;
export type CentralService = keyof typeof CENTRAL_JOBS;

/**
 * Rules that mean nothing there: the central Prometheus sends no samples on, and the hosts' Watchdogs already pass
 * through its Alertmanager (one from the central Prometheus would say nothing they do not).
 */
const NOT_CENTRAL = new Set([WATCHDOG, 'PrometheusRemoteWriteFailing']);

/** The alerts on the central services `runs`, over their own series, with `config`'s alerting settings. */
export function centralAlerts(config: ValidConfig, runs: ReadonlySet<CentralService>): ModelAlert[] {
  const a = config.alerting;
  if (!a.enabled) return [];
  const engine = engineOf(config);
  const applies = (source: string): source is CentralService => runs.has(source as CentralService);
  return STACK_RULES.filter((r) => applies(r.source) && !NOT_CENTRAL.has(r.alert) && !turnedOff(a, r)).map((rule) => {
    const { expr, test: _, ...rest } = rule;
    const duration = (a.for as Record<string, string>)[rule.alert] ?? rule.for;
    return { ...rest, expr: expr(a.thresholds, engine), for: duration, test: unitTest(rule, a.thresholds, duration) };
  });
}
