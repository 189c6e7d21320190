import type { ConfigPath, ValidConfig } from '../types.js';
export interface ComposeHostPaths {
    storageRoot: string;
    workspaceRoot: string;
    grafanaAdminPassword?: string;
    /** `container.secrets`: each name with its host file. */
    secrets: Record<string, string>;
}
/** The host paths of `config` (in `configDir`) as docker-compose.yml in `outDir` names them. */
export declare function composeHostPaths(config: ValidConfig, configDir: string, outDir: string): ComposeHostPaths;
/** A host path docker-compose.yml cannot name: what it is, the key that gives it, the path, the character and why. */
export interface Unnameable {
    what: string;
    at: ConfigPath;
    path: string;
    bad: string;
    why: string;
}
/** The paths of `rel` docker-compose.yml cannot name. */
export declare function unnameable(rel: ComposeHostPaths): Unnameable[];
/** The message and hint of an unnameable path. */
export declare const unnameableText: (u: Unnameable) => {
    message: string;
    hint: string;
};
