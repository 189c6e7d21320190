/**
 * Files the daemons of the dev container read (a receiver's token, remote write's password and TLS files, Jaeger's
 * CA) are paths in the container, and something must put them there. The compose file mounts the workspace, the
 * output folder, the telemetry root and the durable folders, and Compose puts each of `container.secrets` at
 * /run/secrets/NAME. A file anywhere else is there only if the image has it, which obscompile cannot see: a warning.
 */
import { at, type Rule } from './rule.js';
import { inMountedFolder } from './storage.js';
import { SECRETS_DIR, containerFiles, secretName } from '../config/secrets.js';
import { parseUrl } from './remote-write.js';
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

/** `${NAME}`, `${NAME:-default}` or `$NAME`: how a shell or a Compose file refers to a variable of the host. */
const VARIABLE = /(?<!\$)\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*))/;

/**
 * A value of `container.environment` that names a host variable (`HF_TOKEN: ${HF_TOKEN}`) reaches the container as
 * those very characters: the compose file carries every value as written (`$` doubled), so Compose substitutes nothing.
 * A token belongs in a secret file; huggingface_hub reads its token from the file HF_TOKEN_PATH names (its
 * "Environment variables" reference, huggingface.co/docs/huggingface_hub/package_reference/environment_variables).
 */
export const environmentLiteral: Rule = {
  code: 'OBS_ENV_REFERENCE',
  title: "Values of the container's environment are taken as written, not as references to the host's variables",
  check(config) {
    return Object.entries(config.container.environment).flatMap(([key, value]) => {
      const m = VARIABLE.exec(value);
      if (!m) return [];
      const name = m[1] ?? m[2]!;
      const file = name.toLowerCase().replace(/_/g, '-');
      return [at(['container', 'environment', key], {
        severity: 'warning',
        code: 'OBS_ENV_REFERENCE',
        message: `\`${key}\` reaches the container as the text \`${value}\`: obscompile writes values as given, so Compose does not replace \`${m[0]}\` with the host's ${name}`,
        hint: /TOKEN|KEY|SECRET|PASSWORD/i.test(name)
          ? `keep the value in a file out of git and make it a secret, \`container.secrets: { ${file}: secrets/${file} }\` (at ${SECRETS_DIR}/${file} in the container)${name === 'HF_TOKEN' ? `; Hugging Face's libraries read the token from the file HF_TOKEN_PATH names: \`HF_TOKEN_PATH: ${SECRETS_DIR}/${file}\`` : ''}`
          : 'write the value itself',
      })];
    });
  },
};

/** Query parameters that carry a credential by their name (`?token=`, `?api_key=`, `&sig=`). */
const CREDENTIAL_PARAMETER = /^(?:.*[_-])?(?:token|key|apikey|secret|password|passwd|pass|sig|signature|auth)$/i;

/**
 * The credentials a URL carries in itself: its user part (`userPart`: where no other rule refuses it already, as
 * Go's net/url reads it: parseUrl), and the query parameters named like a credential.
 */
function credentialsIn(url: string, userPart: boolean): string[] {
  const found: string[] = [];
  const parsed = userPart ? parseUrl(url) : undefined;
  if (typeof parsed === 'object' && parsed.userinfo) found.push('a user and password (`user:password@`)');
  const query = /\?([^#]*)/.exec(url)?.[1] ?? '';
  for (const pair of query.split('&')) {
    const name = decodeURIComponentSafe(pair.split('=')[0] ?? '');
    if (name && pair.includes('=') && CREDENTIAL_PARAMETER.test(name)) found.push(`the query parameter \`${name}\``);
  }
  return found;
}

const decodeURIComponentSafe = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * A webhook or remote-write URL is written into alertmanager.yml or prometheus.yml, files that are committed: one that
 * carries a credential (a token in its query, a password in its user part) puts it in git. Each integration reads its
 * credentials from files instead (the webhook's `bearerTokenFile` and `basicAuth`, remote write's the same). A query
 * parameter is judged by its name only: a warning.
 */
export const credentialsInUrls: Rule = {
  code: 'OBS_LITERAL_SECRET',
  title: 'Webhook and remote-write URLs carry no credential, which the generated files (committed) would hold',
  check(config) {
    // A remote-write URL's user part is an error of remoteWriteValid (check/remote-write.ts): its query only here.
    const urls: { path: (string | number)[]; url: string; userPart: boolean; file: string; instead: string }[] = [
      ...config.alertmanager.receivers.flatMap((r, i) => (r.webhook ? [{ path: ['alertmanager', 'receivers', i, 'webhook', 'url'], url: r.webhook.url, userPart: true, file: 'alertmanager.yml', instead: 'the webhook\'s `bearerTokenFile` or `basicAuth` with a `passwordFile`' }] : [])),
      ...config.prometheus.remoteWrite.map((r, i) => ({ path: ['prometheus', 'remoteWrite', i, 'url'], url: r.url, userPart: false, file: 'prometheus.yml', instead: '`bearerTokenFile`, or `basicAuth` with a `passwordFile`' })),
    ];
    return urls.flatMap(({ path, url, userPart, file, instead }) => {
      const found = credentialsIn(url, userPart);
      if (!found.length) return [];
      return [at(path, {
        severity: 'warning',
        code: 'OBS_LITERAL_SECRET',
        message: `the URL carries ${found.join(' and ')}, which ${file} would hold as written, in git`,
        hint: `take it out of the URL and give it as a file the container reads: ${instead}, through \`container.secrets\``,
      })];
    });
  },
};
