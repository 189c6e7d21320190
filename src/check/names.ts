/** Names the generated stack reserves: the run label and the built-in scrape jobs. */
import { at, type Rule } from './rule.js';
import type { Finding } from '../types.js';

/** External label set by init-run.sh for every series (seed 000, "Metrics & Traces"). */
export const RUN_LABEL = 'container_run';
/** Scrape jobs obscompile generates itself. */
export const BUILTIN_JOBS = ['prometheus', 'node_exporter', 'dcgm_exporter', 'jaeger', 'sglang', 'cadvisor'] as const;

/** Compose services the generated docker-compose.yml defines itself. */
export const RESERVED_SERVICES = ['cadvisor'] as const;

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
        message: `service name \`${config.container.service}\` is the compose service obscompile generates for cAdvisor`,
        hint: `pick another name for the dev container; reserved: ${RESERVED_SERVICES.join(', ')}`,
      }));
    }
    const seen = new Set<string>(BUILTIN_JOBS);
    config.prometheus.extraTargets.forEach((t, i) => {
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
