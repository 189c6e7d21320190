/** devcontainer.json: the VS Code / devcontainer CLI entry to the compose service, as JSONC. */
import { finish, headerText } from './text.js';
import { composeServiceNames } from './compose.js';
import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';

/** The YAML extension gives schema-aware editing of observability.config.yaml. */
export const YAML_EXTENSION = 'redhat.vscode-yaml';

/** Forwards the published ports with labels, keeps the entrypoint, associates the config schema. */
export function renderDevcontainer(model: Model): Artifact {
  const { devcontainer: d, container: c } = model.config;
  // Only what listens in the dev container: a cAdvisor hostPort is published by its own service, not forwarded from here.
  const forwarded = model.ports.filter((p) => p.published && p.inDevContainer);
  // Every service of the compose file: `runServices` lists the services that are started and stopped
  // (devContainer.base.schema.json of devcontainers/spec, the copy in test's official schemas); Grafana was missing.
  const services = composeServiceNames(model.config);
  const doc = {
    name: d.name,
    dockerComposeFile: ['docker-compose.yml'],
    service: c.service,
    runServices: services,
    workspaceFolder: d.workspaceFolder,
    overrideCommand: false,
    shutdownAction: 'stopCompose',
    ...(d.initializeStorage ? { initializeCommand: ['bash', `\${localWorkspaceFolder}/${model.inWorkspace.outDir}/setup-storage.sh`] } : {}),
    forwardPorts: forwarded.map((p) => p.port),
    portsAttributes: Object.fromEntries(forwarded.map((p) => [String(p.port), { label: p.label, onAutoForward: 'silent' }])),
    customizations: {
      vscode: {
        extensions: [...new Set([YAML_EXTENSION, ...d.extensions])].sort(),
        settings: { 'yaml.schemas': { [model.inWorkspace.schema]: ['observability.config.yaml', 'observability.config.yml'] } },
      },
    },
  };
  const content = `// ${headerText(model)}\n// overrideCommand is false so the compose entrypoint (init-run.sh) and command run unchanged.\n${JSON.stringify(doc, null, 2)}`;
  return { name: 'devcontainer.json', path: 'devcontainer.json', content: finish(content), executable: false };
}
