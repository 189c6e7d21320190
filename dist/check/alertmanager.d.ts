/**
 * Alertmanager: every receiver the route and the Watchdog name exists (Alertmanager refuses the file otherwise), each
 * name once, none unused, webhook URLs Alertmanager can parse (one with credentials the schema refuses already); and an
 * Alertmanager that gets alerts.
 */
import { type Rule } from './rule.js';
export declare const alertmanagerReceivers: Rule;
export declare const alertmanagerFed: Rule;
/** A Watchdog receiver is a dead man's switch: it pages when the heartbeat stops, so the Watchdog must be produced. */
export declare const watchdogBeats: Rule;
/** A receiver of the critical alerts gets some: this configuration's rules hold at least one. */
export declare const criticalAlertsArrive: Rule;
