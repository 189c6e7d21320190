/**
 * Files the daemons of the dev container read (a receiver's token, remote write's password and TLS files, Jaeger's
 * CA) are paths in the container, and something must put them there. The compose file mounts the workspace, the
 * output folder, the telemetry root and the durable folders, and Compose puts each of `container.secrets` at
 * /run/secrets/NAME. A file anywhere else is there only if the image has it, which obscompile cannot see: a warning.
 */
import { type Rule } from './rule.js';
export declare const secretsInContainer: Rule;
