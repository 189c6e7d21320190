/**
 * The central bundle of a fleet: a Prometheus with its remote-write receiver (`--web.enable-remote-write-receiver`,
 * cmd/prometheus/main.go @ v3.14.0 and v2.42.0), an Alertmanager for the hosts' alerts and a Jaeger 2 receiving their
 * traces over OTLP when any host sends them, the hosts' dashboards and optionally a Grafana showing them, their compose
 * services on bind-mounted storage, the script that prepares that storage, and a README table of the hosts.
 */
import { JAEGER_IMAGE_UID, JAEGER_METRICS_PORT, jaegerImage, jaegerV2Config } from '../upstream/jaeger.js';
import { PROMETHEUS_IMAGE, PROMETHEUS_IMAGE_UID, PROMETHEUS_WEB_FLAGS, retention } from '../upstream/prometheus.js';
import { externalUrlFlags, urlAt } from '../config/external-url.js';
import { renderTemplate } from './templates.js';
import { blockYaml, finish, headerText, htmlCommentText, markdownCell } from './text.js';
import { addSecrets, secretNames } from './compose.js';
import { alertmanagerDocument } from './alertmanager.js';
import { centralDashboardArtifacts } from './central-dashboards.js';
import { gitAttributes, keepsOwnAttributes } from './gitattributes.js';
import { grafanaComposeKeys, grafanaService, provisioningArtifacts } from './grafana.js';
import { GRAFANA_PORT } from '../upstream/grafana.js';
import { HOST_LABEL } from '../config/fleet-settings.js';
import { RUN_LABEL } from '../config/names.js';
import { ALERTMANAGER_FLAGS, ALERTMANAGER_IMAGE, ALERTMANAGER_IMAGE_UID } from '../upstream/alertmanager.js';
import { CENTRAL_JOBS } from '../model/central-alerts.js';
import { centralAlertArtifacts } from './central-alerts.js';
import { ALERT_RULES_FILE } from './alert-rules.js';
import type { CentralModel } from '../model/central.js';
import type { Artifact } from '../types.js';

/** Folders of the central store, relative to its storage folder. */
const PROMETHEUS_DATA = 'prometheus';
const JAEGER_DATA = 'jaeger';
const ALERTMANAGER_DATA = 'alertmanager';
/** Where the containers see them. */
const JAEGER_MOUNT = '/jaeger';

/** A bind mount that must exist (setup-storage.sh makes it): Docker would otherwise create it for root. */
function bind(storage: string, folder: string, target: string) {
  const source = storage.startsWith('/') ? `${storage}/${folder}` : `./${storage.replace(/^\.\//, '')}/${folder}`;
  return { type: 'bind', source, target, bind: { create_host_path: false } };
}

function config(file: string, target: string) {
  return { type: 'bind', source: `./${file}`, target, read_only: true };
}

