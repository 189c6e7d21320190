/** Rewrites every generated file (types, standalone validator, catalog, ...); a catalog mistake writes none of them. */
import { writeFile } from 'node:fs/promises';
import { generateAll } from './generators.js';
import { CatalogError } from './catalog-source.js';

const root = new URL('..', import.meta.url);
let files;
try {
  files = await generateAll();
} catch (error) {
  if (!(error instanceof CatalogError)) throw error;
  console.error(`${error.message}\nnpm run generate: nothing written; fix the catalog and run it again.`);
  process.exit(1);
}
for (const file of files) {
  await writeFile(new URL(file.path, root), file.content);
  console.log(`wrote ${file.path}`);
}
