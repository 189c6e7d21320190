/** `obscompile schema`: a JSON Schema (of the config or of a fleet file), for editors and other tools. */
import { readFile } from '../../fs.js';
import { resolve } from 'node:path';
import { writeAtomic } from '../../emit/fs-safe.js';
import { EXIT, type Io } from '../io.js';
import { fleetSchemaFile, schemaFile } from '../../paths.js';

/** `--kind config` (observability.config.yaml) or `--kind fleet` (observability.fleet.yaml, host overrides included). */
export async function schemaCommand(opts: { out?: string; kind?: 'config' | 'fleet' }, io: Io): Promise<number> {
  const text = await readFile(opts.kind === 'fleet' ? fleetSchemaFile() : schemaFile(), 'utf8');
  if (!opts.out) {
    if (io.result) io.result({ schema: JSON.parse(text) });
    else io.out(text);
    return EXIT.ok;
  }
  const file = resolve(io.cwd, opts.out);
  await writeAtomic(file, text);
  io.result?.({ wrote: opts.out });
  io.err(`wrote ${opts.out}`);
  return EXIT.ok;
}
