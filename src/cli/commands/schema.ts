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
 * `--out -` is standard output; a device or pipe is written through; a link or folder is refused, never replaced.
 */
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
  await writeNamed(target, text);
  io.result?.({ wrote: opts.out });
  if (target.kind !== 'through') io.err(`wrote ${opts.out}`);
  return EXIT.ok;
}
