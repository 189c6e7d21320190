/**
 * dcgm-exporter and DCGM facts. Code read in NVIDIA/dcgm-exporter at tag 4.5.3-4.8.2 (commit 691c9276) and at commit
 * d5e5f510 (the `hostname` rename, released in 4.6.0-4.8.3 per NVIDIA's dcgm-exporter release notes), and in
 * NVIDIA/DCGM at tag v4.5.3 (hostengine/src/HostEngineCommandLine.cpp; unchanged at v4.6.0). Facts only; the wording is ours.
 */
import { versionAtLeast } from './version.js';

/** Published image (README.md, Makefile); tags are `<DCGM>-<exporter>-<variant>`. */
export const DCGM_EXPORTER_IMAGE = 'nvcr.io/nvidia/k8s/dcgm-exporter';

/** The Ubuntu variant: the only one with apt and the DCGM packages installed the usual way (docker/Dockerfile). */
export const DCGM_EXPORTER_IMAGE_VARIANT = 'ubuntu22.04';

/** Where the image keeps the binary (docker/Dockerfile COPY … /usr/bin/). */
export const DCGM_EXPORTER_BINARY = '/usr/bin/dcgm-exporter';

/**
 * The DCGM packages the exporter image installs: `-core` brings nv-hostengine and libdcgm, `-proprietary` the
 * profiling libraries needed on Ampere and older (docker/Dockerfile, README.md "Profiling Metrics"). NVIDIA's apt
 * repository versions them `1:<DCGM>-1` (as apt reports them, e.g. "1:4.5.3-1").
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
 * With `-r` the exporter exits when nothing listens there yet (internal/pkg/dcgmprovider/dcgm.go).
 */
export const DCGM_FLAGS = { collectors: '-f', address: '-a', remoteHostengine: '-r' } as const;

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
