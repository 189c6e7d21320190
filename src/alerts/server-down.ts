/** ModelServerDown: the model server gone, and not merely loading its model after launch-model.sh started it. */
import { steady, type AlertRule } from './rule.js';
import { ENGINE_TITLE, type Engine } from '../config/engine.js';
import { LAUNCH_FILE, TEXTFILE_DIR } from '../config/components.js';

/**
 * The server gone: its scrape job down after it was up within the hour (a dev box starts the server by hand). Once
 * firing it stays until the server answers again, whatever the window holds by then (its own ALERTS series). Where
 * node_exporter serves the time launch-model.sh last started the server in this run, also a server started and not
 * answering; but neither while it loads its model, `alerting.thresholds.modelServerLoadMinutes` from its start.
 */
export function modelServerDown(engine: Engine): AlertRule {
  const up = `up{job="${engine}"}`;
  const wasUp = `${up} == 0 and on (job, instance) (max_over_time(${up}[1h]) == 1 or ALERTS{alertname="ModelServerDown", alertstate="firing"})`;
  return {
    pack: 'serving',
    source: 'modelServer',
    engine,
    alert: 'ModelServerDown',
    fires: 'Prometheus cannot scrape the model server\'s metrics endpoint.',
    severity: 'critical',
    // The scrape job is named after the engine (src/model/model.ts jobOf).
    expr: (t, _, scope) => {
      if (!scope.launchTime) return wasUp;
      const gone = `${wasUp} or ${up} == 0 and on () ${LAUNCHED}`;
      return t.modelServerLoadMinutes > 0 ? `(${gone}) unless on () (${launchedWithin(t.modelServerLoadMinutes)})` : gone;
    },
    for: '2m',
    summary: 'The model server of {{ $labels.container }} stopped answering',
    description: `Prometheus cannot scrape ${ENGINE_TITLE[engine]}, which answered before or which launch-model.sh started: it crashed, was stopped, or did not come up within \`alerting.thresholds.modelServerLoadMinutes\` of its start. The alert lasts until it answers again (a server stopped on purpose: silence it). Its log is the run log under the telemetry root.`,
    // The window looks back an hour: the condition must hold for the `for` within it before the alert first fires.
    maxFor: '45m',
    // Still firing an hour and a half in, with the server's last answer out of the window. With the launch time:
    // relaunched at minute 6, silent while the model loads, firing once the allowance has passed with no answer; and
    // started at minute 0 of the run and never answering, firing once the allowance has passed too.
    test: (t, n, scope) => {
      const gone = { metric: 'up', values: `${steady(1, 6)} ${steady(0, n - 6)}` };
      const never = { metric: 'up', values: steady(0, n) };
      const launched = (minute: number) => ({ metric: 'node_textfile_mtime_seconds', labels: { file: LAUNCH_FILE_EXAMPLE, job: 'node_exporter' }, values: minute ? `_x${minute} ${steady(minute * 60, n - minute)}` : steady(0, n) });
      const waits = t.modelServerLoadMinutes;
      const relaunched = [gone, launched(6)];
      return {
        settle: 6,
        exact: true,
        lasts: 90,
        fire: [gone],
        calm: [never],
        ...(scope.launchTime
          ? {
              ...(waits > 0 ? { quiet: [{ what: 'while a relaunched server loads its model', series: relaunched }] } : {}),
              also: [
                { what: 'once a relaunched server has not answered in its load allowance', series: relaunched, settle: 6 + waits },
                { what: 'once a server started in this run has not answered in its load allowance', series: [never, launched(0)], settle: waits },
              ],
            }
          : {}),
      };
    },
  };
}

/** The launch file as node_exporter names it (its full path) in a test: the telemetry root of the reference stack. */
const LAUNCH_FILE_EXAMPLE = `/telemetry/${TEXTFILE_DIR}/${LAUNCH_FILE}`;

/**
 * The time launch-model.sh last started the model server in this run (init-run.sh removes the file at each start):
 * the time of the file it writes then, as node_exporter's textfile collector serves it (node_textfile_mtime_seconds,
 * `file` its full path; collector/textfile.go @ node_exporter v1.12.1, and 1.5.0 of the tests).
 */
const LAUNCHED = `node_textfile_mtime_seconds{job="node_exporter", file=~".*/${LAUNCH_FILE.replace('.', '[.]')}"}`;

/** Whether launch-model.sh started the model server less than `minutes` ago. */
export const launchedWithin = (minutes: number) => `time() - ${LAUNCHED} < ${minutes * 60}`;
