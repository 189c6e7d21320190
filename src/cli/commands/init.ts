/** `obscompile init`: a starter config whose first line points editors at the shipped schema. */
import { readFile, removeFile } from '../../fs.js';
import { createWhole, inspect, makeDirs } from '../../emit/fs-safe.js';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { CONFIG_FILE_NAMES } from '../../discover/discover.js';
import { RESERVED_SERVICES } from '../../config/names.js';
import { ERRNO_WORDS, fileDiagnostic } from '../../diagnostics/make.js';
import { renderTemplate } from '../../render/templates.js';
import { EXIT, type Io } from '../io.js';
import { grafanaSecretLine, report, suggested } from './report.js';
import { SCHEMA_COPY, schemaFile, shipped } from '../../paths.js';
import { shownWord } from '../../render/text.js';

/** The shipped examples `init --example` starts from. */
export const EXAMPLES = {
  'sglang-dev': shipped('examples', 'sglang-dev', 'observability.config.yaml'),
  'cpu-only': shipped('examples', 'cpu-only', 'observability.config.yaml'),
  'vllm-dev': shipped('examples', 'vllm-dev', 'observability.config.yaml'),
};

/** Where `init` puts the artifacts: also where the schema copy lives, which the modeline names. */
const OUTPUT_DIR = '.devcontainer/observability';

/** The modeline's schema path: the copy `build` keeps in the output folder, relative to the config. */
export const SCHEMA_REFERENCE = `./${OUTPUT_DIR}/${SCHEMA_COPY}`;

