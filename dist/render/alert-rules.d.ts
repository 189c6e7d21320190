import { type SourceLabels } from './alert-tests.js';
import { type ModelAlert } from '../model/alerts.js';
import type { RecordingRule } from '../alerts/rule.js';
import type { Model, Provenance } from '../model/model.js';
import type { Artifact } from '../types.js';
/** The rule file prometheus.yml loads, beside it (rule_files paths are relative to the config file). */
export declare const ALERT_RULES_FILE = "alert-rules.yml";
export declare const ALERT_TESTS_FILE = "alert-rules.test.yml";
/** The rule file: recording rules first (alerts may read what they record), then one group per pack. */
export declare function renderAlertRules(model: Model): Artifact;
/** A rule file of these rules (a host's, or the central store's own), headed by where they came from. */
export declare function alertRulesArtifact(from: Provenance, alerts: readonly ModelAlert[], recording?: readonly RecordingRule[], leftOut?: string[]): Artifact;
/** What one alert's unit tests are made of: the alert, its source's labels, and the catalog's label names of each series it feeds. */
export interface AlertTestsInput {
    alert: ModelAlert;
    source: SourceLabels;
    names: Record<string, readonly string[]>;
}
/** The unit tests: per alert, the series that make it fire (and the alert it gives) and healthy ones that keep it silent. */
export declare function renderAlertTests(model: Model): Artifact;
/** One alert's unit tests (alertTestsText), made with a stand-in for the instance where one fits. */
export declare function testsWithInstance(input: AlertTestsInput): string;
/** The unit-test file from each alert's tests (alertTestsText), under `header`. */
export declare function alertTestsArtifact(header: string, items: readonly string[]): Artifact;
/**
 * One alert's unit tests as items of the `tests` list: block YAML writes a list item the same wherever the list stands,
 * so the items are written alert by alert and joined. Most are the same for every host of a fleet (only those of the
 * host's own Prometheus name its port): an alert whose input is equal to the last one's is not made again.
 */
export declare const alertTestsText: (key: string, input: AlertTestsInput) => string;
