/** `obscompile init`: a starter config whose first line points editors at the shipped schema. */
import { readFile, writeFile } from 'node:fs/promises';
import { makeDirs } from '../fs-safe.js';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { CONFIG_FILE_NAMES } from '../discover.js';
import { fileDiagnostic } from '../diagnostics/make.js';
import { renderTemplate } from '../render/handlebars.js';
import { EXIT, type Io } from '../io.js';
import { report } from './report.js';
import { SCHEMA_FILE } from './schema.js';
import { shipped } from '../paths.js';

/** The shipped examples `init --example` starts from. */
export const EXAMPLES = {
  'sglang-dev': shipped('examples', 'sglang-dev', 'observability.config.yaml'),
  'cpu-only': shipped('examples', 'cpu-only', 'observability.config.yaml'),
};

/** The schema path as the modeline should name it: relative to the config when that stays short, else absolute. */
export function schemaReference(configDir: string): string {
  const schemaFile = SCHEMA_FILE;
  const rel = path.relative(configDir, schemaFile).split(path.sep).join('/');
  if (rel.split('/').filter((s) => s === '..').length > 3) return schemaFile;
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** The starter text, or the example's with its modeline and schema path pointed at this installation. */
export async function starterConfig(dir: string, example?: keyof typeof EXAMPLES): Promise<string> {
  const schema = schemaReference(dir);
  if (!example) return renderTemplate('starter.config.yaml', { schema, name: 'sglang-dev' });
  const doc = parseDocument(await readFile(EXAMPLES[example], 'utf8'));
  doc.setIn(['devcontainer', 'schemaPath'], schema);
  doc.setIn(['output', 'dir'], '.devcontainer/observability');
  doc.setIn(['devcontainer', 'workspaceRoot'], '.');
  const body = doc.toString({ lineWidth: 0 }).replace(/^# yaml-language-server:.*\n/, '');
  return `# yaml-language-server: $schema=${schema}\n${body}`;
}

export async function initCommand(opts: { example?: keyof typeof EXAMPLES; format?: string }, io: Io, args: string[]): Promise<number> {
  const dir = path.resolve(io.cwd, args[0] ?? '.');
  const file = path.join(dir, CONFIG_FILE_NAMES[0]);
  const shown = path.relative(io.cwd, file) || file;
  await makeDirs(dir);
  try {
    await writeFile(file, await starterConfig(dir, opts.example), { flag: 'wx' });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    report(io, [fileDiagnostic(shown, {
      code: 'OBS_IO',
      message: exists ? `${shown} already exists; init never overwrites a config` : `cannot write ${shown}: ${(error as Error).message}`,
      hint: exists ? 'edit the existing file, or remove it first' : 'check the folder permissions',
    })], opts.format ?? 'text');
    return EXIT.usage;
  }
  io.result?.({ wrote: shown });
  io.out(`wrote ${shown}; next: obscompile build`);
  return EXIT.ok;
}
