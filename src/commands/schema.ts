/** `obscompile schema`: the JSON Schema, for editors and other tools. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../fs-safe.js';
import { EXIT, type Io } from '../io.js';
import { schemaFile } from '../paths.js';

export async function schemaCommand(opts: { out?: string }, io: Io): Promise<number> {
  const text = await readFile(schemaFile(), 'utf8');
  if (!opts.out) {
    if (io.result) io.result({ schema: JSON.parse(text) });
    else io.out(text);
    return EXIT.ok;
  }
  const file = path.resolve(io.cwd, opts.out);
  await writeAtomic(file, text);
  io.result?.({ wrote: opts.out });
  io.err(`wrote ${opts.out}`);
  return EXIT.ok;
}
