/** prometheus.yml, built as data and serialised as block YAML (seed 000 "Metrics & Traces", seed 004 task 3). */
import { RUN_LABEL } from '../config/names.js';
import { alertmanagerTargets } from '../model/alertmanager.js';
import { needsExpandFlag, retention } from '../upstream/prometheus.js';
import { ALERT_RULES_FILE } from './alert-rules.js';
import { blockYaml, dollarLiteral, finish, headerText, sortedEntries } from './text.js';
import type { Model, ScrapeJob } from '../model/model.js';
import type { Artifact } from '../types.js';

/** The environment variable init-run.sh exports with the run id. */
export const RUN_ID_VARIABLE = 'CONTAINER_RUN_ID';

function scrapeConfig(job: ScrapeJob): Record<string, unknown> {
  const out: Record<string, unknown> = { job_name: job.job };
  if (job.scrapeInterval) out.scrape_interval = job.scrapeInterval;
  if (job.metricsPath !== '/metrics') out.metrics_path = job.metricsPath;
  const staticConfig: Record<string, unknown> = { targets: job.targets };
  const labels = sortedEntries(job.labels);
  if (labels.length) staticConfig.labels = Object.fromEntries(labels);
  out.static_configs = [staticConfig];
  const relabel: Record<string, unknown>[] = [];
  if (job.dropMetrics.length) relabel.push({ source_labels: ['__name__'], regex: [...job.dropMetrics].sort().join('|'), action: 'drop' });
  // The default regex and replacement copy the value; an empty one (machine-level series have no name) sets no label,
  // since relabelling removes a label it would set to "" (model/relabel/relabel.go).
  for (const c of job.copyLabels) relabel.push({ source_labels: [c.from], target_label: c.to });
  if (relabel.length) out.metric_relabel_configs = relabel;
  return out;
}

type RemoteWrite = Model['config']['prometheus']['remoteWrite'][number];

/**
 * One `remote_write` entry (docs/configuration/configuration.md @ v3.14.0; the same fields exist in 2.42): secrets
 * only by file, TLS options, and the queue settings the config names (Prometheus's defaults otherwise).
 */
function remoteWriteConfig(r: RemoteWrite): Record<string, unknown> {
  const out: Record<string, unknown> = { url: r.url };
  if (r.name) out.name = r.name;
  if (r.basicAuth) out.basic_auth = { username: r.basicAuth.username, password_file: r.basicAuth.passwordFile };
  if (r.bearerTokenFile) out.authorization = { type: 'Bearer', credentials_file: r.bearerTokenFile };
  if (r.tls) {
    const t = r.tls;
    const tls = { ca_file: t.caFile, cert_file: t.certFile, key_file: t.keyFile, server_name: t.serverName, insecure_skip_verify: t.insecureSkipVerify };
    out.tls_config = Object.fromEntries(Object.entries(tls).filter(([, v]) => v !== undefined));
  }
  if (r.queue) {
    const q = r.queue;
    const queue = { capacity: q.capacity, max_shards: q.maxShards, min_shards: q.minShards, max_samples_per_send: q.maxSamplesPerSend, batch_send_deadline: q.batchSendDeadline };
    out.queue_config = Object.fromEntries(Object.entries(queue).filter(([, v]) => v !== undefined));
  }
  return out;
}

/** Global settings, the run label, one job per enabled source, and (Prometheus 3.11+) retention. */
export function renderPrometheus(model: Model): Artifact {
  const p = model.config.prometheus;
  const version = model.config.versions.prometheus;
  const externalLabels: Record<string, string> = { [RUN_LABEL]: `\${${RUN_ID_VARIABLE}}` };
  for (const [k, v] of sortedEntries(p.externalLabels)) externalLabels[k] = dollarLiteral(v); // Prometheus expands ${VAR} in external labels
  const doc: Record<string, unknown> = {
    global: {
      scrape_interval: p.scrapeInterval,
      scrape_timeout: p.scrapeTimeout,
      evaluation_interval: p.evaluationInterval,
      external_labels: externalLabels,
    },
  };
  if (model.alerts) doc.rule_files = [ALERT_RULES_FILE];
  // API v2, the default of Prometheus 2.42 and the only one of 3.x (config/config.go AlertmanagerConfig).
  const alertmanagers = alertmanagerTargets(model.config);
  if (model.alerts && alertmanagers.length) doc.alerting = { alertmanagers: [{ static_configs: [{ targets: alertmanagers }] }] };
  doc.scrape_configs = model.scrapeJobs.map(scrapeConfig);
  if (p.remoteWrite.length) doc.remote_write = p.remoteWrite.map(remoteWriteConfig);
  const { storage } = retention(version, p.retention, p.retentionSize);
  if (storage) doc.storage = storage;
  const expansion = needsExpandFlag(version) ? ' (init-run.sh passes --enable-feature=expand-external-labels, which Prometheus 2 needs)' : ' (Prometheus 3 always expands it)';
  // The retention block is Prometheus 3.11+'s own: older promtool and SchemaStore's schema (written for 2.x) reject it.
  const body = blockYaml(doc).replace(/^storage:\n/m, `# Retention in the config file is read by Prometheus 3.11 and later; promtool of Prometheus 2 and\n# SchemaStore's prometheus.json refuse this block by design (config/config.go TSDBRetentionConfig @ v3.14.0).\nstorage:\n`);
  const content = `# ${headerText(model)}\n# For Prometheus ${version}. ${RUN_LABEL} is expanded from $${RUN_ID_VARIABLE} at start-up${expansion}.\n${body}`;
  return { name: 'prometheus.yml', path: 'prometheus.yml', content: finish(content), executable: false };
}