export function renderCentral(m: CentralModel): Artifact[] {
  const { central: c } = m;
  const header = headerText(m);
  const jaeger = m.runs.has('jaeger');
  // Each service the central store runs, scraped by the central Prometheus over the compose network.
  const targets = { prometheus: `localhost:${c.port}`, alertmanager: `alertmanager:${c.alertmanager.port}`, jaeger: `jaeger:${JAEGER_METRICS_PORT}` };
  const scrape = [...m.runs].map((s) => ({ job_name: CENTRAL_JOBS[s], static_configs: [{ targets: [targets[s]] }] }));
  const prom: Record<string, unknown> = { global: { scrape_interval: '15s' } };
  // Its own alerts (on the series it scrapes itself), to its own Alertmanager when it runs one.
  if (m.alerts.length) prom.rule_files = [ALERT_RULES_FILE];
  if (m.alertmanager) prom.alerting = { alertmanagers: [{ static_configs: [{ targets: [targets.alertmanager] }] }] };
  prom.scrape_configs = scrape;
  const { storage, flags } = retention(m.prometheusVersion, c.retention, c.retentionSize);
  if (storage) prom.storage = storage;
  const command = ['--config.file=/etc/prometheus/prometheus.yml', '--storage.tsdb.path=/prometheus', `--web.listen-address=:${c.port}`, ...externalUrlFlags(urlAt(c.address, c.port), PROMETHEUS_WEB_FLAGS), '--web.enable-remote-write-receiver', ...flags];
  const published = (port: number, target = port) => ({ target, published: String(port), protocol: 'tcp' });
  // Every host must reach them: they listen on all interfaces, over plain HTTP and gRPC; keep them on the lab's network.
  const services: Record<string, unknown> = {
    prometheus: {
      image: PROMETHEUS_IMAGE(m.prometheusVersion),
      command,
      ports: [published(c.port)],
      volumes: [config('prometheus.yml', '/etc/prometheus/prometheus.yml'), ...(m.alerts.length ? [config(ALERT_RULES_FILE, `/etc/prometheus/${ALERT_RULES_FILE}`)] : []), bind(c.storage, PROMETHEUS_DATA, '/prometheus')],
      restart: 'unless-stopped',
    },
  };
  const artifacts: Artifact[] = [{ name: 'prometheus.yml', path: 'prometheus.yml', content: finish(`# ${header}\n${blockYaml(prom)}`), executable: false }];
  if (m.alerts.length) artifacts.push(...centralAlertArtifacts(m, targets));
  const folders = [{ path: PROMETHEUS_DATA, owner: `${PROMETHEUS_IMAGE_UID}:${PROMETHEUS_IMAGE_UID}` }];
  if (jaeger) {
    const j = c.jaeger;
    const settings = { version: m.jaegerVersion!, bind: '0.0.0.0', otlpGrpcPort: j.otlpGrpcPort, otlpHttpPort: j.otlpHttpPort, uiPort: j.uiPort, metricsPort: JAEGER_METRICS_PORT, dataDir: `${JAEGER_MOUNT}/badger`, ttl: j.retention };
    services.jaeger = {
      image: jaegerImage(m.jaegerVersion!).image,
      command: ['--config', '/etc/jaeger/jaeger.yaml'],
      ports: [published(j.otlpGrpcPort), published(j.otlpHttpPort), published(j.uiPort)],
      volumes: [config('jaeger.yaml', '/etc/jaeger/jaeger.yaml'), bind(c.storage, JAEGER_DATA, JAEGER_MOUNT)],
      restart: 'unless-stopped',
    };
    artifacts.push({ name: 'jaeger.yaml', path: 'jaeger.yaml', content: finish(`# ${header}\n# For Jaeger ${m.jaegerVersion}: the fleet's traces, kept ${j.retention}.\n${blockYaml(jaegerV2Config(settings))}`), executable: false });
    folders.push(...['', '/badger', '/badger/key', '/badger/value'].map((sub) => ({ path: `${JAEGER_DATA}${sub}`, owner: `${JAEGER_IMAGE_UID}:${JAEGER_IMAGE_UID}` })));
  }
  if (m.alertmanager) {
    const am = m.alertmanager;
    services.alertmanager = {
      image: ALERTMANAGER_IMAGE(am.version),
      command: [`${ALERTMANAGER_FLAGS.config}=/etc/alertmanager/alertmanager.yml`, `${ALERTMANAGER_FLAGS.storage}=/alertmanager`, `${ALERTMANAGER_FLAGS.listen}=:${c.alertmanager.port}`, `${ALERTMANAGER_FLAGS.cluster}=`, ...externalUrlFlags(urlAt(c.address, c.alertmanager.port), ALERTMANAGER_FLAGS)],
      ports: [published(c.alertmanager.port)],
      volumes: [config('alertmanager.yml', '/etc/alertmanager/alertmanager.yml'), bind(c.storage, ALERTMANAGER_DATA, '/alertmanager')],
      ...(Object.keys(am.secrets).length ? { secrets: secretNames(am.secrets) } : {}),
      restart: 'unless-stopped',
    };
    const doc = alertmanagerDocument(am.settings, [HOST_LABEL, RUN_LABEL], am.alerts);
    artifacts.push({ name: 'alertmanager.yml', path: 'alertmanager.yml', content: finish(`# ${header}\n# For Alertmanager ${am.version}: every host's alerts, grouped by alert, host and run.\n${blockYaml(doc)}`), executable: false });
    folders.push({ path: ALERTMANAGER_DATA, owner: `${ALERTMANAGER_IMAGE_UID}:${ALERTMANAGER_IMAGE_UID}` });
  }
  // The hosts' dashboards, over the central Prometheus, where `host` and `container_run` tell hosts and runs apart.
  artifacts.push(...centralDashboardArtifacts(m.dashboards));
  const compose: Record<string, unknown> = { name: 'obscompile-central', services };
  if (m.grafana) {
    const sources = { prometheusUrl: `http://prometheus:${c.port}`, prometheusVersion: m.prometheusVersion, scrapeInterval: m.grafana.scrapeInterval, ...(jaeger ? { jaegerUrl: `http://jaeger:${c.jaeger.uiPort}` } : {}) };
    artifacts.push(...provisioningArtifacts(m, sources));
    services.grafana = grafanaService({ version: m.grafana.version, anonymous: c.grafana.anonymous, ports: [published(c.grafana.port, GRAFANA_PORT)] }, m.dashboards);
    Object.assign(compose, grafanaComposeKeys(m.grafana.adminPasswordFile));
  }
  // The receivers' secrets beside Grafana's: files relative to this folder, mounted at /run/secrets/NAME.
  addSecrets(compose, m.alertmanager?.secrets ?? {});
  artifacts.push({ name: 'docker-compose.yml', path: 'docker-compose.yml', content: finish(`# ${header}\n${blockYaml(compose)}`), executable: false });
  const script = renderTemplate('central-setup-storage.sh', { header, storage: c.storage, folders, prometheusUid: PROMETHEUS_IMAGE_UID, jaegerUid: JAEGER_IMAGE_UID });
  artifacts.push({ name: 'setup-storage.sh', path: 'setup-storage.sh', content: finish(script), executable: true });
  artifacts.push({ name: 'README.md', path: 'README.md', content: finish(readme(m, header, jaeger)), executable: false });
  if (keepsOwnAttributes(m.sourceName)) artifacts.push(gitAttributes(m, artifacts.map((a) => a.path)));
  return artifacts;
}

