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
}
/**
 * Findings for `expr`; `series` holds every series the configured versions can store (statuses say which this
 * configuration does).
 */
export declare function checkQuery(expr: string, series: ReadonlyMap<string, SeriesInfo>, context?: QueryContext): QueryFinding[];
