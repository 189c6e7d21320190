import { type QueryAnalysis } from './analyze.js';
import type { SeriesInfo } from '../model/series.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
export interface QueryFinding {
    code: DiagnosticCode;
    message: string;
    hint?: string;
    severity: 'error' | 'warning';
    from: number;
    to: number;
}
/** What else a query may read besides the stored series. */
export interface QueryContext {
    /** Names recording rules make, with the labels they keep. */
    recorded?: ReadonlyMap<string, ReadonlySet<string>>;
    /** Labels any series may carry where the query runs (a central store's `host` and `container_run`). */
    anyLabels?: readonly string[];
    /** The expression already analysed. */
    analysis?: QueryAnalysis;
    /**
     * Name families (`node`, `prometheus`: a name up to its first `_` or `:`) of the sources whose catalog lists only a
     * selection of what they expose, with the source's title: a name of such a family that is not catalogued may still
     * be stored.
     */
    selections?: ReadonlyMap<string, string>;
    /** Names a source no longer exposes, with the names that replaced them (as stored). */
    renamed?: ReadonlyMap<string, string>;
    /** Names a source no longer exposes, with no one name instead: why, and what to read. */
    removed?: ReadonlyMap<string, string>;
    /** Names of catalogued sources this configuration does not scrape: the source's title, and what would scrape it. */
    unscraped?: ReadonlyMap<string, {
        title: string;
        needs: string;
    }>;
    /** Why a name of a scraped source is never stored: what serves it is off by default and the stack does not turn it on. */
    offByDefault?: (name: string) => string | undefined;
    /** The scrape jobs whose series are there (a `job` matcher naming another selects nothing). */
    jobs?: ReadonlySet<string>;
    /** The jobs that store a name, where known (a `job` matcher naming another job selects none of its series). */
    jobsOf?: (name: string) => ReadonlySet<string> | undefined;
    /** The jobs whose catalog says all they store: only a matcher naming one of them is checked against jobsOf. */
    jobsKnown?: ReadonlySet<string>;
    /**
     * Whether the Prometheus stores the `le` of `job`'s histograms in OpenMetrics form (`2.0`, `1e+06`; values.ts): every
     * job's from Prometheus 3.0, which normalises `le` on ingestion, and a Python exporter's, which writes it so; then
     * `le="2"` selects nothing. Undefined (or false): as the exporter writes it, which lint does not know.
     */
    leStored?: (job: string) => boolean;
    /** The query is a Grafana panel's or variable's: `$name` in a regular expression is a dashboard variable. */
    grafana?: boolean;
    /**
     * The query is an alerting rule's condition: increase() or rate() alone over a counter born with its first event
     * never sees that event, so the alert misses it (a panel only shows its first burst late, which is not reported).
     */
    alerting?: boolean;
    /** External labels of the Prometheus the queries run on: it adds them only to what it sends on, not to what it stores. */
    sentOnly?: ReadonlySet<string>;
}
/** A metric name's family: what comes before its first `_` or `:` (`node` of `node_load1`, `vllm` of `vllm:…`). */
export declare const familyOf: (name: string) => string | undefined;
/**
 * Findings for `expr`; `series` holds every series the configured versions can store (statuses say which this
 * configuration does).
 */
export declare function checkQuery(expr: string, series: ReadonlyMap<string, SeriesInfo>, context?: QueryContext): QueryFinding[];
