/** docker-compose.yml: the dev container service and, when enabled, cAdvisor (seed 000 "Components", seed 004). */
import { CADVISOR_CAPABILITIES, cadvisorLabelFlags, CADVISOR_CONTAINERD_SOCKET, CADVISOR_DEFAULT_DOCKER_SOCKET, CADVISOR_DEVICES, CADVISOR_HEALTH_PATH, CADVISOR_MOUNTS } from '../upstream/cadvisor.js';
import { CADVISOR_LABELS, dockerLabels } from '../model/container-labels.js';
import { GRAFANA_PORT } from '../upstream/grafana.js';
import { goDuration } from '../config/duration.js';
import { STORAGE_ROOT_VARIABLE } from '../config/names.js';
import { grafanaComposeKeys, grafanaService } from './grafana.js';
import { blockYaml, dollarLiteral, finish, headerText, sortedEntries } from './text.js';
import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';

/** Internal network shared by the dev container and cAdvisor: no route out (seed 004, "Network: Internal only"). */
export const TELEMETRY_NETWORK = 'telemetry';

/** How long `docker stop` waits for the dev container's init-run.sh to stop its daemons before it kills them. */
export const DEV_STOP_GRACE = '30s';

/** A published port in Compose's long syntax, bound to the configured host address only (loopback by default). */
function publish(model: Model, hostPort: number, containerPort: number): Record<string, unknown> {
  return { target: containerPort, published: String(hostPort), host_ip: model.config.network.publishAddress, protocol: 'tcp' };
}

function devService(model: Model): Record<string, unknown> {
  const c = model.config.container;
  const { storage, devcontainer } = model.config;
  const env: Record<string, string> = { OBS_TELEMETRY_ROOT: storage.telemetryRoot };
  for (const p of storage.profiles) if (p.env) env[p.env] = `${model.paths.profilesDir}/${p.dir}`;
  for (const [k, v] of sortedEntries(c.environment)) env[k] = dollarLiteral(v); // Compose interpolates ${…} in every value
  // Bundled daemons: compose builds the generated Dockerfile and tags the result; otherwise it runs the base image as is.
  const image = model.config.container.bundleDaemons
    ? { build: { context: '.', dockerfile: 'Dockerfile' }, image: model.images.built }
    : { image: model.images.base };
  const service: Record<string, unknown> = {
    ...image,
    container_name: c.service,
    entrypoint: [`${model.containerOutDir}/init-run.sh`],
    command: c.command.map(dollarLiteral), // Compose interpolates ${…} here too; init-run.sh receives the literal text
  };
  // Docker labels that tell the container apart in cAdvisor's series (seed 004, criterion 5; container-labels.ts).
  service.labels = Object.fromEntries(sortedEntries(dockerLabels(model.config)));
  if (c.capabilities.length) service.cap_add = [...c.capabilities];
  service.ipc = c.ipc;
  service.shm_size = c.shmSize;
  // init-run.sh stops the daemons on SIGTERM and waits for them; Compose's default grace before SIGKILL is 10 s
  // (compose-spec 05-services.md, stop_grace_period), short for a Prometheus flushing remote write.
  service.stop_grace_period = DEV_STOP_GRACE;
  if (c.gpus !== 'none') {
    service.deploy = { resources: { reservations: { devices: [{ driver: 'nvidia', count: c.gpus, capabilities: ['gpu'] }] } } };
  }
  service.environment = env;
  const published = model.ports.filter((p) => p.published && p.inDevContainer);
  if (published.length) service.ports = published.map((p) => publish(model, p.port, p.port));
  // The storage root where setup-storage.sh made it: OBS_STORAGE_ROOT when set in the environment of both (an
  // absolute path, which setup-storage.sh insists on), storage.hostRoot otherwise (compose-spec interpolation.md,
  // `${VAR:-default}`). A host path has no `$` of its own (the schema's hostPath pattern).
  const storageRoot = `\${${STORAGE_ROOT_VARIABLE}:-${model.rel.storageRoot}}`;
  service.volumes = [
    `${model.rel.workspaceRoot}:${devcontainer.workspaceFolder}`,
    `.:${model.containerOutDir}:ro`,
    `${storageRoot}:${storage.telemetryRoot}`,
    ...storage.durable.map((d) => `${storageRoot}/${d.dir}:${d.containerPath}`),
  ];
  if (Object.keys(model.rel.secrets).length) service.secrets = secretNames(model.rel.secrets);
  if (model.config.exporters.cadvisor.enabled) service.networks = ['default', TELEMETRY_NETWORK];
  return service;
}

