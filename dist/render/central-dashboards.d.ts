import type { ModelDashboard } from '../model/dashboards.js';
import type { Artifact } from '../types.js';
/** The central dashboard files. */
export declare const centralDashboardArtifacts: (dashboards: readonly ModelDashboard[]) => Artifact[];
