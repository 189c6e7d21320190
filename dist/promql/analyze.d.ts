export interface Matcher {
    label: string;
    op: '=' | '!=' | '=~' | '!~';
    value: string;
    /** Offsets of the matcher's label name. */
    from: number;
    to: number;
}
export interface Selector {
    /** The metric name (the identifier, or `__name__="…"`); undefined for a selector that names none. */
    name?: string;
    /** Offsets of the name (or of the whole selector when it has none). */
    from: number;
    to: number;
    matchers: Matcher[];
    /** The function that takes this selector as its range vector (`rate`, `increase`, `irate`, `max_over_time`…). */
    rangeFunction?: string;
    /** The range of a range vector, as written (`10m`, `$__rate_interval`). */
    range?: string;
    /** Set when the selector feeds histogram_quantile: whether every aggregation on the way keeps `le`. */
    quantile?: {
        keepsLe: boolean;
    };
    /** Compared with a number as it is (`metric > 5`), not through a function or an aggregation. */
    comparedRaw: boolean;
}
export interface Grouping {
    mode: 'by' | 'without';
    labels: {
        name: string;
        from: number;
        to: number;
    }[];
    /** Indexes into `selectors` of the selectors this aggregation reads. */
    selectors: number[];
    /** Labels a function inside makes (label_replace's and label_join's destination, count_values' label). */
    made: string[];
}
export interface QueryAnalysis {
    errors: {
        from: number;
        to: number;
        message: string;
    }[];
    selectors: Selector[];
    groupings: Grouping[];
}
/** Analyses one expression. */
export declare function analyzeQuery(expr: string): QueryAnalysis;
