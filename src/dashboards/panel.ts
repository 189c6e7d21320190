/**
 * The shape of obscompile's Grafana dashboards as data: panels that read series of the metrics catalog (checked by a
 * real PromQL parser at generate time: src/generated/panel-reads.js, and by tests), grouped in rows, with the units
 * and the alert thresholds they show. Every selector is scoped to the dashboard's `host` and `container_run`
 * variables, the labels a fleet's central store tells runs and hosts apart by (on the box itself no series carries
 * them, and the variables stay empty, which selects every series).
 */
import type { ComponentId } from '../config/ports.js';
import type { AlertingThresholds } from '../alerts/thresholds.js';
import type { Engine } from '../config/engine.js';

export type PanelKind = 'timeseries' | 'stat' | 'gauge' | 'heatmap' | 'table';

export interface PanelQuery {
  expr: string;
  /** Grafana legend template (`{{gpu}}`). */
  legend?: string;
}

export interface PanelSpec {
  title: string;
  description: string;
  kind: PanelKind;
  /** The catalog source whose series the panel reads: the panel exists only where that source is scraped. */
  source: ComponentId;
  /** The model server engine whose names the panel reads: it exists only for that engine. */
  engine?: Engine;
  /** The queries; a function when they take the config's thresholds (the latency quantile). */
  queries: readonly PanelQuery[] | ((t: AlertingThresholds) => readonly PanelQuery[]);
  /** Grafana unit id (`percentunit`, `s`, `bytes`, …). */
  unit: string;
  min?: number;
  max?: number;
  /** The value from which the panel turns red: the alert threshold it shows, read from the config. */
  threshold?: (t: AlertingThresholds) => number;
  /** Width in the 24-column grid (default: a third). */
  width?: number;
}

export interface RowSpec {
  title: string;
  panels: PanelSpec[];
}

export interface DashboardSpec {
  /** Grafana uid, also the file name (dashboard-<uid>.json). */
  uid: string;
  title: string;
  description: string;
  /** The source the dashboard is about (its panels all read it); none for the overview. */
  source?: ComponentId;
  /** The model server engine the dashboard is about (a serving dashboard). */
  engine?: Engine;
  rows: RowSpec[];
}

/** The labels the dashboard variables select on: a fleet's central store has them on every series. */
export const SCOPE_LABELS = ['host', 'container_run'] as const;
/** The matchers that scope a query to the dashboard's variables. */
export const SCOPE = SCOPE_LABELS.map((l) => `${l}=~"$${l}"`).join(', ');

/** A selector of `name` with `matchers` and the dashboard's scope. */
export const sel = (name: string, matchers = '') => `${name}{${matchers ? `${matchers}, ` : ''}${SCOPE}}`;
/** Grafana's rate window: at least four scrape intervals, so a rate always has two samples. */
export const RATE = '[$__rate_interval]';
/** `rate()` of a scoped counter over Grafana's rate window. */
export const rate = (name: string, matchers = '') => `rate(${sel(name, matchers)}${RATE})`;

/**
 * The query as a PromQL parser reads it: Grafana's interval variables become durations of their own length
 * (`$__range` reads `9999999s`; any duration checks the same, and a position in it is one in the query), label
 * values stay as they are.
 */
export const checkable = (expr: string) => expr.replace(/\$__rate_interval|\$__interval|\$__range/g, (v) => `${'9'.repeat(v.length - 1)}s`);
