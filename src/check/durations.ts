/** Durations, and the TSDB size cap, that pass the schema's pattern but that Prometheus or Compose would still reject. */
import { at, type Rule } from './rule.js';
import { MAX_DURATION_MS, durationMs } from '../config/duration.js';
import { displayPath } from '../config/config-path.js';
import { retentionSizeProblem } from '../upstream/prometheus.js';
import type { ConfigPath, Finding, ValidConfig } from '../types.js';

function invalid(path: ConfigPath, message: string, hint: string): Finding {
  return at(path, { code: 'OBS_DURATION_INVALID', message, hint });
}

/** Every duration the stack hands to Prometheus, with where it is set. */
function prometheusDurations(config: ValidConfig): [ConfigPath, string][] {
  const p = config.prometheus;
  const list: [ConfigPath, string][] = [
    [['prometheus', 'scrapeInterval'], p.scrapeInterval],
    [['prometheus', 'scrapeTimeout'], p.scrapeTimeout],
    [['prometheus', 'evaluationInterval'], p.evaluationInterval],
    [['prometheus', 'retention'], p.retention],
  ];
  if (config.exporters.cadvisor.enabled) list.push([['exporters', 'cadvisor', 'scrapeInterval'], config.exporters.cadvisor.scrapeInterval]);
  p.extraTargets.forEach((t, i) => {
    if (t.scrapeInterval !== undefined) list.push([['prometheus', 'extraTargets', i, 'scrapeInterval'], t.scrapeInterval]);
  });
  p.remoteWrite.forEach((r, i) => {
    if (r.queue?.batchSendDeadline !== undefined) list.push([['prometheus', 'remoteWrite', i, 'queue', 'batchSendDeadline'], r.queue.batchSendDeadline]);
  });
  return list;
}

/** Durations are positive, in range, and the scrape timeout fits in the scrape interval. */
export const durationsAccepted: Rule = {
  code: 'OBS_DURATION_INVALID',
  title: 'Durations are ones Prometheus, Alertmanager and Compose accept',
  check(config) {
    const out: Finding[] = [];
    if (config.prometheus.enabled) {
      for (const [path, value] of prometheusDurations(config)) {
        const ms = durationMs(value);
        if (ms === 0) out.push(invalid(path, `\`${displayPath(path)}\` is ${value}; it must be longer than zero`, `use a positive duration such as \`${path[path.length - 1] === 'retention' ? '15d' : '15s'}\``));
        else if (ms > MAX_DURATION_MS) out.push(invalid(path, `\`${displayPath(path)}\` is ${value}, longer than Prometheus can represent (about 292y)`, 'use a shorter duration'));
      }
      const { scrapeInterval, scrapeTimeout } = config.prometheus;
      // A zero interval is already wrong above; the timeout is then no second mistake.
      if (durationMs(scrapeInterval) > 0 && durationMs(scrapeTimeout) > durationMs(scrapeInterval)) {
        out.push(invalid(['prometheus', 'scrapeTimeout'], `scrape timeout ${scrapeTimeout} is longer than the scrape interval ${scrapeInterval}; Prometheus refuses such a config`, `set \`scrapeTimeout\` to at most ${scrapeInterval}`));
      }
    }
    out.push(...healthcheckDurations(config), ...alertmanagerDurations(config));
    return out;
  },
};

