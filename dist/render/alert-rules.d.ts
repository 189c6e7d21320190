import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';
/** The rule file prometheus.yml loads, beside it (rule_files paths are relative to the config file). */
export declare const ALERT_RULES_FILE = "alert-rules.yml";
export declare const ALERT_TESTS_FILE = "alert-rules.test.yml";
/** The rule file: recording rules first (alerts may read what they record), then one group per pack. */
export declare function renderAlertRules(model: Model): Artifact;
/** The unit tests: per alert, the series that make it fire (and the alert it gives) and healthy ones that keep it silent. */
export declare function renderAlertTests(model: Model): Artifact;
