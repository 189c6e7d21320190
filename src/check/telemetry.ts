/** Rules about what the telemetry can actually collect: DCGM profiling and the model server's metrics. */
import { engineOf } from '../config/engine.js';
import { at, type Rule } from './rule.js';
import { turnsStatsOff } from '../upstream/vllm.js';
import { keepsColonNames } from '../upstream/prometheus.js';

/** DCGM profiling gauges need SYS_ADMIN (seed 000: "the container must launch with --cap-add SYS_ADMIN"). */
export const profilingNeedsSysAdmin: Rule = {
  code: 'OBS_PROFILING_NEEDS_SYS_ADMIN',
  title: 'DCGM profiling is only requested when the container has SYS_ADMIN',
  check(config, ctx) {
    const dcgm = config.exporters.dcgmExporter;
    if (!dcgm.enabled || !dcgm.profiling || config.container.capabilities.includes('SYS_ADMIN')) return [];
    // At what the config wrote: profiling when it asks for it, else the capabilities that leave SYS_ADMIN out.
    const profiling = ['exporters', 'dcgmExporter', 'profiling'];
    const capabilities = ['container', 'capabilities'];
    return [
      at(ctx.written(profiling) || !ctx.written(capabilities) ? profiling : capabilities, {
        code: 'OBS_PROFILING_NEEDS_SYS_ADMIN',
        message: 'DCGM profiling metrics (DCGM_FI_PROF_*) need the SYS_ADMIN capability, which the container does not have',
        hint: 'add `SYS_ADMIN` to `container.capabilities`, or set `exporters.dcgmExporter.profiling: false`',
      }),
    ];
  },
};

/**
 * Scraping a model server only yields its series when it keeps them: SGLang runs with --enable-metrics, vLLM without
 * --disable-log-stats (its /metrics then still answers, with no `vllm:` series: src/upstream/vllm.ts).
 */
export const scrapedServerExportsMetrics: Rule = {
  code: 'OBS_METRICS_NOT_ENABLED',
  title: "A scraped model server exports its metrics: SGLang with --enable-metrics, vLLM without --disable-log-stats",
  check(config) {
    const m = config.modelServer;
    if (!m.enabled || !m.scrape || !config.prometheus.enabled) return [];
    if (engineOf(config) === 'vllm') {
      const i = m.extraArgs.findIndex(turnsStatsOff);
      if (i === -1) return [];
      return [
        at(['modelServer', 'extraArgs', i], {
          code: 'OBS_METRICS_NOT_ENABLED',
          message: `Prometheus scrapes the model server, but \`${m.extraArgs[i]}\` turns off vLLM's engine statistics: its /metrics would hold none of the \`vllm:\` series the catalog, alerts and dashboards read`,
          hint: 'remove it from `modelServer.extraArgs`, or set `modelServer.scrape: false` to drop the scrape job',
        }),
      ];
    }
    if (m.flags.enableMetrics || m.extraArgs.includes('--enable-metrics')) return [];
    return [
      at(['modelServer', 'flags', 'enableMetrics'], {
        code: 'OBS_METRICS_NOT_ENABLED',
        message: 'Prometheus scrapes the model server, but it is launched without --enable-metrics, so /metrics will not exist',
        hint: 'set `modelServer.flags.enableMetrics: true`, or `modelServer.scrape: false` to drop the scrape job',
      }),
    ];
  },
};

/**
 * The model server's names reach Prometheus with their `:` only when Prometheus asks for names as they are: 3.0 and
 * later (src/upstream/prometheus.ts keepsColonNames). Under Prometheus 2 every `sglang:` or `vllm:` series the
 * catalog, the alert rules and the dashboards name would be stored under another name, and they would read nothing.
 */
export const modelNamesKept: Rule = {
  code: 'OBS_METRIC_NAMES_REWRITTEN',
  title: "Prometheus stores the model server's metric names as the catalog, alerts and dashboards name them (Prometheus 3 or later)",
  check(config, ctx) {
    const m = config.modelServer;
    const version = config.versions.prometheus;
    if (!m.enabled || !m.scrape || !config.prometheus.enabled || keepsColonNames(version)) return [];
    const example = engineOf(config) === 'vllm' ? 'vllm:num_requests_running' : 'sglang:num_running_reqs';
    const prefix = example.slice(0, example.indexOf(':') + 1);
    const where = ['versions', 'prometheus'];
    return [
      at(ctx.written(where) ? where : ['modelServer', 'scrape'], {
        severity: 'warning',
        code: 'OBS_METRIC_NAMES_REWRITTEN',
        message: `Prometheus ${version} asks the model server for its metrics without \`escaping=allow-utf-8\`, and prometheus_client then writes every \`${prefix}\` name with \`_\` for \`:\` (\`${example}\` is stored as \`${example.replace(':', '_')}\`): the catalog, the alert rules and the dashboards read the \`:\` names, and would find none`,
        hint: 'run Prometheus 3 (`versions.prometheus: 3.14.0`), which asks for names as they are; or set `modelServer.scrape: false` to leave the model server unscraped',
      }),
    ];
  },
};

/** dcgm-exporter reads the GPUs the container sees: with `gpus: none` it has none, and the exporter fails to start. */
export const gpusForDcgm: Rule = {
  code: 'OBS_GPU_NEEDED',
  title: 'dcgm-exporter runs only in a container that reserves GPUs',
  check(config) {
    if (!config.exporters.dcgmExporter.enabled || config.container.gpus !== 'none') return [];
    return [
      at(['container', 'gpus'], {
        code: 'OBS_GPU_NEEDED',
        message: 'the container reserves no GPUs (`gpus: none`), but dcgm-exporter is enabled and would find no GPU to watch',
        hint: 'reserve GPUs (`gpus: all` or a count), or set `exporters.dcgmExporter.enabled: false` on a CPU-only box',
      }),
    ];
  },
};
