import type { ConfigPath, ValidConfig } from '../types.js';
/** Where Compose mounts a service's secrets (docs.docker.com, compose how-tos "use-secrets"). */
export declare const SECRETS_DIR = "/run/secrets";
/** A file some daemon of the dev container reads, with where the config names it. */
export interface ReadFile {
    path: ConfigPath;
    file: string;
    daemon: string;
}
/** Every file in the container that the generated configs tell a daemon to read. */
export declare function containerFiles(config: ValidConfig): ReadFile[];
/** The secret name of a file at /run/secrets/NAME, else undefined. */
export declare function secretName(file: string): string | undefined;
/** The files an Alertmanager routing with `config`'s receivers reads, whether or not `config` runs one itself. */
export declare function receiverFiles(config: ValidConfig): ReadFile[];
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
export declare function centralSecrets(alerting: readonly ValidConfig[]): CentralSecret[];
