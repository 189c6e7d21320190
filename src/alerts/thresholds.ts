/** The thresholds the alerts compare with: `alerting.thresholds` of the config, every one with its default in. */
import type { ValidConfig } from '../types.js';

export type AlertingThresholds = Required<ValidConfig['alerting']['thresholds']>;
