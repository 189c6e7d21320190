/** Rules about the names the generated stack reserves (src/config/names.ts): the run label, jobs, services, variables. */
import { at, type Rule } from './rule.js';
import { BUILTIN_JOBS, GRAFANA_SECRET, RESERVED_ENVIRONMENT, RESERVED_SERVICES, RUN_LABEL } from '../config/names.js';
import type { ConfigPath, Finding } from '../types.js';

/** The run label, built-in job and service names cannot be redefined, and extra jobs are unique. */
export const reservedNames: Rule = {
  code: 'OBS_RESERVED_NAME',
  title: 'The run label, built-in job names and generated service names are not redefined',
  check(config) {
    const out: Finding[] = [];
    if (RUN_LABEL in config.prometheus.externalLabels) {
      out.push(at(['prometheus', 'externalLabels', RUN_LABEL], {
        code: 'OBS_RESERVED_NAME',
        message: `external label \`${RUN_LABEL}\` is set by init-run.sh to the run id and cannot be configured`,
        hint: `remove \`${RUN_LABEL}\` from \`prometheus.externalLabels\``,
      }, 'key'));
    }
    if ((RESERVED_SERVICES as readonly string[]).includes(config.container.service)) {
      out.push(at(['container', 'service'], {
        code: 'OBS_RESERVED_NAME',
        message: `service name \`${config.container.service}\` is the compose service obscompile generates for ${config.container.service === 'grafana' ? 'Grafana' : 'cAdvisor'}`,
        hint: `pick another name for the dev container; reserved: ${RESERVED_SERVICES.join(', ')}`,
      }));
    }
    if (GRAFANA_SECRET in config.container.secrets) {
      out.push(at(['container', 'secrets', GRAFANA_SECRET], {
        code: 'OBS_RESERVED_NAME',
        message: `secret name \`${GRAFANA_SECRET}\` is the Compose secret obscompile gives Grafana (here or in a fleet's central bundle) for its admin password`,
        hint: 'give the dev container\'s secret another name',
      }, 'key'));
    }
    const seen = new Set<string>(BUILTIN_JOBS);
    // A target's label wins over an external label of the same name (Prometheus adds external labels only where a series
    // lacks them: model/labels and storage/remote): the job's series would leave the run, or a fleet host, they belong to.
    const external = [RUN_LABEL, ...Object.keys(config.prometheus.externalLabels)];
    config.prometheus.extraTargets.forEach((t, i) => {
      // The same value as the external label changes nothing (the run label's is the run id, never a config's).
      for (const label of Object.keys(t.labels ?? {}).filter((l) => external.includes(l) && (l === RUN_LABEL || config.prometheus.externalLabels[l] !== t.labels[l]))) {
        out.push(at(['prometheus', 'extraTargets', i, 'labels', label], {
          code: 'OBS_RESERVED_NAME',
          message: `target label \`${label}\` would replace the external label of that name on job \`${t.job}\`'s series (${label === RUN_LABEL ? 'the run id init-run.sh sets' : 'set in `prometheus.externalLabels`, or by a fleet'}): they would be filed under another ${label === RUN_LABEL ? 'run' : 'value'}`,
          hint: `remove \`${label}\` from the target's labels, or give the label another name`,
        }, 'key'));
      }
      if (seen.has(t.job)) {
        out.push(at(['prometheus', 'extraTargets', i, 'job'], {
          code: 'OBS_RESERVED_NAME',
          message: `scrape job \`${t.job}\` already exists`,
          hint: `job names must be unique; built-in jobs are ${BUILTIN_JOBS.join(', ')}`,
        }));
      }
      seen.add(t.job);
    });
    return out;
  },
};

/** Each environment variable of the container has one writer: not the scripts' own, not two profiles, not a profile and `environment`. */
export const environmentUnique: Rule = {
  code: 'OBS_RESERVED_NAME',
  title: "The container's environment variables are set once each, and never the ones the generated scripts own",
  check(config) {
    const out: Finding[] = [];
    const reserved = new Set<string>(RESERVED_ENVIRONMENT);
    const refuse = (path: ConfigPath, message: string, hint: string, target: 'key' | 'value' = 'value') => out.push(at(path, { code: 'OBS_RESERVED_NAME', message, hint }, target));
    const ownHint = `remove it; init-run.sh sets ${RESERVED_ENVIRONMENT.slice(0, 2).join(' and ')} from \`storage.telemetryRoot\` and the run variables itself`;
    for (const key of Object.keys(config.container.environment)) {
      if (reserved.has(key)) refuse(['container', 'environment', key], `environment variable \`${key}\` belongs to the generated scripts`, ownHint, 'key');
    }
    const byProfile = new Map<string, number>();
    config.storage.profiles.forEach((p, i) => {
      if (!p.env) return;
      const where = ['storage', 'profiles', i, 'env'];
      const earlier = byProfile.get(p.env);
      if (reserved.has(p.env)) refuse(where, `environment variable \`${p.env}\` belongs to the generated scripts`, ownHint);
      else if (earlier !== undefined) refuse(where, `environment variable \`${p.env}\` is already set by storage.profiles[${earlier}]; only one folder would reach the container`, 'give each profile cache its own variable, or drop `env` from one');
      else if (p.env in config.container.environment) refuse(where, `environment variable \`${p.env}\` is also set in \`container.environment\`, whose value would silently win`, 'keep one of the two');
      if (earlier === undefined) byProfile.set(p.env, i);
    });
    return out;
  },
};