/** The starter text, or an example's with its output folder, workspace and schema set for a project of its own. */
export async function starterConfig(example?: keyof typeof EXAMPLES, folder?: string): Promise<string> {
  const name = projectName(folder);
  if (!example) return renderTemplate('starter.config.yaml', { schema: SCHEMA_REFERENCE, name: yamlString(name ?? FALLBACK_NAME), outputDir: OUTPUT_DIR });
  const doc = parseDocument(await readFile(EXAMPLES[example], 'utf8'));
  // The example's names would be every project's started from it: the folder's, as the starter's.
  if (name) for (const at of [['project', 'name'], ['container', 'service']]) doc.setIn(at, name);
  doc.deleteIn(['devcontainer', 'schemaPath']);
  doc.setIn(['output', 'dir'], OUTPUT_DIR);
  doc.setIn(['devcontainer', 'workspaceRoot'], '.');
  const body = doc.toString({ lineWidth: 0 }).replace(/^# yaml-language-server:.*\n/, '');
  return `# yaml-language-server: $schema=${SCHEMA_REFERENCE}\n${body}`;
}

/** The starter's names when the folder gives none (the reference stack's). */
const FALLBACK_NAME = 'sglang-dev';

/** Folder names that hold a project's config, not name the project: init names it after the folder above. */
const CONFIG_FOLDERS = new Set(['devcontainer', 'observability']);

/**
 * The folder a config made in `dir` names its project after: `dir`, or, for a hidden folder (`.devcontainer`) or
 * a config folder of a project, the nearest folder above that is neither (`repo/.devcontainer/observability`: `repo`).
 */
export function projectFolder(dir: string): string {
  let at = dir;
  while ((basename(at).startsWith('.') || CONFIG_FOLDERS.has(basename(at).toLowerCase())) && dirname(at) !== at) at = dirname(at);
  return basename(at) ? at : dir;
}

/**
 * The project and Compose service name of a new config: the project folder's, as the name pattern takes it (lower
 * case; other characters become `-`; one character gets `-dev`), so that two projects on one Docker host do not share
 * a container name.
 * Undefined when the folder gives no usable name (no letter or digit of a-z and 0-9, or a service obscompile
 * generates itself): init then keeps FALLBACK_NAME (or the example's) and says so.
 */
export function projectName(folder: string | undefined): string | undefined {
  const cut = (folder ?? '').toLowerCase().replace(/[^a-z0-9_.-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 63).replace(/-+$/, '');
  // Compose refuses a container name of one character: `x` becomes `x-dev`.
  const name = cut.length === 1 ? `${cut}-dev` : cut;
  return name && !(RESERVED_SERVICES as readonly string[]).includes(name) ? name : undefined;
}

/** `text` as a YAML string: quoted where YAML would read a number, a boolean or null (a folder named `2024` or `true`). */
const yamlString = (text: string): string => (typeof parse(text) === 'string' ? text : JSON.stringify(text));

/**
 * Writes the starter config and the schema copy, or nothing: both places are looked at before either is written. The
 * config must not exist; the schema copy may already be there byte for byte (a second project in the same folder tree
 * of an earlier `init`), but a different file, a link or a folder there is never replaced.
 */
export async function initCommand(opts: { example?: keyof typeof EXAMPLES; format?: string }, io: Io, args: string[]): Promise<number> {
  const dir = resolve(io.cwd, args[0] ?? '.');
  const file = join(dir, CONFIG_FILE_NAMES[0]);
  const copy = join(dir, OUTPUT_DIR, SCHEMA_COPY);
  const shown = (f: string) => relative(io.cwd, f) || f;
  const fail = (f: string, message: string, hint: string) => {
    report(io, [fileDiagnostic(shown(f), { code: 'OBS_IO', message, hint })], opts.format ?? 'text');
    return EXIT.usage;
  };
  // init takes a folder: a file there, or a new name that reads as a config file's, is a mistake, not a folder to make.
  const given = args[0] === undefined ? undefined : await inspect(dir);
  if (given?.kind === 'file' || (given?.kind === 'missing' && /\.ya?ml$/i.test(dir))) {
    const usage = fileDiagnostic(shown(dir), { code: 'OBS_USAGE', message: `init takes the folder to write ${CONFIG_FILE_NAMES[0]} into; ${shown(dir)} ${given.kind === 'file' ? 'is a file' : 'reads as a file name'}`, hint: `run \`${suggested(io, 'init')}\` in the project folder, or give init a folder: the config is always named ${CONFIG_FILE_NAMES[0]}` });
    report(io, [usage], opts.format ?? 'text');
    return EXIT.usage;
  }
  const schema = await readFile(schemaFile(), 'utf8');
  const [config, other, existing] = await Promise.all([inspect(file), inspect(join(dir, CONFIG_FILE_NAMES[1])), inspect(copy)]);
  if (config.kind !== 'missing') return fail(file, `${shown(file)} already exists; init never overwrites a config`, 'edit the existing file, or remove it first');
  // A .yml config is found as the .yaml one is, after it: a new .yaml beside it would hide it.
  const yml = join(dir, CONFIG_FILE_NAMES[1]);
  if (other.kind !== 'missing') return fail(yml, `${shown(yml)} already exists; a new ${CONFIG_FILE_NAMES[0]} beside it would be read instead of it`, 'edit the existing file, or remove it first');
  if (existing.kind === 'other') return fail(copy, `${shown(copy)} is ${existing.what}; init writes the editor's schema copy there and never replaces what it did not write`, 'remove it, then run init again');
  if (existing.kind === 'file' && existing.content.toString('utf8') !== schema) {
    return fail(copy, `${shown(copy)} already exists and is not this obscompile's schema; init never overwrites a file`, 'remove it (`obscompile build` writes it again), then run init again');
  }
  const created: string[] = [];
  const named = basename(projectFolder(dir));
  const text = await starterConfig(opts.example, named);
  // The file being made when a call fails (a temp file's error names the temp file, or none).
  let at = dirname(copy);
  try {
    await makeDirs(at);
    // Each file whole or not at all (a full disk leaves no half-written config), and never over one that appeared.
    await createWhole((at = file), text);
    created.push(file);
    // The schema copy right away, so the editor validates before the first build (build keeps it current).
    if (existing.kind === 'missing') await createWhole((at = copy), schema);
  } catch (error) {
    // All or nothing: a config without its schema copy would leave the editor's modeline pointing at nothing.
    await Promise.all(created.map((f) => removeFile(f)));
    const e = error as NodeJS.ErrnoException;
    // A folder that could not be made is named where mkdir failed (an ancestor, perhaps), not as the one wanted.
    if (e.syscall === 'mkdir' && e.path) at = e.path;
    const why = e.code === 'EEXIST' ? 'something appeared there while init ran' : ERRNO_WORDS[e.code ?? ''] ? `it ${ERRNO_WORDS[e.code!]} (${e.code})` : e.message;
    return fail(at, `cannot write ${shown(at)}: ${why}`, 'check the folder, its permissions and free space, then run init again; no file was left behind');
  }
  io.result?.({ wrote: shown(file) });
  io.out(`wrote ${shown(file)}; next: ${nextBuild(io, dir, file)}`);
  const written = parseDocument(text).toJS() as { project?: { name?: string }; grafana?: { enabled?: boolean; adminPasswordFile?: string } };
  if (!projectName(named)) {
    const kept = written.project?.name ?? FALLBACK_NAME;
    io.out(`the folder name ${JSON.stringify(named)} gives no project name (a name takes a-z, 0-9, _, . and -), so the project and its Compose service are named \`${kept}\`: give project.name and container.service names of their own if another project on this Docker host has them`);
  }
  // An example that runs Grafana reads its admin password from a file only the user can make: Compose mounts it as a secret.
  const grafana = written.grafana;
  const secret = grafana?.enabled ? grafana.adminPasswordFile : undefined;
  if (secret) io.out(grafanaSecretLine(join(relative(io.cwd, dir) || '.', secret)));
  return EXIT.ok;
}

/**
 * The build to run next. build searches from the current folder upward, so a config written below it is built from
 * its own folder. One written outside it is named with --config instead when obscompile runs through npx: npx finds
 * obscompile only in this project, and elsewhere would look for it in the npm registry, where no package of that name
 * is obscompile's.
 */
function nextBuild(io: Io, dir: string, file: string): string {
  const from = relative(io.cwd, dir);
  if (from === '') return suggested(io, 'build');
  if (io.invokedAs?.startsWith('npx ') && (from.startsWith('..') || isAbsolute(from))) return `${suggested(io, 'build')} --config ${shownWord(relative(io.cwd, file))}`;
  return `cd ${shownWord(from)} && ${suggested(io, 'build')}`;
}
