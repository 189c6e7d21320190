/** Editor rules: the schema association in devcontainer.json must resolve inside the container. */
import { relative, resolve, sep } from 'node:path';
import { at, type Rule } from './rule.js';
import { SCHEMA_COPY, isUrl } from '../paths.js';

/**
 * yaml-language-server resolves a relative `yaml.schemas` key against the workspace folder, and only the workspace
 * root is mounted there: a schema outside it silently validates nothing inside the container.
 */
export const schemaInWorkspace: Rule = {
  code: 'OBS_SCHEMA_OUTSIDE_WORKSPACE',
  title: 'The schema associated in devcontainer.json lies inside the mounted workspace',
  check(config, ctx) {
    const { workspaceRoot } = config.devcontainer;
    // Unset: the copy in the output folder (where `--out` puts it, when given), which must then lie inside the workspace.
    const schemaPath = config.devcontainer.schemaPath ?? `${(ctx.out ?? config.output.dir).replace(/\/+$/, '')}/${SCHEMA_COPY}`;
    if (isUrl(schemaPath)) return [];
    // From the config's own folder: a root above it (`..`) must not collapse at the file system's root.
    const rel = relative(resolve(ctx.configDir, workspaceRoot), resolve(ctx.configDir, schemaPath)).split(sep).join('/');
    if (rel !== '' && !rel.startsWith('../') && rel !== '..') return [];
    // At what the user wrote that puts the schema there: schemaPath, output.dir (not with --out), the workspace root.
    const candidates = [['devcontainer', 'schemaPath'], ...(ctx.out === undefined ? [['output', 'dir']] : []), ['devcontainer', 'workspaceRoot']];
    const where = candidates.find((path) => ctx.written(path)) ?? ['devcontainer', 'schemaPath'];
    return [
      at(where, {
        severity: 'warning',
        code: 'OBS_SCHEMA_OUTSIDE_WORKSPACE',
        message: `schema \`${schemaPath}\` is outside the workspace root \`${workspaceRoot}\`, so the editor inside the dev container cannot read it`,
        hint: config.devcontainer.schemaPath == null
          ? `put ${ctx.out !== undefined ? 'the --out folder' : '`output.dir`'} under \`devcontainer.workspaceRoot\`, or widen \`workspaceRoot\``
          : 'point `devcontainer.schemaPath` at a schema under `devcontainer.workspaceRoot` (paths are relative to this config), widen `workspaceRoot`, or use a URL',
      }),
    ];
  },
};
