/** Where Prometheus sends its alerts: the Alertmanager in the dev container, and any elsewhere (`alerting.alertmanagers`). */
import type { ValidConfig } from '../types.js';

/** The Alertmanagers Prometheus sends to, as host:port, the one in the dev container first. */
export function alertmanagerTargets(config: ValidConfig): string[] {
  return [...(config.alertmanager.enabled ? [`localhost:${config.alertmanager.port}`] : []), ...config.alerting.alertmanagers];
}

/** True when Prometheus evaluates obscompile's rules and has an Alertmanager to send the alerts to. */
export const sendsAlerts = (config: ValidConfig): boolean => config.prometheus.enabled && config.alerting.enabled && alertmanagerTargets(config).length > 0;
