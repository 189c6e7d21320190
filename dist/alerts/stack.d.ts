/**
 * The stack itself: targets down, Prometheus failing to evaluate rules, write its TSDB or reach Alertmanager and remote
 * storage, Jaeger refusing or failing to pass spans on, containers killed for memory or restarting, a disk of the dev
 * container nearly full, and the Watchdog that always fires (a dead man's switch for the whole alerting path).
 */
import { type AlertRule } from './rule.js';
/** The alert that always fires: the heartbeat of a dead man's switch (alertmanager.watchdog). */
export declare const WATCHDOG = "Watchdog";
export declare const STACK_RULES: readonly AlertRule[];
