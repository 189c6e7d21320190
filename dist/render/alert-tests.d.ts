/**
 * The labels of a unit test's input series: every label the catalog lists for the series (so the tests use the names
 * and labels the exporters really expose), with sample values, then what the test itself sets.
 */
import type { ComponentId } from '../config/ports.js';
import { type Model } from '../model/model.js';
import type { TestSeries } from '../alerts/rule.js';
/** Sample values of the labels the catalog names; a label not listed gets `x`. */
export declare const LABEL_SAMPLES: Readonly<Record<string, string>>;
/**
 * The full label sets of a model's test series: `__name__`, the catalog's labels with sample values, then the test's
 * own. What a source and a metric contribute is worked out once for all the tests that use them.
 */
export declare function testLabeller(model: Model): (source: ComponentId, s: TestSeries) => Record<string, string>;
