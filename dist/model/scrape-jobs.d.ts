import type { ComponentId } from '../config/ports.js';
import { type CatalogSection } from './catalog.js';
import type { CatalogSource } from './catalog-data.js';
import type { ValidConfig } from '../types.js';
/** Read only: an extra target's job shares its lists with the config (ten thousand targets, no copies). */
export interface ScrapeJob {
    job: string;
    targets: readonly string[];
    metricsPath: string;
    scrapeInterval?: string;
    /** Labels Prometheus adds to every series of the job's targets. */
    labels: Readonly<Record<string, string>>;
    dropMetrics: readonly string[];
    /** Labels metric relabelling copies from another label of the same series, where that one is set. */
    copyLabels: readonly {
        from: string;
        to: string;
    }[];
}
/** One scrape job per enabled source (seed 000 "Metrics & Traces", seed 004 task 3), then the extra targets. */
export declare function scrapeJobs(config: ValidConfig): ScrapeJob[];
/** The scrape job of a source: the model server's is named after its engine (`sglang`, `vllm`). */
export declare const jobOf: (config: ValidConfig, source: ComponentId) => string;
/** Every source, the model server last. */
export declare const COMPONENTS: readonly ComponentId[];
/** Catalog sections for the sources Prometheus actually scrapes, then the extra targets that document their metrics. */
export declare function catalogSections(config: ValidConfig, scrapeJobs: readonly ScrapeJob[], catalog: readonly CatalogSource[]): CatalogSection[];
