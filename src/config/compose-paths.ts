/**
 * The host paths docker-compose.yml names, relative to the output folder, and those it cannot name. They pass through
 * the folders between the output folder and the config: a `$` in a folder's name is a variable to Compose (it would
 * mount another folder than setup-storage.sh made), a `:` splits a short volume entry, and a `}` ends the storage
 * root's `${OBS_STORAGE_ROOT:-…}` default (compose-spec interpolation.md, 05-services.md volumes). The config's own
 * paths cannot hold any (the schema's hostPath pattern); the folders around it can.
 */
import { hostPathFrom } from '../paths.js';
import type { ConfigPath, ValidConfig } from '../types.js';

export interface ComposeHostPaths {
  storageRoot: string;
  workspaceRoot: string;
  grafanaAdminPassword?: string;
  /** `container.secrets`: each name with its host file. */
  secrets: Record<string, string>;
}

/** The host paths of `config` (in `configDir`) as docker-compose.yml in `outDir` names them. */
export function composeHostPaths(config: ValidConfig, configDir: string, outDir: string): ComposeHostPaths {
  const from = (given: string) => hostPathFrom(outDir, configDir, given);
  return {
    storageRoot: from(config.storage.hostRoot),
    workspaceRoot: from(config.devcontainer.workspaceRoot),
    ...(config.grafana.adminPasswordFile ? { grafanaAdminPassword: from(config.grafana.adminPasswordFile) } : {}),
    secrets: Object.fromEntries(Object.entries(config.container.secrets).map(([name, file]) => [name, from(file)])),
  };
}

/** A host path docker-compose.yml cannot name: what it is, the key that gives it, the path, the character and why. */
export interface Unnameable {
  what: string;
  at: ConfigPath;
  path: string;
  bad: string;
  why: string;
}

const WHY: Readonly<Record<string, string>> = {
  $: 'Compose reads `$` as the start of a variable and would mount another folder',
  ':': 'a `:` splits a volume entry',
  '}': 'Compose ends the `${OBS_STORAGE_ROOT:-…}` default at the first `}` and would mount another folder',
};

/** The paths of `rel` docker-compose.yml cannot name. */
export function unnameable(rel: ComposeHostPaths): Unnameable[] {
  const named: [string, ConfigPath, string | undefined, RegExp][] = [
    ['the storage root (`storage.hostRoot`)', ['storage', 'hostRoot'], rel.storageRoot, /[$:}]/],
    ['the workspace root (`devcontainer.workspaceRoot`)', ['devcontainer', 'workspaceRoot'], rel.workspaceRoot, /[$:]/],
    ["Grafana's admin password file", ['grafana', 'adminPasswordFile'], rel.grafanaAdminPassword, /[$:]/],
    ...Object.entries(rel.secrets).map(([name, path]): [string, ConfigPath, string, RegExp] => [`secret \`${name}\``, ['container', 'secrets', name], path, /[$:]/]),
  ];
  return named.flatMap(([what, at, path, chars]) => {
    const bad = path?.match(chars)?.[0];
    return path && bad ? [{ what, at, path, bad, why: WHY[bad]! }] : [];
  });
}

/** The message and hint of an unnameable path. */
export const unnameableText = (u: Unnameable) => ({
  message: `from the output folder, the path to ${u.what} is \`${u.path}\`, through a folder whose name holds \`${u.bad}\`, which docker-compose.yml cannot name: ${u.why}`,
  hint: 'rename that folder, or give the output folder (`output.dir`, --out) a place from which the path does not pass through it, such as beside the config',
});
