import type { Model } from '../model/model.js';
import type { Artifact, ValidConfig } from '../types.js';
type AlertmanagerSettings = ValidConfig['alertmanager'];
/**
 * The Alertmanager configuration as data. `scope` are the labels that tell one box's alerts from another's
 * (`container_run`, plus `host` in a fleet); `alerts` the names of the alerts that can arrive.
 */
export declare function alertmanagerDocument(am: AlertmanagerSettings, scope: readonly string[], alerts: ReadonlySet<string>): Record<string, unknown>;
export declare function renderAlertmanager(model: Model): Artifact;
export {};
