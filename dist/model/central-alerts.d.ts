import { type ModelAlert } from './alerts.js';
import type { ValidConfig } from '../types.js';
/** The central Prometheus's scrape job of each service the central store runs. */
export declare const CENTRAL_JOBS: {
    readonly prometheus: "central";
    readonly alertmanager: "central-alertmanager";
    readonly jaeger: "central-jaeger";
};
export type CentralService = keyof typeof CENTRAL_JOBS;
/** The alerts on the central services `runs`, over their own series, with `config`'s alerting settings. */
export declare function centralAlerts(config: ValidConfig, runs: ReadonlySet<CentralService>): ModelAlert[];