function readme(m: CentralModel, header: string, jaeger: boolean): string {
  const { central: c } = m;
  const traces = jaeger ? `Jaeger ${m.jaegerVersion} receives their traces over OTLP (gRPC ${c.jaeger.otlpGrpcPort}, HTTP ${c.jaeger.otlpHttpPort}), keeps them ${c.jaeger.retention} and serves its UI on port ${c.jaeger.uiPort}.` : 'No host forwards traces, so no central Jaeger is generated.';
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  const rows = m.hosts.map((h) => `| ${markdownCell(h.name)} | ${markdownCell(h.bundle)} | ${yes(h.traces)} | ${yes(h.alerts)} |`);
  const alerts = m.alertmanager ? ` Alertmanager ${m.alertmanager.version} on port ${c.alertmanager.port} receives their alerts and routes them as alertmanager.yml says.` : '';
  const own = m.alerts.length ? ` Its own alert rules (alert-rules.yml, tested by \`promtool test rules alert-rules.test.yml\`) watch the central services themselves, on the series they expose (not the hosts', which alert for themselves)${m.alertmanager ? ', and go to this Alertmanager' : ''}.` : '';
  const grafana = m.grafana ? ` Grafana ${m.grafana.version} on port ${c.grafana.port} shows the dashboard-*.json files over this Prometheus; pick a host and a run with its variables.` : ` The dashboard-*.json files show this Prometheus in any Grafana whose Prometheus data source has the uid \`obscompile-prometheus\`.`;
  return [
    `<!-- ${htmlCommentText(header)} -->`,
    '# Central store',
    '',
    `Prometheus ${m.prometheusVersion} with its remote-write receiver on port ${c.port}, keeping ${c.retention}${c.retentionSize ? ` and at most ${c.retentionSize}` : ''}. ${traces}${alerts}${own}${m.dashboards.length ? grafana : ''}`,
    `Data lives in \`${markdownCell(c.storage)}\`: run \`sudo ./setup-storage.sh\` once, then \`docker compose up -d\`.`,
    'Hosts reach these ports over plain HTTP and gRPC: keep them on the lab network.',
    '',
    '| Host | Bundle | Traces | Alerts |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}
