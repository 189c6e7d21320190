/** Whether what a rule or a panel reads is stored with a configuration, and if not, why (for the catalog's notes). */
import type { ComponentId } from '../config/ports.js';
import type { SeriesInfo } from './series.js';
/** Why a query over `source` cannot run: its source is not scraped; undefined when it is. */
export declare const notScrapedWhy: (source: ComponentId, scraped: ReadonlySet<ComponentId>) => string | undefined;
/** Why a query reading `names` cannot run here (`recorded`: names recording rules make), or undefined when it can. */
export declare function missing(names: readonly string[], series: ReadonlyMap<string, SeriesInfo>, recorded: ReadonlySet<string>): string | undefined;
