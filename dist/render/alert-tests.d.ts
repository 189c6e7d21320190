/**
 * The labels of a unit test's input series: every label the catalog lists for the series (so the tests use the names
 * and labels the exporters really expose), with sample values, then what the test itself sets.
 */
import type { ComponentId } from '../config/ports.js';
import type { Model } from '../model/model.js';
import type { TestSeries } from '../alerts/rule.js';
import type { SeriesInfo } from '../model/series.js';
/** Sample values of the labels the catalog names; a label not listed gets `x`. */
export declare const LABEL_SAMPLES: Readonly<Record<string, string>>;
/** What every test series of a source carries besides its catalog labels: sample values by label name, and the job's labels. */
export interface SourceLabels {
    known: Record<string, string>;
    added: Record<string, string>;
}
/**
 * What the unit tests of a model take from it: per source, the labels its series carry; per metric, the catalog's
 * label names, sorted. Each is worked out once for all the tests that use it, as plain data.
 */
export declare function testLabelling(model: Model): {
    source(source: ComponentId): SourceLabels;
    names(metric: string): readonly string[];
};
/** The label names the catalog gives a stored series (the target labels when it lists none), sorted. */
export declare function labelNames(series: ReadonlyMap<string, SeriesInfo>, metric: string): readonly string[];
/** The full label set of a test series: `__name__`, the catalog's labels with sample values, then the test's own. */
export declare function testLabels(source: SourceLabels, names: readonly string[], s: TestSeries): Record<string, string>;
