import { type ModelAlert } from './alerts.js';
import { type SeriesInfo } from './series.js';
import type { ValidConfig } from '../types.js';
/** The central Prometheus's scrape job of each service the central store runs. */
export declare const CENTRAL_JOBS: {
    readonly prometheus: "central";
    readonly alertmanager: "central-alertmanager";
    readonly jaeger: "central-jaeger";
};
export type CentralService = keyof typeof CENTRAL_JOBS;
/** Each service the central store runs, with the host config whose release it runs. */
export type CentralRuns = Partial<Record<CentralService, ValidConfig>>;
/**
 * The alerts on the central services `runs`, over their own series, with `config`'s alerting settings; and those over
 * the hosts that send it their samples (`senders`, in fleet order), when any does: silent hosts, and (with a central
 * Alertmanager) hosts whose alerts do not reach it.
 */
export declare function centralAlerts(config: ValidConfig, runs: CentralRuns, senders: readonly string[]): ModelAlert[];
/** The series the central Prometheus scrapes from its own services, as the catalog lists them for the releases they run. */
export declare function centralSeries(runs: CentralRuns): Map<string, SeriesInfo>;
