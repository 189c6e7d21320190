/**
 * Alertmanager facts, read in prometheus/alertmanager at tags v0.34.0 (2026-08-16, the newest) and v0.25.0 (the
 * release Debian ships, which the tests run). Facts only; the wording is ours.
 */

/**
 * `prom/alertmanager:v<version>` (Makefile.common DOCKER_REPO `prom`); the Dockerfile copies both binaries to /bin.
 * Static builds: .promu.yml sets no cgo, so promu 0.20.0 builds with CGO_ENABLED=0 (cmd/build.go), and they run in the
 * SGLang image.
 */
export const ALERTMANAGER_IMAGE = (version: string) => `prom/alertmanager:v${version}`;
export const ALERTMANAGER_BINARIES = ['/bin/alertmanager', '/bin/amtool'] as const;
/** The image runs as `nobody` (Dockerfile USER), uid 65534 in its busybox base: it must own its storage folder. */
export const ALERTMANAGER_IMAGE_UID = 65534;
/** Debian and Ubuntu package it as `prometheus-alertmanager`, with a binary of that name (and amtool as is). */
export const ALERTMANAGER_NAMES = ['alertmanager', 'prometheus-alertmanager'] as const;

/**
 * Command-line flags (cmd/alertmanager/main.go at both tags; `--web.listen-address` from exporter-toolkit's
 * kingpinflag). An empty `--cluster.listen-address` turns the HA gossip off ("Set to empty string to disable HA
 * mode"; the peer is created only for a non-empty address, app/app.go @ v0.34.0), which otherwise listens on
 * 0.0.0.0:9094: one Alertmanager per dev container needs no peers.
 */
export const ALERTMANAGER_FLAGS = {
  config: '--config.file',
  storage: '--storage.path',
  listen: '--web.listen-address',
  cluster: '--cluster.listen-address',
  // Without it, `http://<os.Hostname()>:<port>/` (extURL, app/app.go @ v0.34.0; cmd/alertmanager/main.go @ v0.25.0):
  // the container's hostname, in every notification's links. The route prefix defaults to its path.
  externalUrl: '--web.external-url',
  routePrefix: '--web.route-prefix',
} as const;
