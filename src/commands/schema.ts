/** `obscompile schema`: the JSON Schema, for editors and other tools. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { commitTemp, writeTemp } from '../fs-safe.js';
import { EXIT, type Io } from '../io.js';

/** The shipped schema file. */
export const SCHEMA_URL = new URL('../../schema/observability.schema.json', import.meta.url);

export async function schemaCommand(opts: { out?: string }, io: Io): Promise<number> {
  const text = await readFile(SCHEMA_URL, 'utf8');
  if (!opts.out) {
    io.out(text);
    return EXIT.ok;
  }
  const file = path.resolve(io.cwd, opts.out);
  await commitTemp(await writeTemp(file, text, false), file);
  io.err(`wrote ${opts.out}`);
  return EXIT.ok;
}
