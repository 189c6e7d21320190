/**
 * Files the daemons of the dev container read (a receiver's token, remote write's password and TLS files, Jaeger's
 * CA) are paths in the container, and something must put them there. The compose file mounts the workspace, the
 * output folder, the telemetry root and the durable folders, and Compose puts each of `container.secrets` at
 * /run/secrets/NAME. A file anywhere else is there only if the image has it, which obscompile cannot see: a warning.
 */
import { at, type Rule } from './rule.js';
import { inMountedFolder } from './storage.js';
import { SECRETS_DIR, containerFiles, secretName } from '../config/secrets.js';
import type { Finding } from '../types.js';

export const secretsInContainer: Rule = {
  code: 'OBS_SECRET_MISSING',
  title: 'Files the daemons read in the dev container are put there: a secret of the container, or a mounted folder',
  check(config) {
    const out: Finding[] = [];
    for (const { path, file, daemon } of containerFiles(config)) {
      const name = secretName(file);
      if (name !== undefined) {
        if (name in config.container.secrets) continue;
        out.push(at(path, {
          severity: 'warning',
          code: 'OBS_SECRET_MISSING',
          message: `${daemon} reads \`${file}\`, but the container has no secret named \`${name}\`: the file will not be there`,
          hint: `add \`container.secrets: { ${name}: FILE }\`, FILE being the file on the host (relative to this config; keep it out of git)`,
        }));
      } else if (!inMountedFolder(config, file)) {
        out.push(at(path, {
          severity: 'warning',
          code: 'OBS_SECRET_MISSING',
          message: `${daemon} reads \`${file}\`, which no folder the compose file mounts holds: it is there only if the image has it`,
          hint: `make it a secret of the container: \`container.secrets: { NAME: FILE }\` puts the host's FILE at \`${SECRETS_DIR}/NAME\`; name that here`,
        }));
      }
    }
    return out;
  },
};
