import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';
/** Internal network shared by the dev container and cAdvisor: no route out (seed 004, "Network: Internal only"). */
export declare const TELEMETRY_NETWORK = "telemetry";
/** How long `docker stop` waits for the dev container's init-run.sh to stop its daemons before it kills them. */
export declare const DEV_STOP_GRACE = "30s";
/** The names of secrets a service is granted: Compose mounts each at /run/secrets/NAME (docs.docker.com, compose how-tos "use-secrets"). */
export declare const secretNames: (files: Readonly<Record<string, string>>) => string[];
/** Adds secrets (name to host file, relative to the compose file) to a compose document's top-level `secrets`, before any it has. */
export declare function addSecrets(doc: Record<string, unknown>, files: Readonly<Record<string, string>>): void;
/** The compose file's services by name, in its order: devcontainer.json starts exactly these (`runServices`). */
export declare const composeServiceNames: (config: Model["config"]) => string[];
/** The compose file: services built as data, serialised once. */
export declare function renderCompose(model: Model): Artifact;
