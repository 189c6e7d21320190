/** Storage rules: no two folders or mounts may land on the same place. */
import { at, type Rule } from './rule.js';
import type { Finding } from '../types.js';

/** Top-level entries of the storage root that the generated scripts own. */
export const RESERVED_STORAGE_ENTRIES = ['logs', 'prometheus', 'jaeger', 'profiles', 'container_run_meta.env'] as const;

const norm = (p: string) => p.replace(/\/+$/, '').replace(/\/{2,}/g, '/').replace(/^\.\//, '');
const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}/`);

/** Durable folders, profile folders and container mount points are all distinct. */
export const storageDistinct: Rule = {
  code: 'OBS_STORAGE_COLLISION',
  title: 'Storage folders and container mount points do not overlap',
  check(config) {
    const out: Finding[] = [];
    const clash = (path: (string | number)[], message: string, hint: string) => out.push(at(path, { code: 'OBS_STORAGE_COLLISION', message, hint }));
    const { durable, profiles, telemetryRoot } = config.storage;
    durable.forEach((d, i) => {
      const dir = norm(d.dir);
      const top = dir.split('/')[0]!;
      if ((RESERVED_STORAGE_ENTRIES as readonly string[]).includes(top)) {
        clash(['storage', 'durable', i, 'dir'], `durable folder \`${d.dir}\` lands in \`${top}\`, which the generated scripts own`, `pick another folder name; reserved: ${RESERVED_STORAGE_ENTRIES.join(', ')}`);
      }
      const earlier = durable.slice(0, i).findIndex((e) => within(dir, norm(e.dir)) || within(norm(e.dir), dir));
      if (earlier !== -1) clash(['storage', 'durable', i, 'dir'], `durable folder \`${d.dir}\` overlaps \`${durable[earlier]!.dir}\` (storage.durable[${earlier}])`, 'give each durable mount its own folder');
      const mount = norm(d.containerPath);
      if (within(mount, norm(telemetryRoot)) || within(norm(telemetryRoot), mount)) {
        clash(['storage', 'durable', i, 'containerPath'], `mount point \`${d.containerPath}\` overlaps the telemetry root \`${telemetryRoot}\``, 'mount durable folders outside the telemetry root');
      }
      const sameMount = durable.slice(0, i).findIndex((e) => norm(e.containerPath) === mount);
      if (sameMount !== -1) clash(['storage', 'durable', i, 'containerPath'], `mount point \`${d.containerPath}\` is also used by storage.durable[${sameMount}]`, 'give each durable folder its own container path');
      if (within(norm(config.devcontainer.workspaceFolder), mount) || within(mount, norm(config.devcontainer.workspaceFolder))) {
        clash(['storage', 'durable', i, 'containerPath'], `mount point \`${d.containerPath}\` overlaps the workspace folder \`${config.devcontainer.workspaceFolder}\``, 'mount durable folders outside the workspace');
      }
    });
    profiles.forEach((p, i) => {
      const earlier = profiles.slice(0, i).findIndex((e) => within(norm(p.dir), norm(e.dir)) || within(norm(e.dir), norm(p.dir)));
      if (earlier !== -1) clash(['storage', 'profiles', i, 'dir'], `profile folder \`${p.dir}\` overlaps \`${profiles[earlier]!.dir}\` (storage.profiles[${earlier}])`, 'list each profile cache once');
    });
    return out;
  },
};
