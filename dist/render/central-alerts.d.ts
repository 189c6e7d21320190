import { type CentralService } from '../model/central-alerts.js';
import type { CentralModel } from '../model/central.js';
import type { Artifact } from '../types.js';
/** alert-rules.yml and alert-rules.test.yml of the central store; `targets` is where it scrapes each service. */
export declare function centralAlertArtifacts(m: CentralModel, targets: Readonly<Record<CentralService, string>>): Artifact[];
