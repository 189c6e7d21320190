/** Rewrites every generated file (types, standalone validator). */
import { writeFile } from 'node:fs/promises';
import { generateAll } from './generators.js';

const root = new URL('..', import.meta.url);
for (const file of await generateAll()) {
  await writeFile(new URL(file.path, root), file.content);
  console.log(`wrote ${file.path}`);
}
