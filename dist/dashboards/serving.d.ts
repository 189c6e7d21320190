import { type DashboardSpec, type PanelSpec } from './panel.js';
import type { AlertingThresholds } from '../alerts/thresholds.js';
import type { Engine } from '../config/engine.js';
/**
 * The panels both engines' dashboards have, each reading `engine`'s names: a per-model time series, rates, counts
 * per interval, the configured quantile of a latency histogram (red from its alert threshold) and its heatmap, the
 * queue and the KV cache against their alert thresholds.
 */
export declare function servingPanels(engine: Engine): {
    timeseries: (title: string, description: string, unit: string, expr: string, extra?: Partial<PanelSpec>) => PanelSpec;
    perSecond: (title: string, metric: string, unit: string, description: string) => PanelSpec;
    /** Events per Grafana interval of a counter (`counted`: its increase over `$__rate_interval`, summed by model). */
    perInterval: (title: string, description: string, counted: string) => PanelSpec;
    /** `matchers`: which of the histogram's series it reads (SGLang's time to first token: streamed requests only). */
    quantile: (title: string, metric: string, threshold: keyof AlertingThresholds | undefined, what: string, matchers?: string) => PanelSpec;
    heatmap: (title: string, metric: string, what: string, matchers?: string) => PanelSpec;
    /** `queued`: the engine's queue of one replica of a model, summed by model. */
    queue: (queued: string, description: string) => PanelSpec;
    /** The share of the engine's HTTP responses that were server errors, per dev container (as ModelServerErrors reads them). */
    serverErrors: () => PanelSpec;
    /** `gauge`: the engine's share of the KV cache in use (0-1), the largest of its reporters. */
    kvCache: (gauge: string, description: string) => PanelSpec;
};
/** Events of a counter per Grafana interval, summed by model; `born`: its series appear with their first event (increaseOver). */
export declare const increasePerModel: (metric: string, matchers?: string, born?: boolean) => string;
export declare const REQUEST_RATE: PanelSpec;
export declare const GENERATION_RATE: PanelSpec;
/** Streamed requests only, as TimeToFirstTokenHigh reads them (STREAMED). */
export declare const TTFT: PanelSpec;
export declare const QUEUE: PanelSpec;
export declare const KV_CACHE: PanelSpec;
export declare const SERVING_DASHBOARD: DashboardSpec;
