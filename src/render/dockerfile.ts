/**
 * Dockerfile: the dev container image, the SGLang base plus the telemetry daemons at the configured versions
 * (seed 000: "the devcontainer image bundles Prometheus, Jaeger all-in-one, node_exporter, and dcgm-exporter alongside
 * the SGLang runtime"). The static Go binaries are copied from the upstream images, pinned by tag; dcgm-exporter (cgo) is
 * built from its release tag on the base image; DCGM comes from NVIDIA's apt repository at the exporter's DCGM version.
 */
import { DCGM_EXPORTER_SMOKE_TEST, DCGM_PACKAGES, dcgmAptVersion, splitDcgmTag } from '../upstream/dcgm.js';
import { finish, headerText } from './text.js';
import type { BundledStage } from '../model/images.js';
import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';

/** Where the copied binaries go: on PATH in every base image, and apart from what the base installs itself. */
const BIN = '/usr/local/bin/';

/** Continuation-line RUN script: one command per line, so shellcheck and diffs read it line by line. */
const run = (commands: readonly string[]) => `RUN ${commands.join(' \\\n && ')}`;

/** A stage that builds a daemon from source on the base image (dcgm-exporter: cgo, linked against the base's C library). */
function buildStage(stage: BundledStage): string[] {
  const build = stage.build!;
  return [
    '',
    `# ${stage.stage} is built from its release tag on the base image itself, so it links against the C library it runs with.`,
    `FROM ${stage.image} AS ${stage.stage}`,
    'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    ...build.copy.map((c) => `COPY --from=${c.stage} ${c.path} ${c.path}`),
    run(['apt-get update', `apt-get install -y --no-install-recommends ${build.packages.join(' ')}`, 'rm -rf /var/lib/apt/lists/*', ...build.commands]),
  ];
}

/** The image: one stage per upstream image and build, then the base with DCGM first (slowest, changes least) and the binaries after. */
export function renderDockerfile(model: Model): Artifact {
  const { images, bundled } = model;
  const lines = [`# ${headerText(model)}`, '# Telemetry binaries come from the official images at the pinned tags or are built from pinned release tags; DCGM from NVIDIA\'s apt repository.'];
  for (const stage of bundled) if (!stage.build) lines.push(`FROM ${stage.image} AS ${stage.stage}`);
  for (const stage of bundled) if (stage.build) lines.push(...buildStage(stage));
  lines.push('', `FROM ${images.base}`, 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]');
  const dcgm = bundled.some((s) => s.stage === 'dcgm-exporter');
  if (dcgm) {
    const version = dcgmAptVersion(splitDcgmTag(model.config.versions.dcgmExporter).dcgm);
    lines.push(
      '# nv-hostengine and libdcgm (-core), profiling libraries (-proprietary); setcap (libcap2-bin) for init-run.sh.',
      run(['apt-get update', `apt-get install -y --no-install-recommends ${DCGM_PACKAGES.map((p) => `${p}=${version}`).join(' ')} libcap2-bin`, 'rm -rf /var/lib/apt/lists/*']),
    );
  }
  for (const stage of bundled.filter((s) => s.files.length > 0)) lines.push(`COPY --from=${stage.stage} ${stage.files.map((f) => f.from).join(' ')} ${stage.files.length > 1 ? BIN : `${BIN}${stage.files[0]!.as}`}`);
  if (dcgm) lines.push(`# The exporter runs in this image: fail the build here, not at container start, if it cannot.`, `RUN ${DCGM_EXPORTER_SMOKE_TEST}`);
  lines.push(`# Generated scripts and configs are mounted at ${model.containerOutDir} by docker-compose.yml.`);
  return { name: 'Dockerfile', path: 'Dockerfile', content: finish(lines.join('\n')), executable: false };
}
