/** Published image (README.md, Makefile); tags are `<DCGM>-<exporter>-<variant>`. */
export declare const DCGM_EXPORTER_IMAGE = "nvcr.io/nvidia/k8s/dcgm-exporter";
/** The Ubuntu variant: the only one with apt and the DCGM packages installed the usual way (docker/Dockerfile). */
export declare const DCGM_EXPORTER_IMAGE_VARIANT = "ubuntu22.04";
/** Where the image keeps the binary (docker/Dockerfile COPY … /usr/bin/). */
export declare const DCGM_EXPORTER_BINARY = "/usr/bin/dcgm-exporter";
/**
 * The DCGM packages the exporter image installs: `-core` brings nv-hostengine and libdcgm, `-proprietary` the
 * profiling libraries needed on Ampere and older (docker/Dockerfile, README.md "Profiling Metrics"). NVIDIA's apt
 * repository versions them `1:<DCGM>-1` (as apt reports them, e.g. "1:4.5.3-1").
 */
export declare const DCGM_PACKAGES: readonly ["datacenter-gpu-manager-4-core", "datacenter-gpu-manager-4-proprietary"];
export declare const dcgmAptVersion: (dcgm: string) => string;
/** nv-hostengine's TCP port and bind address defaults (`-p 5555`, `-b 127.0.0.1`); `-n` keeps it in the foreground. */
export declare const HOSTENGINE_PORT = 5555;
export declare const HOSTENGINE_ADDRESS = "127.0.0.1";
/** nv-hostengine options (HostEngineCommandLine.cpp): `-n` no daemon, `-b` bind interface, `-p` port. */
export declare const HOSTENGINE_FLAGS: {
    readonly foreground: "-n";
    readonly bind: "-b";
    readonly port: "-p";
};
/**
 * dcgm-exporter flags (pkg/cmd/app.go): `-f` the collectors CSV, `-a` the listen address, `-r` connect to a running
 * nv-hostengine instead of embedding a second one (two host engines are unsupported: NVIDIA/DCGM#108, NVIDIA/dcgm-exporter#7).
 * With `-r` the exporter exits when nothing listens there yet (internal/pkg/dcgmprovider/dcgm.go).
 */
export declare const DCGM_FLAGS: {
    readonly collectors: "-f";
    readonly address: "-a";
    readonly remoteHostengine: "-r";
};
/** A dcgm-exporter tag: `<DCGM version>-<exporter version>`. */
export declare function splitDcgmTag(tag: string): {
    dcgm: string;
    exporter: string;
};
/**
 * Labels on every GPU series (internal/pkg/rendermetrics/render_metrics.go): `pci_bus_id` since 3.3.7-3.5.0
 * (commit 961ee35), and the host label spelt `hostname` from exporter 4.8.3 on (commit d5e5f510, #655), `Hostname` before.
 */
export declare function dcgmSeriesLabels(tag: string): string[];
/** Field ids 1000–1099 are profiling (DCP) fields, skipped with a warning when DCP is unavailable (counters/const.go). */
export declare const isProfilingField: (field: string) => boolean;
