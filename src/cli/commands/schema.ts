/** `obscompile schema`: a JSON Schema (of the config or of a fleet file), for editors and other tools. */
import { readFile } from '../../fs.js';
import { resolve } from 'node:path';
import { fileDiagnostic } from '../../diagnostics/make.js';
import { namedTarget, writeNamed } from '../../emit/named-file.js';
import { EXIT, type Io } from '../io.js';
import { fleetSchemaFile, schemaFile } from '../../paths.js';
import { report } from './report.js';

/**
 * `--kind config` (observability.config.yaml) or `--kind fleet` (observability.fleet.yaml, host overrides included).
 * `--out -` is standard output; a device or pipe is written through; a link or folder is refused, never replaced, and
 * so is a file that is not already one of obscompile's schemas.
 */
/** The `$id`s of the schemas obscompile writes (schema/*.schema.json), of any release. */
const OUR_IDS = /^https:\/\/obscompile\.dev\/schema\/(observability|fleet)\.schema\.json$/;

/** Whether `text` is a JSON Schema obscompile wrote: JSON whose `$id` is one of its schemas'. */
function isOurSchema(text: string): boolean {
  try {
    const id = (JSON.parse(text) as { $id?: unknown } | null)?.$id;
    return typeof id === 'string' && OUR_IDS.test(id);
  } catch {
    return false;
  }
}

export async function schemaCommand(opts: { out?: string; kind?: 'config' | 'fleet'; format?: string }, io: Io): Promise<number> {
  const text = await readFile(opts.kind === 'fleet' ? fleetSchemaFile() : schemaFile(), 'utf8');
  if (opts.out === undefined || opts.out === '-') {
    if (io.result) io.result({ schema: JSON.parse(text) });
    else io.out(text);
    return EXIT.ok;
  }
  const target = await namedTarget(resolve(io.cwd, opts.out), false);
  if (target.kind === 'refused') {
    report(io, [fileDiagnostic(opts.out, {
      code: 'OBS_OUTPUT_UNSAFE',
      message: `${opts.out} is ${target.what}; \`schema --out\` writes only a regular file, a device or a pipe`,
      hint: 'name the file itself (not a link to it), or `-` for standard output',
    })], opts.format ?? 'text');
    return EXIT.usage;
  }
  // A file that is there is replaced only when it is an earlier copy of one of obscompile's schemas: `--out` naming
  // the config (or any other file) by mistake must not cost it.
  if (target.kind === 'file' && !isOurSchema((await target.bytes()).toString('utf8'))) {
    report(io, [fileDiagnostic(opts.out, {
      code: 'OBS_OUTPUT_UNSAFE',
      message: `${opts.out} already exists and is not a schema obscompile wrote; \`schema --out\` replaces only an earlier copy of its schema`,
      hint: 'name another file, or move this one away first if it is meant to be replaced',
    })], opts.format ?? 'text');
    return EXIT.usage;
  }
  await writeNamed(target, text);
  io.result?.({ wrote: opts.out });
  if (target.kind !== 'through') io.err(`wrote ${opts.out}`);
  return EXIT.ok;
}
