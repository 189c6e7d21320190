import type { Model } from '../model/model.js';
import type { StageResult } from '../types.js';
export declare const TABLE_NAMES: readonly ["components", "metrics", "alerts", "dashboards"];
export type TableName = (typeof TABLE_NAMES)[number];
/** A Markdown table with columns padded to their widest cell, like the seed README's. */
export declare function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string;
/** Component, listen ports and data directory of every enabled component. */
export declare function componentTable(model: Model): string;
/** One row per catalogued metric of the enabled sources. */
export declare function metricsTable(model: Model): string;
/** One row per alert the configuration gets: its source, severity, what fires it, its threshold key and value, its `for`. */
export declare function alertsTable(model: Model): string;
/** One row per dashboard: its title, its file, and its rows of panels. */
export declare function dashboardsTable(model: Model): string;
/** Every table by name. */
export declare function tables(model: Model): Record<TableName, string>;
/** Replaces the lines between `<!-- obscompile:begin NAME -->` and `<!-- obscompile:end NAME -->`; nothing else changes. */
export declare function inject(text: string, file: string, content: Readonly<Record<string, string>>): StageResult<string>;
