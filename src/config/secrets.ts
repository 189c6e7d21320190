/**
 * The files in the dev container that the generated configs tell its daemons to read (a receiver's token, remote
 * write's password and TLS files, Jaeger's CA), and the secrets Compose puts at /run/secrets/NAME
 * (`container.secrets`).
 */
import { posix } from 'node:path';
import { major } from '../upstream/version.js';
import type { ConfigPath, ValidConfig } from '../types.js';

/** Where Compose mounts a service's secrets (docs.docker.com, compose how-tos "use-secrets"). */
export const SECRETS_DIR = '/run/secrets';

/** A file some daemon of the dev container reads, with where the config names it. */
export interface ReadFile {
  path: ConfigPath;
  file: string;
  daemon: string;
}

/** Every file in the container that the generated configs tell a daemon to read. */
export function containerFiles(config: ValidConfig): ReadFile[] {
  const out: ReadFile[] = [];
  const add = (path: ConfigPath, file: string | undefined, daemon: string) => {
    if (file !== undefined) out.push({ path, file, daemon });
  };
  if (config.prometheus.enabled) {
    config.prometheus.remoteWrite.forEach((r, i) => {
      const here = ['prometheus', 'remoteWrite', i];
      add([...here, 'bearerTokenFile'], r.bearerTokenFile, 'Prometheus');
      add([...here, 'basicAuth', 'passwordFile'], r.basicAuth?.passwordFile, 'Prometheus');
      for (const key of ['caFile', 'certFile', 'keyFile'] as const) add([...here, 'tls', key], r.tls?.[key], 'Prometheus');
    });
  }
  const forward = config.jaeger.forwardOtlp;
  if (config.jaeger.enabled && major(config.versions.jaeger) >= 2 && forward && !forward.insecure) add(['jaeger', 'forwardOtlp', 'caFile'], forward.caFile, 'Jaeger');
  if (config.alertmanager.enabled) {
    config.alertmanager.receivers.forEach((r, i) => {
      const here = ['alertmanager', 'receivers', i];
      add([...here, 'webhook', 'bearerTokenFile'], r.webhook?.bearerTokenFile, 'Alertmanager');
      add([...here, 'webhook', 'basicAuth', 'passwordFile'], r.webhook?.basicAuth?.passwordFile, 'Alertmanager');
      add([...here, 'email', 'authPasswordFile'], r.email?.authPasswordFile, 'Alertmanager');
      add([...here, 'slack', 'apiUrlFile'], r.slack?.apiUrlFile, 'Alertmanager');
    });
  }
  return out;
}

/** The secret name of a file at /run/secrets/NAME, else undefined. */
export function secretName(file: string): string | undefined {
  const rel = posix.relative(SECRETS_DIR, posix.normalize(file));
  return rel && !rel.startsWith('..') && !rel.includes('/') ? rel : undefined;
}

/** The files an Alertmanager routing with `config`'s receivers reads, whether or not `config` runs one itself. */
export function receiverFiles(config: ValidConfig): ReadFile[] {
  const off = <T extends { enabled: boolean }>(section: T): T => ({ ...section, enabled: false });
  return containerFiles({ ...config, prometheus: off(config.prometheus), jaeger: off(config.jaeger), alertmanager: { ...config.alertmanager, enabled: true } });
}

/** A file the central Alertmanager's receivers read: its secret name, if at /run/secrets/NAME, and the hosts' files for that name. */
export interface CentralSecret {
  read: ReadFile;
  name?: string;
  /** The distinct host files the alerting hosts give that secret, in host order: the central bundle takes the first. */
  files: string[];
}

/**
 * What the central Alertmanager reads, routing with the hosts' shared receivers (the first alerting host's: the fleet
 * rules make the others agree): each file with the files the hosts give its secret.
 */
export function centralSecrets(alerting: readonly ValidConfig[]): CentralSecret[] {
  const first = alerting[0];
  if (!first) return [];
  return receiverFiles(first).map((read) => {
    const name = secretName(read.file);
    if (name === undefined) return { read, files: [] };
    const files = [...new Set(alerting.map((c) => c.container.secrets[name]).filter((f): f is string => f !== undefined))];
    return { read, name, files };
  });
}
