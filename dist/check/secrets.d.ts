/**
 * Files the daemons of the dev container read (a receiver's token, remote write's password and TLS files, Jaeger's
 * CA) are paths in the container, and something must put them there. The compose file mounts the workspace, the
 * output folder, the telemetry root and the durable folders, and Compose puts each of `container.secrets` at
 * /run/secrets/NAME. A file anywhere else is there only if the image has it, which obscompile cannot see: a warning.
 */
import { type Rule } from './rule.js';
export declare const secretsInContainer: Rule;
/**
 * A value of `container.environment` that names a host variable (`HF_TOKEN: ${HF_TOKEN}`) reaches the container as
 * those very characters: the compose file carries every value as written (`$` doubled), so Compose substitutes nothing.
 * A token belongs in a secret file; huggingface_hub reads its token from the file HF_TOKEN_PATH names (its
 * "Environment variables" reference, huggingface.co/docs/huggingface_hub/package_reference/environment_variables).
 */
export declare const environmentLiteral: Rule;
/**
 * A webhook or remote-write URL is written into alertmanager.yml or prometheus.yml, files that are committed: one that
 * carries a credential (a token in its query, a password in its user part) puts it in git. Each integration reads its
 * credentials from files instead (the webhook's `bearerTokenFile` and `basicAuth`, remote write's the same). A query
 * parameter is judged by its name only: a warning.
 */
export declare const credentialsInUrls: Rule;
