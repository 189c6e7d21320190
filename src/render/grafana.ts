/**
 * Grafana's provisioning (administration/provisioning/index.md @ v13.2.0): the data sources (this stack's Prometheus
 * and, with Jaeger, its query service, each with the fixed uid every panel names) and a file provider for the
 * dashboards, both mounted read-only into the `grafana` service of docker-compose.yml. Grafana reaches the dev
 * container by its Compose service name.
 */
import { GRAFANA_PROVISIONING } from '../upstream/grafana.js';
import { JAEGER_DATASOURCE, PROMETHEUS_DATASOURCE, dashboardFile } from './dashboards.js';
import { blockYaml, finish, headerText } from './text.js';
import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';

/** Where the dashboards are mounted in the Grafana container, and the provisioning files with their targets. */
export const GRAFANA_DASHBOARDS_DIR = '/etc/grafana/dashboards/obscompile';
export const GRAFANA_FILES = {
  datasources: { file: 'grafana-datasources.yml', target: `${GRAFANA_PROVISIONING}/datasources/obscompile.yml` },
  dashboards: { file: 'grafana-dashboards.yml', target: `${GRAFANA_PROVISIONING}/dashboards/obscompile.yml` },
} as const;

/** The compose volumes of the provisioning files and the dashboards, read-only. */
export function grafanaMounts(model: Model): string[] {
  return [
    ...Object.values(GRAFANA_FILES).map((f) => `./${f.file}:${f.target}:ro`),
    ...(model.dashboards?.dashboards ?? []).map((d) => `./${dashboardFile(d.uid)}:${GRAFANA_DASHBOARDS_DIR}/${dashboardFile(d.uid)}:ro`),
  ];
}

export function renderGrafanaDatasources(model: Model): Artifact {
  const { container, prometheus: p, jaeger: j, versions } = model.config;
  const datasources: Record<string, unknown>[] = [
    {
      name: 'Prometheus (obscompile)',
      type: PROMETHEUS_DATASOURCE.type,
      uid: PROMETHEUS_DATASOURCE.uid,
      access: 'proxy',
      url: `http://${container.service}:${p.port}`,
      isDefault: true,
      editable: false,
      // The scrape interval is what $__rate_interval is computed from.
      jsonData: { httpMethod: 'POST', timeInterval: p.scrapeInterval, prometheusType: 'Prometheus', prometheusVersion: versions.prometheus },
    },
  ];
  if (j.enabled) datasources.push({ name: 'Jaeger (obscompile)', type: JAEGER_DATASOURCE.type, uid: JAEGER_DATASOURCE.uid, access: 'proxy', url: `http://${container.service}:${j.uiPort}`, editable: false });
  const content = `# ${headerText(model.sourceName)}\n${blockYaml({ apiVersion: 1, datasources })}`;
  return { name: 'grafana-datasources.yml', path: GRAFANA_FILES.datasources.file, content: finish(content), executable: false };
}

export function renderGrafanaDashboards(model: Model): Artifact {
  const providers = [{ name: 'obscompile', orgId: 1, folder: 'obscompile', type: 'file', disableDeletion: true, allowUiUpdates: false, updateIntervalSeconds: 30, options: { path: GRAFANA_DASHBOARDS_DIR } }];
  const content = `# ${headerText(model.sourceName)}\n${blockYaml({ apiVersion: 1, providers })}`;
  return { name: 'grafana-dashboards.yml', path: GRAFANA_FILES.dashboards.file, content: finish(content), executable: false };
}
