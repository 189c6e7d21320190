/**
 * dcgm-exporter and DCGM facts. Code read in NVIDIA/dcgm-exporter at tag 4.5.3-4.8.2 (commit 691c9276), at commit
 * d5e5f510 (the `hostname` rename) and at commit 7ad58324 (hack/versions.env DCGM 4.6.0, exporter 4.8.3: the commit the
 * release PR #711 "release 4.6.0-4.8.3" links to), and in
 * NVIDIA/DCGM at tag v4.5.3 (hostengine/src/HostEngineCommandLine.cpp; unchanged at v4.6.0). Facts only; the wording is ours.
 */
import { versionAtLeast } from './version.js';

/**
 * dcgm-exporter is built with cgo (go-dcgm uses `import "C"`; docker/build-cross.sh sets CGO_ENABLED=1), so its binary
 * needs the C library it was linked against. The 4.6.0-4.8.3 images build it on ubuntu:26.04 (glibc 2.43; docker/Dockerfile
 * `ARG UBUNTU_IMAGE=ubuntu:26.04`, hack/versions.env BUILDER_UBUNTU_TAG=26.04 at commit 7ad58324) and publish only the
 * `-distroless` variant from 4.5.3-4.8.2 on (NVIDIA/dcgm-exporter#703), so no published binary is known to run on the
 * SGLang base (Ubuntu 24.04, glibc 2.39). obscompile therefore builds the exporter from its release tag in a stage on the
 * dev container's own base image: whatever its C library, the binary links against it. go-dcgm loads libdcgm.so.4 with
 * dlopen and vendors the DCGM headers (NVIDIA/go-dcgm v1.4601.1 pkg/dcgm/admin.go), so the build needs no DCGM package.
 */
export const DCGM_EXPORTER_REPOSITORY = 'https://github.com/NVIDIA/dcgm-exporter.git';

/**
 * The Go toolchain, copied from the official image (docker-library/golang 1.26/trixie/Dockerfile: GOLANG_VERSION 1.26.4,
 * installed in /usr/local/go). go.mod @ 4.6.0-4.8.3 needs `go 1.26.3` (toolchain go1.26.4; hack/versions.env
 * GO_VERSION=1.26.4); every earlier release asks for less. GOTOOLCHAIN=local, as upstream's Dockerfile sets it: the build
 * never downloads another toolchain.
 */
export const GO_IMAGE = 'golang:1.26.4';
export const GO_ROOT = '/usr/local/go';

/** Where the build stage puts the binary. */
export const DCGM_EXPORTER_BINARY = '/usr/local/bin/dcgm-exporter';

/**
 * The build, as the `binary` target of the Makefile runs it (Makefile @ 4.5.3-4.8.2 and 7ad58324:
 * `cd cmd/dcgm-exporter; go build -trimpath -ldflags "-X main.BuildVersion=${DCGM_VERSION}-${VERSION}"`), at the
 * release tag, which is the configured `<DCGM>-<exporter>` string.
 */
export function dcgmExporterBuild(tag: string): { packages: string[]; commands: string[] } {
  return {
    packages: ['git', 'ca-certificates', 'gcc', 'libc6-dev'],
    commands: [
      `git clone --depth 1 --branch ${tag} ${DCGM_EXPORTER_REPOSITORY} /src/dcgm-exporter`,
      `CGO_ENABLED=1 GOTOOLCHAIN=local ${GO_ROOT}/bin/go -C /src/dcgm-exporter/cmd/dcgm-exporter build -trimpath -ldflags "-X main.BuildVersion=${tag}" -o ${DCGM_EXPORTER_BINARY}`,
    ],
  };
}

/** `--version` prints the build version without touching a GPU (urfave/cli answers it before the app runs). */
export const DCGM_EXPORTER_SMOKE_TEST = 'dcgm-exporter --version';

/**
 * The DCGM packages the exporter image installs: `-core` brings nv-hostengine and libdcgm, `-proprietary` the
 * profiling libraries needed on Ampere and older (docker/Dockerfile, README.md "Profiling Metrics"). They come from
 * NVIDIA's CUDA apt repository, which the nvidia/cuda base images configure; docker/Dockerfile @ 7ad58324 pins them as
 * `DCGM_PACKAGE_VERSION="1:${DCGM_VERSION}-1"`.
 */
export const DCGM_PACKAGES = ['datacenter-gpu-manager-4-core', 'datacenter-gpu-manager-4-proprietary'] as const;
export const dcgmAptVersion = (dcgm: string) => `1:${dcgm}-1`;

/** nv-hostengine's TCP port and bind address defaults (`-p 5555`, `-b 127.0.0.1`); `-n` keeps it in the foreground. */
export const HOSTENGINE_PORT = 5555;
export const HOSTENGINE_ADDRESS = '127.0.0.1';
/** nv-hostengine options (HostEngineCommandLine.cpp): `-n` no daemon, `-b` bind interface, `-p` port. */
export const HOSTENGINE_FLAGS = { foreground: '-n', bind: '-b', port: '-p' } as const;

/**
 * dcgm-exporter flags (pkg/cmd/app.go): `-f` the collectors CSV, `-a` the listen address, `-r` connect to a running
 * nv-hostengine instead of embedding a second one (two host engines are unsupported: NVIDIA/DCGM#108, NVIDIA/dcgm-exporter#7).
 * With `-r` the exporter exits when nothing listens there yet (internal/pkg/dcgmprovider/dcgm.go). `-c` how often it
 * collects, in milliseconds (30000 by default, pkg/cmd/app.go @ 4.5.3-4.8.2): between two collections a scrape
 * serves the same values again.
 */
export const DCGM_FLAGS = { collectors: '-f', address: '-a', remoteHostengine: '-r', collectInterval: '-c' } as const;

/** A dcgm-exporter tag: `<DCGM version>-<exporter version>`. */
export function splitDcgmTag(tag: string): { dcgm: string; exporter: string } {
  const [dcgm = '', exporter = ''] = tag.split('-');
  return { dcgm, exporter };
}

/**
 * Labels on every GPU series (internal/pkg/rendermetrics/render_metrics.go): `pci_bus_id` since 3.3.7-3.5.0
 * (commit 961ee35), and the host label spelt `hostname` from exporter 4.8.3 on (commit d5e5f510, #655), `Hostname` before.
 */
export function dcgmSeriesLabels(tag: string): string[] {
  const { exporter } = splitDcgmTag(tag);
  const host = versionAtLeast(exporter, '4.8.3') ? 'hostname' : 'Hostname';
  return ['gpu', 'UUID', 'pci_bus_id', 'device', 'modelName', host];
}

/** Field ids 1000–1099 are profiling (DCP) fields, skipped with a warning when DCP is unavailable (counters/const.go). */
export const isProfilingField = (field: string) => field.startsWith('DCGM_FI_PROF_');