/** Alertmanager refuses a zero group or repeat interval (config/config.go Route.UnmarshalYAML); a zero wait is fine. */
function alertmanagerDurations(config: ValidConfig): Finding[] {
  // Checked whether or not this config runs it: a fleet's central Alertmanager routes with the hosts' settings.
  const am = config.alertmanager;
  const list: [ConfigPath, string, boolean][] = [
    [['alertmanager', 'route', 'groupWait'], am.route.groupWait, true],
    [['alertmanager', 'route', 'groupInterval'], am.route.groupInterval, false],
    [['alertmanager', 'route', 'repeatInterval'], am.route.repeatInterval, false],
    [['alertmanager', 'watchdog', 'repeatInterval'], am.watchdog.repeatInterval, false],
  ];
  const out: Finding[] = [];
  for (const [path, value, zeroAllowed] of list) {
    const ms = durationMs(value);
    if (ms === 0 && !zeroAllowed) out.push(invalid(path, `\`${displayPath(path)}\` is ${value}; Alertmanager refuses a zero interval`, 'use a positive duration such as `5m`'));
    else if (ms > MAX_DURATION_MS) out.push(invalid(path, `\`${displayPath(path)}\` is ${value}, longer than Alertmanager can represent (about 292y)`, 'use a shorter duration'));
  }
  return out;
}

/**
 * Compose parses health-check durations with Go's time.ParseDuration: written in hours when given in d, w or y (render
 * `goDuration`), so what remains is zero and lengths past Go's int64 nanoseconds (about 292y, as for Prometheus).
 */
function healthcheckDurations(config: ValidConfig): Finding[] {
  const c = config.exporters.cadvisor;
  if (!c.enabled) return [];
  const out: Finding[] = [];
  for (const key of ['interval', 'timeout'] as const) {
    const value = c.healthcheck[key];
    const path = ['exporters', 'cadvisor', 'healthcheck', key];
    const ms = durationMs(value);
    if (ms === 0) out.push(invalid(path, `\`${displayPath(path)}\` is ${value}; a health check's ${key} must be longer than zero`, 'use a positive duration such as `30s`'));
    else if (ms > MAX_DURATION_MS) out.push(invalid(path, `\`${displayPath(path)}\` is ${value}, longer than Compose can represent (about 292y)`, 'use a shorter duration'));
  }
  return out;
}

/** A TSDB size cap at `path` that Prometheus cannot read, as a finding: a host's `prometheus.retentionSize` or `central.retentionSize`. */
export function retentionSizeFindings(path: ConfigPath, size: string | undefined): Finding[] {
  const why = size === undefined ? undefined : retentionSizeProblem(size);
  return why ? [at(path, { code: 'OBS_SCHEMA_RANGE', message: why, hint: 'use a size below 8EB written with a number below 2^53, such as `500GB` or `2TB`' })] : [];
}

/** `prometheus.retentionSize` is one Prometheus reads: fewer than 2^63 bytes, its number exact in a float64. */
export const retentionSizeAccepted: Rule = {
  code: 'OBS_SCHEMA_RANGE',
  title: 'The TSDB size cap is one Prometheus can read',
  check: (config) => (config.prometheus.enabled ? retentionSizeFindings(['prometheus', 'retentionSize'], config.prometheus.retentionSize) : []),
};

/** Bytes of each unit Docker's size parser takes in `shm_size` (docker/go-units RAMInBytes: powers of 1024). */
const SHM_UNITS: Readonly<Record<string, bigint>> = { b: 1n, k: 1024n, kb: 1024n, m: 1024n ** 2n, mb: 1024n ** 2n, g: 1024n ** 3n, gb: 1024n ** 3n };

/** `container.shmSize` fits the signed 64-bit byte count Compose parses it into (a larger one wraps negative: refused). */
export const shmSizeAccepted: Rule = {
  code: 'OBS_SCHEMA_RANGE',
  title: 'The shared memory size fits the byte count Compose and Docker read it into',
  check(config) {
    const m = /^([0-9]+)([a-z]+)$/.exec(config.container.shmSize);
    if (!m || BigInt(m[1]!) * SHM_UNITS[m[2]!]! <= 2n ** 63n - 1n) return [];
    return [at(['container', 'shmSize'], { code: 'OBS_SCHEMA_RANGE', message: `shared memory of \`${config.container.shmSize}\` is more bytes than Compose can count (a signed 64-bit number): it wraps to a negative size, which Docker refuses`, hint: 'give the size the container needs, such as 16gb' })];
  },
};
