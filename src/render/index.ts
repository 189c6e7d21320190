/** Stage 6: one pure renderer per artifact, and the rule for which artifacts a model produces. */
import { renderAlertRules, renderAlertTests } from './alert-rules.js';
import { renderAlertmanager } from './alertmanager.js';
import { renderDashboards } from './dashboards.js';
import { renderGrafanaDashboards, renderGrafanaDatasources } from './grafana.js';
import { renderCatalog } from './catalog.js';
import { renderCompose } from './compose.js';
import { renderSchemaCopy } from './schema-copy.js';
import { gitAttributes, keepsOwnAttributes } from './gitattributes.js';
import { renderDcgmCollectors } from './dcgm-collectors.js';
import { renderDevcontainer } from './devcontainer.js';
import { renderDockerfile } from './dockerfile.js';
import { renderJaegerConfig } from './jaeger.js';
import { renderPrometheus } from './prometheus.js';
import { renderInitRun, renderLaunchModel, renderSetupStorage } from './scripts.js';
import type { Model } from '../model/model.js';
import type { Artifact, ArtifactName } from '../types.js';

export interface Renderer {
  /** One artifact, or several of one kind (a dashboard per file). */
  render(model: Model): Artifact | Artifact[];
  /** False when the component behind the artifact is disabled: the artifact is not produced at all. */
  enabled(model: Model): boolean;
}

const always = () => true;

/** Every artifact obscompile can produce, in output order. */
export const RENDERERS: Readonly<Record<Exclude<ArtifactName, '.gitattributes'>, Renderer>> = {
  'init-run.sh': { render: renderInitRun, enabled: always },
  'setup-storage.sh': { render: renderSetupStorage, enabled: always },
  'launch-model.sh': { render: renderLaunchModel, enabled: (m) => m.config.modelServer.enabled },
  Dockerfile: { render: renderDockerfile, enabled: (m) => m.config.container.bundleDaemons },
  'docker-compose.yml': { render: renderCompose, enabled: always },
  'prometheus.yml': { render: renderPrometheus, enabled: (m) => m.config.prometheus.enabled },
  'jaeger.yaml': { render: renderJaegerConfig, enabled: (m) => m.jaegerConfig !== undefined },
  'dcgm-collectors.csv': { render: renderDcgmCollectors, enabled: (m) => m.config.exporters.dcgmExporter.enabled },
  'devcontainer.json': { render: renderDevcontainer, enabled: always },
  'metrics_catalog.md': { render: renderCatalog, enabled: (m) => m.config.prometheus.enabled },
  'alert-rules.yml': { render: renderAlertRules, enabled: (m) => m.alerts !== undefined },
  'alert-rules.test.yml': { render: renderAlertTests, enabled: (m) => m.alerts !== undefined },
  'alertmanager.yml': { render: renderAlertmanager, enabled: (m) => m.config.alertmanager.enabled },
  'grafana-dashboard': { render: renderDashboards, enabled: (m) => m.dashboards !== undefined },
  'grafana-datasources.yml': { render: renderGrafanaDatasources, enabled: (m) => m.config.grafana.enabled && m.config.prometheus.enabled },
  'grafana-dashboards.yml': { render: renderGrafanaDashboards, enabled: (m) => m.config.grafana.enabled && m.dashboards !== undefined },
  'observability.schema.json': { render: renderSchemaCopy, enabled: always },
};

/** Names of all artifacts, for `--stdout` and docs. */
export const ARTIFACT_NAMES = Object.keys(RENDERERS) as (keyof typeof RENDERERS)[];

/** Renders every enabled artifact in memory, then the .gitattributes that names them (./gitattributes.ts). */
export function render(model: Model): Artifact[] {
  const artifacts = ARTIFACT_NAMES.filter((name) => RENDERERS[name].enabled(model)).flatMap((name) => RENDERERS[name].render(model));
  if (keepsOwnAttributes(model.sourceName)) artifacts.push(gitAttributes(model, artifacts.map((a) => a.path)));
  return artifacts;
}
