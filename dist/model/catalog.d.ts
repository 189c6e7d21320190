import { type CatalogMetric, type CatalogSource, type Upstream } from './catalog-data.js';
import type { ValidConfig } from '../types.js';
/**
 * `available`: emitted with this config. `conditional`: emitted only in the situation the note names.
 * `off`: not emitted with this config (the note says what turns it on).
 */
export type MetricStatus = 'available' | 'conditional' | 'off';
export interface CatalogRow {
    name: string;
    type: CatalogMetric['type'];
    help: string;
    /** A histogram's bucket boundaries, when the catalog records them. */
    buckets?: readonly number[];
    /** Every label the series carries: the source's series labels, then the metric's own (rows may share one list). */
    labels: readonly string[];
    status: MetricStatus;
    note?: string;
    /** The series exists only once something has happened (the note says when): until then its absence is no drift. */
    later?: true;
    /**
     * When a counter born with its first event appears (catalog-data.ts bornWithEvent: "after the first retraction"):
     * increase() and rate() alone miss that event.
     */
    born?: string;
    /** A counter that starts again only at this event (catalog-data.ts CatalogMetric.countsSince): one compared as it is. */
    countsSince?: string;
}
export interface CatalogSection {
    title: string;
    job: string;
    /** The rows are a selection of what the source exposes, not all of it. */
    selection?: boolean;
    /** The upstream release the rows describe, and the one the config runs (they can differ); none for extra targets. */
    upstream?: Upstream & {
        configured: string;
    };
    notes: readonly string[];
    /** Sorted by name. */
    metrics: CatalogRow[];
    dropped: readonly string[];
    /** Dropped metrics the source does not emit by default anyway (cAdvisor's disabled metric kinds). */
    droppedOffByDefault: readonly string[];
    /** DCGM label fields, collected as labels (dcgm-exporter only). */
    labelFields: readonly {
        name: string;
        help: string;
    }[];
    /** Names of earlier releases and the names that replaced them (CatalogSource.renamed). */
    renamed?: Readonly<Record<string, string>>;
    /** Names of earlier releases that are gone, with why (CatalogSource.removed). */
    removed?: Readonly<Record<string, string>>;
}
/** True when DCGM profiling fields are collected: requested, and the container has SYS_ADMIN. */
export declare const profilingCollected: (config: ValidConfig) => boolean;
/** The catalog sources that describe the configured versions (Jaeger 1 and 2 differ) and model server engine. */
export declare function sourcesFor(config: ValidConfig, catalog: readonly CatalogSource[]): CatalogSource[];
/** What a section needs of its scrape job. */
export interface CatalogJob {
    job: string;
    dropMetrics: readonly string[];
    labels?: Readonly<Record<string, string>>;
    copyLabels?: readonly {
        from: string;
        to: string;
    }[];
}
/** One section for a scraped source: its rows minus what relabelling drops, sorted by name. */
export declare function catalogSection(config: ValidConfig, src: CatalogSource, job: CatalogJob): CatalogSection;
export declare const byName: (a: {
    name: string;
}, b: {
    name: string;
}) => 0 | 1 | -1;
/** One record of dcgm-exporter's collectors file. */
export interface DcgmCollector {
    field: string;
    type: CatalogMetric['type'] | 'label';
    help: string;
}
/** The fields dcgm-exporter is told to collect: the catalog's rows for the configured version, profiling only when collected. */
export declare function dcgmCollectors(config: ValidConfig, catalog: readonly CatalogSource[]): DcgmCollector[];