function cadvisorService(model: Model): Record<string, unknown> {
  const a = model.config.exporters.cadvisor;
  const command = [
    `--port=${a.port}`,
    '--docker_only=true',
    `--housekeeping_interval=${goDuration(a.scrapeInterval)}`,
    `--containerd=${CADVISOR_CONTAINERD_SOCKET}`,
    // Only the allow-listed Docker labels become container_label_* (every label of every container otherwise).
    ...cadvisorLabelFlags(CADVISOR_LABELS),
  ];
  const volumes: string[] = [...CADVISOR_MOUNTS];
  if (a.dockerSocket !== CADVISOR_DEFAULT_DOCKER_SOCKET) {
    command.push(`--docker=unix://${a.dockerSocket}`);
    if (!/^\/(var\/)?run\//.test(a.dockerSocket)) volumes.push(`${a.dockerSocket}:${a.dockerSocket}:ro`);
  }
  const service: Record<string, unknown> = {
    image: model.images.cadvisor,
    command,
    volumes,
    devices: [...CADVISOR_DEVICES],
    cap_add: [...CADVISOR_CAPABILITIES],
    expose: [String(a.port)],
    healthcheck: {
      test: ['CMD', 'wget', '--quiet', '--tries=1', '--spider', `http://localhost:${a.port}${CADVISOR_HEALTH_PATH}`],
      interval: goDuration(a.healthcheck.interval),
      timeout: goDuration(a.healthcheck.timeout),
      retries: a.healthcheck.retries,
    },
    restart: 'unless-stopped',
  };
  // An internal network cannot publish ports, so a published cAdvisor also joins the default network.
  if (a.hostPort != null) {
    service.ports = [publish(model, a.hostPort, a.port)];
    service.networks = ['default', TELEMETRY_NETWORK];
  } else {
    service.networks = [TELEMETRY_NETWORK];
  }
  return service;
}

/** The names of secrets a service is granted: Compose mounts each at /run/secrets/NAME (docs.docker.com, compose how-tos "use-secrets"). */
export const secretNames = (files: Readonly<Record<string, string>>): string[] => sortedEntries(files).map(([name]) => name);

/** Adds secrets (name to host file, relative to the compose file) to a compose document's top-level `secrets`, before any it has. */
export function addSecrets(doc: Record<string, unknown>, files: Readonly<Record<string, string>>): void {
  if (!Object.keys(files).length) return;
  doc.secrets = { ...Object.fromEntries(sortedEntries(files).map(([name, file]) => [name, { file }])), ...(doc.secrets as Record<string, unknown> | undefined) };
}

/** The compose file's services by name, in its order: devcontainer.json starts exactly these (`runServices`). */
export const composeServiceNames = (config: Model['config']): string[] => [config.container.service, ...(config.exporters.cadvisor.enabled ? ['cadvisor'] : []), ...(config.grafana.enabled ? ['grafana'] : [])];

/** The compose file: services built as data, serialised once. */
export function renderCompose(model: Model): Artifact {
  const services: Record<string, unknown> = { [model.config.container.service]: devService(model) };
  const doc: Record<string, unknown> = { name: model.config.project.name.toLowerCase().replace(/[^a-z0-9_-]/g, '-'), services };
  if (model.config.exporters.cadvisor.enabled) {
    services.cadvisor = cadvisorService(model);
    doc.networks = { [TELEMETRY_NETWORK]: { internal: true } };
  }
  const g = model.config.grafana;
  if (g.enabled) {
    services.grafana = grafanaService({ version: model.config.versions.grafana, anonymous: g.anonymous, ports: [publish(model, g.port, GRAFANA_PORT)] }, model.dashboards?.dashboards ?? []);
    Object.assign(doc, grafanaComposeKeys(model.rel.grafanaAdminPassword!));
  }
  addSecrets(doc, model.rel.secrets);
  const content = `# ${headerText(model)}\n${blockYaml(doc)}`;
  return { name: 'docker-compose.yml', path: 'docker-compose.yml', content: finish(content), executable: false };
}
