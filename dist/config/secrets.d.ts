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
