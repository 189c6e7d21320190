/** The model's images: the dev container's base, cAdvisor's, and the upstream images whose binaries the Dockerfile bundles. */
import { ALERTMANAGER_BINARIES, ALERTMANAGER_IMAGE } from '../upstream/alertmanager.js';
import { CADVISOR_FIRST_GHCR, CADVISOR_IMAGE, CADVISOR_LEGACY_IMAGE } from '../upstream/cadvisor.js';
import { DCGM_EXPORTER_BINARY, GO_IMAGE, GO_ROOT, dcgmExporterBuild } from '../upstream/dcgm.js';
import { jaegerImage } from '../upstream/jaeger.js';
import { NODE_EXPORTER_BINARY, NODE_EXPORTER_IMAGE, PROMETHEUS_BINARIES, PROMETHEUS_IMAGE } from '../upstream/prometheus.js';
import { sglangImage } from '../upstream/sglang.js';
import { vllmImage } from '../upstream/vllm.js';
import { engineOf, engineVersion } from '../config/engine.js';
import { versionAtLeast } from '../upstream/version.js';
import type { ValidConfig } from '../types.js';

export interface Images {
  /** The model server's runtime image (SGLang's or vLLM's) the dev container builds on (or runs, when daemons are not bundled). */
  base: string;
  /** The name compose gives the image it builds from the generated Dockerfile. */
  built: string;
  /** The cAdvisor service's image. */
  cadvisor: string;
}

/** A stage of the Dockerfile the image copies binaries out of: an upstream image, or a build on the base image. */
export interface BundledStage {
  stage: string;
  image: string;
  /** Built in the stage from source: what it copies in from earlier stages, installs with apt, then runs. */
  build?: { copy: { stage: string; path: string }[]; packages: string[]; commands: string[] };
  /** Absolute paths in that stage, and the name each gets in /usr/local/bin (none for a stage others copy from). */
  files: { from: string; as: string }[];
}

const basename = (file: string) => file.slice(file.lastIndexOf('/') + 1);
const sameName = (...files: string[]) => files.map((from) => ({ from, as: basename(from) }));

/**
 * `<service>-observability:<model server version>` as a valid image reference: a repository name is lower case, its parts
 * joined by single separators (distribution/reference's grammar), so `MyApp..x` becomes `myapp-x`.
 */
function builtImage(config: ValidConfig): string {
  const name = `${config.container.service}-observability`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `${name}:${engineVersion(config)}`;
}

/** The configured images, or the upstream ones for the configured versions. */
export function images(config: ValidConfig): Images {
  const v = config.versions;
  const cadvisor = versionAtLeast(v.cadvisor, CADVISOR_FIRST_GHCR) ? `${CADVISOR_IMAGE}:${v.cadvisor}` : `${CADVISOR_LEGACY_IMAGE}:v${v.cadvisor}`;
  const server = engineOf(config) === 'vllm' ? vllmImage(v.vllm) : sglangImage(v.sglang);
  return { base: config.container.image ?? server, built: builtImage(config), cadvisor: config.exporters.cadvisor.image ?? cadvisor };
}

/** One stage per enabled daemon whose binary the image needs, in init-run.sh's start order. */
export function bundledStages(config: ValidConfig): BundledStage[] {
  if (!config.container.bundleDaemons) return [];
  const v = config.versions;
  const { prometheus: p, jaeger: j, exporters: e } = config;
  const jaeger = jaegerImage(v.jaeger);
  const stages: (BundledStage | false)[] = [
    config.alertmanager.enabled && { stage: 'alertmanager', image: ALERTMANAGER_IMAGE(v.alertmanager), files: sameName(...ALERTMANAGER_BINARIES) },
    p.enabled && { stage: 'prometheus', image: PROMETHEUS_IMAGE(v.prometheus), files: sameName(...PROMETHEUS_BINARIES) },
    j.enabled && { stage: 'jaeger', image: jaeger.image, files: [{ from: jaeger.binary, as: jaeger.name }] },
    e.nodeExporter.enabled && { stage: 'node-exporter', image: NODE_EXPORTER_IMAGE(v.nodeExporter), files: sameName(NODE_EXPORTER_BINARY) },
    // Built on the base image itself, so the cgo binary links against the C library it runs with (src/upstream/dcgm.ts).
    e.dcgmExporter.enabled && { stage: 'go', image: GO_IMAGE, files: [] },
    e.dcgmExporter.enabled && { stage: 'dcgm-exporter', image: images(config).base, build: { copy: [{ stage: 'go', path: GO_ROOT }], ...dcgmExporterBuild(v.dcgmExporter) }, files: sameName(DCGM_EXPORTER_BINARY) },
  ];
  return stages.filter((s): s is BundledStage => s !== false);
}
