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
/**
 * Findings for `expr`; `series` holds every series the configured versions can store (statuses say which this
 * configuration does), `recorded` the names recording rules make, with the labels they keep.
 */
export declare function checkQuery(expr: string, series: ReadonlyMap<string, SeriesInfo>, recorded?: ReadonlyMap<string, ReadonlySet<string>>, analysis?: QueryAnalysis): QueryFinding[];
