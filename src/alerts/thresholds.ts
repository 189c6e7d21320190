/** The thresholds the alerts compare with: `alerting.thresholds` of the config, defaults applied (schema/observability.schema.json). */
import type { ValidConfig } from '../types.js';

export type AlertingThresholds = ValidConfig['alerting']['thresholds'];
