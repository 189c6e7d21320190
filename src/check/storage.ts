/** Storage rules: no two folders or mounts may land on the same place, and every mount point is one Docker accepts. */
import { posix, resolve } from 'node:path';
import { isInside } from '../paths.js';
import { at, type Rule } from './rule.js';
import { CONTAINER_OUT_DIR } from '../model/layout.js';
import { composeHostPaths, unnameable, unnameableText } from '../config/compose-paths.js';
import type { ConfigPath, Finding, ValidConfig } from '../types.js';

/** Top-level entries of the storage root that the generated scripts own. */
export const RESERVED_STORAGE_ENTRIES = ['logs', 'prometheus', 'jaeger', 'alertmanager', 'profiles', 'container_run_meta.env'] as const;

/** Container paths a bind mount must not cover: the root, and the kernel's own file systems. */
const SYSTEM_PATHS = ['/', '/proc', '/sys', '/dev'] as const;

const norm = (p: string) => p.replace(/\/+$/, '').replace(/\/{2,}/g, '/').replace(/^\.\//, '');
const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}/`);
/** The same folder however it is written: `/a/./b/`, `/a//b` and `/a/b` are one mount point. */
const mountPoint = (p: string) => posix.normalize(p).replace(/(.)\/+$/, '$1');
const overlaps = (a: string, b: string) => a === '/' || b === '/' || within(a, b) || within(b, a);

interface Mount {
  at: ConfigPath;
  label: string;
  path: string;
}

/** Every container path a mount lands on: the workspace, the telemetry root, the scripts folder, the durable folders. */
function mounts(config: ValidConfig): Mount[] {
  // The fixed mount first, so a clash is reported on the configurable one.
  return [
    { at: ['output', 'dir'], label: 'the generated scripts', path: CONTAINER_OUT_DIR },
    { at: ['devcontainer', 'workspaceFolder'], label: 'the workspace folder', path: config.devcontainer.workspaceFolder },
    { at: ['storage', 'telemetryRoot'], label: 'the telemetry root', path: config.storage.telemetryRoot },
    ...config.storage.durable.map((d, i): Mount => ({ at: ['storage', 'durable', i, 'containerPath'], label: `storage.durable[${i}]`, path: d.containerPath })),
  ];
}

/** Whether a file in the dev container lies in a folder the compose file mounts (below it, not at it). */
export function inMountedFolder(config: ValidConfig, file: string): boolean {
  return mounts(config).some(({ path }) => {
    const rel = posix.relative(path, posix.normalize(file));
    return rel !== '' && !rel.startsWith('..');
  });
}

