/**
 * Grafana's provisioning (administration/provisioning/index.md @ v13.2.0) and its Compose service, for the dev
 * container's stack and a fleet's central store alike: the data sources (Prometheus and, with Jaeger, its query
 * service, each with the fixed uid every panel names), a file provider for the dashboards, and a `grafana` service
 * that mounts them read-only, with the admin password a Compose secret and its database in a named volume.
 */
import { GRAFANA_DATA, GRAFANA_ENV, GRAFANA_HEALTH_PATH, GRAFANA_IMAGE, GRAFANA_PORT, GRAFANA_PROVISIONING } from '../upstream/grafana.js';
import { JAEGER_DATASOURCE, PROMETHEUS_DATASOURCE, dashboardFile } from './dashboards.js';
import { blockYaml, finish, headerText } from './text.js';
import type { ModelDashboard } from '../model/dashboards.js';
import type { Model, Provenance } from '../model/model.js';
import type { Artifact } from '../types.js';
import { GRAFANA_SECRET } from '../config/names.js';

/** Where the dashboards are mounted in the Grafana container, and the provisioning files with their targets. */
export const GRAFANA_DASHBOARDS_DIR = '/etc/grafana/dashboards/obscompile';
export const GRAFANA_FILES = {
  datasources: { file: 'grafana-datasources.yml', target: `${GRAFANA_PROVISIONING}/datasources/obscompile.yml` },
  dashboards: { file: 'grafana-dashboards.yml', target: `${GRAFANA_PROVISIONING}/dashboards/obscompile.yml` },
} as const;
/** The Compose secret of the admin password, and the named volume of Grafana's database. */
export const GRAFANA_VOLUME = 'grafana-data';

/** What Grafana reads: Prometheus (with its scrape interval, which `$__rate_interval` is computed from) and Jaeger. */
export interface GrafanaSources {
  prometheusUrl: string;
  prometheusVersion: string;
  scrapeInterval: string;
  jaegerUrl?: string;
}

export function datasourcesDocument(s: GrafanaSources): Record<string, unknown> {
  const datasources: Record<string, unknown>[] = [
    { name: 'Prometheus (obscompile)', type: PROMETHEUS_DATASOURCE.type, uid: PROMETHEUS_DATASOURCE.uid, access: 'proxy', url: s.prometheusUrl, isDefault: true, editable: false, jsonData: { httpMethod: 'POST', timeInterval: s.scrapeInterval, prometheusType: 'Prometheus', prometheusVersion: s.prometheusVersion } },
  ];
  if (s.jaegerUrl) datasources.push({ name: 'Jaeger (obscompile)', type: JAEGER_DATASOURCE.type, uid: JAEGER_DATASOURCE.uid, access: 'proxy', url: s.jaegerUrl, editable: false });
  return { apiVersion: 1, datasources };
}

export const providersDocument = () => ({ apiVersion: 1, providers: [{ name: 'obscompile', orgId: 1, folder: 'obscompile', type: 'file', disableDeletion: true, allowUiUpdates: false, updateIntervalSeconds: 30, options: { path: GRAFANA_DASHBOARDS_DIR } }] });

/** The two provisioning files, headed by where they come from. */
export function provisioningArtifacts(from: Provenance, sources: GrafanaSources): Artifact[] {
  const header = `# ${headerText(from)}\n`;
  return [
    { name: 'grafana-datasources.yml', path: GRAFANA_FILES.datasources.file, content: finish(header + blockYaml(datasourcesDocument(sources))), executable: false },
    { name: 'grafana-dashboards.yml', path: GRAFANA_FILES.dashboards.file, content: finish(header + blockYaml(providersDocument())), executable: false },
  ];
}

/** The `grafana` Compose service: `ports` published as the caller's stack publishes them. */
export function grafanaService(g: { version: string; anonymous: boolean; ports: unknown[] }, dashboards: readonly ModelDashboard[]): Record<string, unknown> {
  const environment: Record<string, string> = { [GRAFANA_ENV.adminPasswordFile]: `/run/secrets/${GRAFANA_SECRET}`, [GRAFANA_ENV.allowSignUp]: 'false', [GRAFANA_ENV.anonymous]: String(g.anonymous) };
  if (g.anonymous) environment[GRAFANA_ENV.anonymousRole] = 'Viewer';
  const mounts = [...Object.values(GRAFANA_FILES).map((f) => `./${f.file}:${f.target}:ro`), ...dashboards.map((d) => `./${dashboardFile(d.uid)}:${GRAFANA_DASHBOARDS_DIR}/${dashboardFile(d.uid)}:ro`)];
  return {
    image: GRAFANA_IMAGE(g.version),
    environment,
    secrets: [GRAFANA_SECRET],
    ports: g.ports,
    volumes: [...mounts, `${GRAFANA_VOLUME}:${GRAFANA_DATA}`],
    healthcheck: { test: ['CMD', 'curl', '-fsS', `http://localhost:${GRAFANA_PORT}${GRAFANA_HEALTH_PATH}`], interval: '30s', timeout: '5s', retries: 3 },
    restart: 'unless-stopped',
  };
}

/** The top-level Compose keys the service needs: its secret (a file relative to the compose file) and its volume. */
export const grafanaComposeKeys = (passwordFile: string) => ({ secrets: { [GRAFANA_SECRET]: { file: passwordFile } }, volumes: { [GRAFANA_VOLUME]: {} } });

/** The dev container's stack: Grafana reaches Prometheus and Jaeger by the dev container's service name. */
const stackSources = (model: Model): GrafanaSources => {
  const { container, prometheus: p, jaeger: j, versions } = model.config;
  return { prometheusUrl: `http://${container.service}:${p.port}`, prometheusVersion: versions.prometheus, scrapeInterval: p.scrapeInterval, ...(j.enabled ? { jaegerUrl: `http://${container.service}:${j.uiPort}` } : {}) };
};

export const renderGrafanaDatasources = (model: Model): Artifact => provisioningArtifacts(model, stackSources(model))[0]!;
export const renderGrafanaDashboards = (model: Model): Artifact => provisioningArtifacts(model, stackSources(model))[1]!;
