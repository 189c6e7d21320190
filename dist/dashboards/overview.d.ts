import type { DashboardSpec } from './panel.js';
export declare const OVERVIEW_DASHBOARD: DashboardSpec;
