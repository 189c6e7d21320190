/**
 * The files Compose mounts as secrets, which it will not start without and only the user can make (Grafana's admin
 * password, each of `container.secrets`, the central Grafana's password): the lines that say so, printed (also by a
 * replay of the build's record) while a file is missing, or is a folder.
 */
import { resolve } from 'node:path';
import type { UntilThere } from '../../emit/record.js';
import type { Central } from '../../config/fleet-settings.js';
import type { ValidConfig } from '../../types.js';
import { grafanaSecretLine, secretLine } from './report.js';
import { shownPath } from './targets.js';

/** The secret files of one config, whose relative paths are relative to `configDir`. */
export function configSecretNotes(config: ValidConfig, configDir: string, cwd: string): UntilThere[] {
  const notes: UntilThere[] = [];
  const { enabled, adminPasswordFile } = config.grafana;
  if (enabled && adminPasswordFile) {
    const file = resolve(configDir, adminPasswordFile);
    notes.push({ file, line: grafanaSecretLine(shownPath(cwd, file)) }, folderNote(file, 'Grafana\'s admin password (`grafana.adminPasswordFile`)', cwd));
  }
  for (const [name, given] of Object.entries(config.container.secrets)) {
    const file = resolve(configDir, given);
    const shown = shownPath(cwd, file);
    notes.push({ file, line: secretLine(`The file of secret \`${name}\` (\`container.secrets\`), ${shown},`, shown) });
    notes.push(folderNote(file, `secret \`${name}\` (\`container.secrets\`)`, cwd));
  }
  return notes;
}

/** Said while `file` is a folder: Compose would mount it at /run/secrets/NAME, which no daemon reads as a credential file. */
const folderNote = (file: string, what: string, cwd: string): UntilThere => ({ file, while: 'folder', line: `${shownPath(cwd, file)}, given for ${what}, is a folder: name the file in it that holds the secret` });

/** The central Grafana's password file, relative to the fleet file's folder. */
export function centralSecretNotes(central: Central | undefined, fleetDir: string, cwd: string): UntilThere[] {
  const file = central?.grafana.enabled && central.grafana.adminPasswordFile ? resolve(fleetDir, central.grafana.adminPasswordFile) : undefined;
  if (!file) return [];
  const shown = shownPath(cwd, file);
  return [{ file, line: secretLine(`The central Grafana's admin password file ${shown}`, shown, 'docker compose up -d') }, folderNote(file, "the central Grafana's admin password (`central.grafana.adminPasswordFile`)", cwd)];
}

/** Each note of a file once (a missing file, a folder), in the order first named. */
export const uniqueNotes = (notes: readonly UntilThere[]): UntilThere[] => notes.filter((n, i) => notes.findIndex((m) => m.file === n.file && m.while === n.while) === i);
