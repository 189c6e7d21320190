import { type Connection } from './http.js';
import type { CatalogSection } from '../model/catalog.js';
import type { ScrapeJob } from '../model/scrape-jobs.js';
import type { Diagnostic } from '../types.js';
/** What a job's series look like in the Prometheus: label names by metric name, and types from its targets. */
export interface Observed {
    labels: Map<string, Set<string>>;
    types: Map<string, string>;
    /** Targets of the job whose last scrape failed (`up` at 0 now), of how many. */
    down?: {
        down: number;
        of: number;
    };
}
/** The findings of one job: `where` names the Prometheus and the job in every diagnostic. */
export declare function compareJob(section: CatalogSection, o: Observed, where: string, jobLabels?: readonly string[]): Diagnostic[];
/** Every catalogued job of the config against the Prometheus at `c.url` (which runs `prometheusVersion`, when it scrapes itself). */
export declare function verify(c: Connection, sections: readonly CatalogSection[], jobs: readonly ScrapeJob[], prometheusVersion?: string, windowSeconds?: number): Promise<{
    diagnostics: Diagnostic[];
    compared: string[];
    downNow: string[];
}>;
