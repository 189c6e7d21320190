import type { ComponentId } from '../config/ports.js';
import type { Engine } from '../config/engine.js';
export interface CatalogMetric {
    name: string;
    type: 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';
    help: string;
    /** Labels of this metric beyond the source's series labels. */
    labels?: string[];
    /**
     * What the config must turn on for the metric to exist: `profiling`, a DCGM profiling field (profiling requested and
     * SYS_ADMIN); `forwarding`, Jaeger's OTLP exporter to a central endpoint (`jaeger.forwardOtlp`); `rules`, rule files
     * loaded by Prometheus (`alerting.enabled`); `alertmanager`, an Alertmanager to send to; `remoteWrite`, a
     * remote-write queue (`prometheus.remoteWrite`, or a fleet's central store).
     */
    requires?: 'profiling' | 'forwarding' | 'rules' | 'alertmanager' | 'remoteWrite';
    /** The first release in which `requires` holds; before it the metric exists whatever the config turns on. */
    requiresSince?: string;
    /** When the source emits the metric only in some situations, in words ("only for containers with a CPU limit"). */
    condition?: string;
    /** The series exists from start-up on unless this says when it first appears ("after the first retraction"). */
    appears?: string;
    /**
     * What a counter that `appears` late holds when it does, where that is not the event it counts (bornWithEvent):
     * `sinceStart`, what accumulated since the process started (a process's CPU seconds); `batch`, the count of the first
     * batch, 0 included (the collector adds a receiver's refused spans on every batch, so the series is made by the
     * first batch, not by the first refusal).
     */
    appearsHolding?: 'sinceStart' | 'batch';
    /**
     * A counter kept outside the process that serves it, which starts again only at this event ("the driver loaded"),
     * not when the exporter restarts: compared as it is, it says whether anything was counted since then.
     */
    countsSince?: string;
    /** First release of the source that exposes the metric (for dcgm-exporter, the exporter part of its tag). */
    since?: string;
    /** Labels of `labels` that the source adds only from a release on: label name to its first release. */
    labelsSince?: Record<string, string>;
    /** The metric's type in releases before `version` (the catalog's `type` holds from it on). */
    typeBefore?: {
        version: string;
        type: CatalogMetric['type'];
    };
    /** A histogram's upper bucket boundaries (`le`), without +Inf, as upstream defines them by default. */
    buckets?: number[];
    /** A cAdvisor metric kind that is off unless enabled (its `-disable_metrics` default). */
    disabledKind?: string;
    /** Take the series labels from this entry of `labelSets` instead of `seriesLabels`. */
    labelSet?: string;
    /** The metric carries none of the series labels (machine-level series). */
    noSeriesLabels?: boolean;
}
/** Which upstream release a catalog source describes, and where its facts were read. */
export interface Upstream {
    /** owner/name of the upstream repository. */
    project: string;
    url: string;
    version: string;
    /** Files (with the tag or commit) the rows were checked against. */
    facts: string[];
}
export interface CatalogSource {
    source: ComponentId;
    /** The model server engine a `modelServer` source describes. */
    engine?: Engine;
    title: string;
    /** The rows are a selection of what the source exposes (`verify` does not report the names it leaves out). */
    selection?: true;
    /** Only for this major version of the component (Jaeger 1 and 2 emit different metrics). */
    major?: number;
    upstream: Upstream;
    /** Labels on every series of the source. */
    seriesLabels?: string[];
    labelSets?: Record<string, string[]>;
    /** DCGM fields exported as labels on every series (type `label` in the collectors file). */
    labelFields?: {
        name: string;
        help: string;
    }[];
    notes?: string[];
    /** Names the source exposed in earlier releases (as stored), with the names that replaced them: lint says so. */
    renamed?: Record<string, string>;
    /** Names the source exposed in earlier releases and no longer does, with no one name instead: why, and what to read. */
    removed?: Record<string, string>;
    metrics: CatalogMetric[];
}
/** The catalog shipped with obscompile, one source per section, in section order. */
export declare function loadCatalog(): readonly CatalogSource[];
/**
 * A counter whose series is made with its first event (an XID error, a failed span export, a 5xx response): it is born
 * holding that event, which increase() and rate() never count (they need an earlier sample), so a query counts it
 * from birth: `(x unless last_over_time(x[1h] offset w)) or increase(x[w])` (src/alerts/rule.ts grownOver).
 */
export declare const bornWithEvent: (m: Pick<CatalogMetric, "type" | "appears" | "appearsHolding">) => boolean;
