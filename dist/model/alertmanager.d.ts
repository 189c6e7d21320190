/** Where Prometheus sends its alerts: the Alertmanager in the dev container, and any elsewhere (`alerting.alertmanagers`). */
import type { ValidConfig } from '../types.js';
/** The Alertmanagers Prometheus sends to, as host:port, the one in the dev container first. */
export declare function alertmanagerTargets(config: ValidConfig): string[];
/** True when Prometheus evaluates obscompile's rules and has an Alertmanager to send the alerts to. */
export declare const sendsAlerts: (config: ValidConfig) => boolean;
