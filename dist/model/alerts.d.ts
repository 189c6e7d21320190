import { type AlertRule, type AlertTest, type RecordingRule, type TestSeries } from '../alerts/rule.js';
import { type Engine } from '../config/engine.js';
import type { SeriesInfo } from './series.js';
import type { ComponentId } from '../config/ports.js';
import type { ValidConfig } from '../types.js';
/** A unit test as this configuration gets it: evaluated at `at`, once the condition has held for the alert's `for`. */
export interface ModelAlertTest extends Omit<AlertTest, 'settle' | 'also'> {
    at: string;
    /** More firing cases, each evaluated at its own minute (`fire`'s, or one of its own). */
    also?: {
        what: string;
        series: TestSeries[];
        at: string;
    }[];
    /**
     * For an alert that counts counters from their birth (grownOver): the firing series held at their count, with
     * scrapes missed from a window before `at` (and its `for` before that) on, on which it must stay silent.
     */
    gap?: {
        series: TestSeries[];
        at: string;
    };
}
/** Every input series of a unit test, of each of its cases (the names a renderer labels them by). */
export declare const testSeries: (t: ModelAlertTest) => TestSeries[];
/** An alert as this configuration gets it, as plain data: its expression, duration and unit test with the config's values in. */
export interface ModelAlert extends Omit<AlertRule, 'expr' | 'test' | 'description'> {
    expr: string;
    description: string;
    test: ModelAlertTest;
}
export interface AlertsModel {
    recording: RecordingRule[];
    alerts: ModelAlert[];
    /** Rules of enabled packs that this configuration cannot evaluate, with the reason. */
    leftOut: {
        name: string;
        why: string;
    }[];
}
/** Why the config turns a rule off itself (its pack off, or `alerting.disable`), or undefined when it does not. */
export declare function turnedOff(alerting: ValidConfig['alerting'], rule: Pick<AlertRule, 'pack' | 'alert'>): string | undefined;
/** The rules for `config`, given the series its scraped sources store. */
export declare function alertsModel(config: ValidConfig, series: ReadonlyMap<string, SeriesInfo>, scraped: ReadonlySet<ComponentId>, buckets: (metric: string) => readonly number[]): AlertsModel | undefined;
/** `rule` as `config` gets it: its thresholds in, its `for` as set, its unit test to match. */
export declare function modelAlert(rule: AlertRule, config: ValidConfig, engine: Engine): ModelAlert;
