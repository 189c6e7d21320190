/** `obscompile init`: a starter config whose first line points editors at the shipped schema. */
import { readFile, writeFile } from '../../fs.js';
import { makeDirs } from '../../emit/fs-safe.js';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { CONFIG_FILE_NAMES } from '../../discover/discover.js';
import { fileDiagnostic } from '../../diagnostics/make.js';
import { renderTemplate } from '../../render/templates.js';
import { EXIT, type Io } from '../io.js';
import { report } from './report.js';
import { SCHEMA_COPY, schemaFile, shipped } from '../../paths.js';

/** The shipped examples `init --example` starts from. */
export const EXAMPLES = {
  'sglang-dev': shipped('examples', 'sglang-dev', 'observability.config.yaml'),
  'cpu-only': shipped('examples', 'cpu-only', 'observability.config.yaml'),
};

/** Where `init` puts the artifacts: also where the schema copy lives, which the modeline names. */
const OUTPUT_DIR = '.devcontainer/observability';

/** The modeline's schema path: the copy `build` keeps in the output folder, relative to the config. */
export const SCHEMA_REFERENCE = `./${OUTPUT_DIR}/${SCHEMA_COPY}`;

/** The starter text, or an example's with its output folder, workspace and schema set for a project of its own. */
export async function starterConfig(example?: keyof typeof EXAMPLES): Promise<string> {
  if (!example) return renderTemplate('starter.config.yaml', { schema: SCHEMA_REFERENCE, name: 'sglang-dev', outputDir: OUTPUT_DIR });
  const doc = parseDocument(await readFile(EXAMPLES[example], 'utf8'));
  doc.deleteIn(['devcontainer', 'schemaPath']);
  doc.setIn(['output', 'dir'], OUTPUT_DIR);
  doc.setIn(['devcontainer', 'workspaceRoot'], '.');
  const body = doc.toString({ lineWidth: 0 }).replace(/^# yaml-language-server:.*\n/, '');
  return `# yaml-language-server: $schema=${SCHEMA_REFERENCE}\n${body}`;
}

export async function initCommand(opts: { example?: keyof typeof EXAMPLES; format?: string }, io: Io, args: string[]): Promise<number> {
  const dir = resolve(io.cwd, args[0] ?? '.');
  const file = join(dir, CONFIG_FILE_NAMES[0]);
  const shown = relative(io.cwd, file) || file;
  await makeDirs(dir);
  try {
    await writeFile(file, await starterConfig(opts.example), { flag: 'wx' });
    // The schema copy right away, so the editor validates before the first build (build keeps it current).
    await makeDirs(join(dir, OUTPUT_DIR));
    await writeFile(join(dir, OUTPUT_DIR, SCHEMA_COPY), await readFile(schemaFile(), 'utf8'));
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