/** Durable folders, profile folders and container mount points are all distinct. */
export const storageDistinct: Rule = {
  code: 'OBS_STORAGE_COLLISION',
  title: 'Storage folders and container mount points do not overlap, and every mount point is one Docker accepts',
  check(config) {
    const out: Finding[] = [];
    const clash = (where: ConfigPath, message: string, hint: string) => out.push(at(where, { code: 'OBS_STORAGE_COLLISION', message, hint }));
    const { durable, profiles } = config.storage;
    durable.forEach((d, i) => {
      const dir = norm(d.dir);
      const top = dir.split('/')[0]!;
      if ((RESERVED_STORAGE_ENTRIES as readonly string[]).includes(top)) {
        clash(['storage', 'durable', i, 'dir'], `durable folder \`${d.dir}\` lands in \`${top}\`, which the generated scripts own`, `pick another folder name; reserved: ${RESERVED_STORAGE_ENTRIES.join(', ')}`);
      }
      const earlier = durable.slice(0, i).findIndex((e) => within(dir, norm(e.dir)) || within(norm(e.dir), dir));
      if (earlier !== -1) clash(['storage', 'durable', i, 'dir'], `durable folder \`${d.dir}\` overlaps \`${durable[earlier]!.dir}\` (storage.durable[${earlier}])`, 'give each durable mount its own folder');
    });
    profiles.forEach((p, i) => {
      const earlier = profiles.slice(0, i).findIndex((e) => within(norm(p.dir), norm(e.dir)) || within(norm(e.dir), norm(p.dir)));
      if (earlier !== -1) clash(['storage', 'profiles', i, 'dir'], `profile folder \`${p.dir}\` overlaps \`${profiles[earlier]!.dir}\` (storage.profiles[${earlier}])`, 'list each profile cache once');
    });
    const all = mounts(config);
    all.forEach((m, i) => {
      if (m.path.split('/').includes('..')) {
        clash(m.at, `mount point \`${m.path}\` climbs out with \`..\``, 'write the absolute path it means, without `..`');
        return;
      }
      const point = mountPoint(m.path);
      const system = SYSTEM_PATHS.find((s) => (s === '/' ? point === '/' : within(point, s)));
      if (system) {
        clash(m.at, `mount point \`${m.path}\` is ${system === '/' ? 'the container\'s root' : `inside ${system}, which the kernel provides`}; Docker refuses to mount over it`, 'mount it at a folder of its own, such as /data/NAME');
        return;
      }
      const earlier = all.slice(0, i).find((e) => !e.path.split('/').includes('..') && overlaps(mountPoint(e.path), point));
      if (earlier) clash(m.at, `mount point \`${m.path}\` overlaps ${earlier.label} (\`${earlier.path}\`)`, 'give every mount its own folder; one cannot sit inside another');
    });
    return out;
  },
};

/**
 * setup-storage.sh keeps the storage tree out of git with a `.gitignore` of `*` at its root, and the run data it
 * holds is never project source: a storage root that holds the config, the output folder or the workspace would hide
 * the project from git and mix run data into it.
 */
export const storageApart: Rule = {
  code: 'OBS_STORAGE_ROOT_UNSAFE',
  title: 'The storage root is a folder of its own, holding neither the config, the output folder nor the workspace',
  check(config, { configDir }) {
    const root = resolve(configDir, config.storage.hostRoot);
    const held: [string, string][] = [
      ['the config file', configDir],
      ['the output folder (`output.dir`)', resolve(configDir, config.output.dir)],
      ['the workspace (`devcontainer.workspaceRoot`)', resolve(configDir, config.devcontainer.workspaceRoot)],
    ];
    const found = held.filter(([, dir]) => dir === root || isInside(root, dir)).map(([what]) => what);
    if (found.length === 0) return [];
    return [
      at(['storage', 'hostRoot'], {
        code: 'OBS_STORAGE_ROOT_UNSAFE',
        message: `storage root \`${config.storage.hostRoot}\` holds ${found.length > 1 ? `${found.slice(0, -1).join(', ')} and ${found.at(-1)}` : found[0]}; setup-storage.sh would hide it from git and mix run data into it`,
        hint: 'give the storage a folder of its own, such as `.devcontainer/storage`',
      }),
    ];
  },
};

/**
 * The host paths docker-compose.yml names can be named from the output folder (config/compose-paths.ts): said by
 * validate, at what places the output there, not first by build when it has nothing to write with.
 */
export const composePathsNameable: Rule = {
  code: 'OBS_COMPOSE_PATH',
  title: 'The host paths docker-compose.yml names pass through no folder whose name Compose cannot write',
  check(config, ctx) {
    const outDir = resolve(ctx.configDir, ctx.out ?? config.output.dir);
    // At output.dir where it is written (moving the output folder is one fix), else at the path's own key.
    const outAt: ConfigPath | undefined = ctx.out === undefined && ctx.written(['output', 'dir']) ? ['output', 'dir'] : undefined;
    return unnameable(composeHostPaths(config, ctx.configDir, outDir)).map((u) => at(outAt ?? u.at, { code: 'OBS_COMPOSE_PATH', ...unnameableText(u) }));
  },
};
