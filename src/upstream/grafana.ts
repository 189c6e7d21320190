/**
 * Grafana facts (grafana/grafana v13.2.0, 2026-08-18; docs setup-grafana/configure-docker.md and
 * administration/provisioning/index.md; Dockerfile and packaging/docker/run.sh). Facts only; the wording is ours.
 */

/** The OSS image: `grafana/grafana:<version>`, no `v` (grafana/grafana-oss is no longer updated from 12.4 and 13.0). */
export const GRAFANA_IMAGE = (version: string) => `grafana/grafana:${version}`;
/** The port it listens on inside its container ([server] http_port). */
export const GRAFANA_PORT = 3000;
/** Where the image reads provisioning files (GF_PATHS_PROVISIONING) and keeps its database (GF_PATHS_DATA). */
export const GRAFANA_PROVISIONING = '/etc/grafana/provisioning';
export const GRAFANA_DATA = '/var/lib/grafana';
/**
 * Environment of the image: GF_<SECTION>_<KEY> overrides grafana.ini; the entrypoint (run.sh) reads a `__FILE`
 * variant from the file it names, as for Docker secrets. The admin password takes effect when the database is new.
 */
export const GRAFANA_ENV = {
  adminPasswordFile: 'GF_SECURITY_ADMIN_PASSWORD__FILE',
  allowSignUp: 'GF_USERS_ALLOW_SIGN_UP',
  anonymous: 'GF_AUTH_ANONYMOUS_ENABLED',
  anonymousRole: 'GF_AUTH_ANONYMOUS_ORG_ROLE',
} as const;
/** Unauthenticated health endpoint (200 with the database ok); the image has curl. */
export const GRAFANA_HEALTH_PATH = '/api/health';
