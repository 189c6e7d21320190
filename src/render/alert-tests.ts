/**
 * The labels of a unit test's input series: every label the catalog lists for the series (so the tests use the names
 * and labels the exporters really expose), with sample values, then what the test itself sets.
 */
import type { ComponentId } from '../config/ports.js';
import { jobOf as sourceJob } from '../model/scrape-jobs.js';
import type { Model } from '../model/model.js';
import type { TestSeries } from '../alerts/rule.js';
import type { SeriesInfo } from '../model/series.js';
import { cadvisorLabelName } from '../upstream/cadvisor.js';

/** Sample values of the labels the catalog names; a label not listed gets `x`. */
export const LABEL_SAMPLES: Readonly<Record<string, string>> = {
  gpu: '0',
  UUID: 'GPU-00000000-0000-0000-0000-000000000000',
  uuid: 'GPU-00000000-0000-0000-0000-000000000000',
  pci_bus_id: '00000000:01:00.0',
  device: 'nvidia0',
  modelName: 'NVIDIA H100 80GB HBM3',
  hostname: 'gpu-box',
  Hostname: 'gpu-box',
  DCGM_FI_DRIVER_VERSION: '580.65.06',
  xid: '79',
  clock_event: 'hw_thermal',
  engine_type: 'unified',
  tp_rank: '0',
  pp_rank: '0',
  moe_ep_rank: '0',
  is_streaming: 'false',
  receiver: 'otlp',
  transport: 'grpc',
  exporter: 'jaeger_storage_exporter',
  id: '/docker/0123456789ab',
  // SGLang's queue totals are the series without a priority (priority scheduling off): an empty value is no label.
  priority: '',
};

/** Where a source is scraped: its job and first target, and the labels the job adds. */
function jobOf(model: Model, source: ComponentId): { job: string; instance: string; labels: Record<string, string> } {
  const job = model.scrapeJobs.find((j) => j.job === sourceJob(model.config, source));
  return { job: job?.job ?? 'x', instance: job?.targets[0] ?? 'x', labels: job?.labels ?? {} };
}

/** What every test series of a source carries besides its catalog labels: sample values by label name, and the job's labels. */
export interface SourceLabels {
  known: Record<string, string>;
  added: Record<string, string>;
}

/**
 * What the unit tests of a model take from it: per source, the labels its series carry; per metric, the catalog's
 * label names, sorted. Each is worked out once for all the tests that use it, as plain data.
 */
export function testLabelling(model: Model): { source(source: ComponentId): SourceLabels; names(metric: string): readonly string[] } {
  const bySource = new Map<ComponentId, SourceLabels>();
  return {
    source(source) {
      let found = bySource.get(source);
      if (!found) {
        const job = jobOf(model, source);
        const known: Record<string, string> = {
          job: job.job,
          instance: job.instance,
          container: model.config.container.service,
          name: model.config.container.service,
          // cAdvisor's `image`: the image the container runs (the one compose builds, when it bundles the daemons).
          image: model.config.container.bundleDaemons ? model.images.built : model.images.base,
          // SGLang's model_name is the served model name, which defaults to the model path (server_args.py @ v0.5.18).
          model_name: model.config.modelServer.modelPath,
          // cAdvisor's copy of the dev container's own project label (its container alerts keep to that project).
          [cadvisorLabelName('obscompile.project')]: model.config.project.name,
          ...job.labels,
        };
        bySource.set(source, (found = { known, added: job.labels }));
      }
      return found;
    },
    names: (metric) => labelNames(model.series, metric),
  };
}

/** The label names the catalog gives a stored series (the target labels when it lists none), sorted. */
export function labelNames(series: ReadonlyMap<string, SeriesInfo>, metric: string): readonly string[] {
  let known = SORTED.get(series);
  if (!known) SORTED.set(series, (known = new Map()));
  let names = known.get(metric);
  if (!names) known.set(metric, (names = [...(series.get(metric)?.labels ?? ['job', 'instance'])].sort()));
  return names;
}

/** Sorted names by series index: the hosts of a fleet that share an index (model/alerting.ts) sort each once. */
const SORTED = new WeakMap<ReadonlyMap<string, SeriesInfo>, Map<string, readonly string[]>>();

/** The full label set of a test series: `__name__`, the catalog's labels with sample values, then the test's own. */
export function testLabels(source: SourceLabels, names: readonly string[], s: TestSeries): Record<string, string> {
  const labels: Record<string, string> = { __name__: s.metric };
  for (const l of names) labels[l] = source.known[l] ?? LABEL_SAMPLES[l] ?? 'x';
  const all: Record<string, string> = { ...labels, ...source.added, ...s.labels };
  // A label with an empty value is no label to Prometheus: left out of the series.
  for (const l of Object.keys(all)) if (all[l] === '') delete all[l];
  return all;
}
