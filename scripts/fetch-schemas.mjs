/** `npm run fetch-schemas [-- --seed DIR]`: fills .cache/schemas with the pinned official schemas, checksums verified. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR, SCHEMAS, sourceUrl } from './official-schemas.mjs';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const seedAt = process.argv.indexOf('--seed');
const seed = seedAt === -1 ? undefined : process.argv[seedAt + 1];
const dir = path.join(root, CACHE_DIR);
mkdirSync(dir, { recursive: true });
const intact = (s) => existsSync(path.join(dir, s.file)) && createHash('sha256').update(readFileSync(path.join(dir, s.file))).digest('hex') === s.sha256;

let failed = 0;
for (const s of SCHEMAS) {
  // Already cached with the pinned checksum: nothing to fetch or seed (so a clone without the seed folder still works).
  if (intact(s)) {
    console.log(`${s.file}: ok, cached (${s.repo}@${s.commit.slice(0, 12)})`);
    continue;
  }
  let data;
  try {
    data = seed ? readFileSync(path.resolve(seed, s.file)) : Buffer.from(await (await fetch(sourceUrl(s))).arrayBuffer());
  } catch (error) {
    console.error(`${s.file}: cannot ${seed ? `read it from ${seed}` : `download ${sourceUrl(s)}`}: ${error.message}`);
    failed++;
    continue;
  }
  const sum = createHash('sha256').update(data).digest('hex');
  if (sum !== s.sha256) {
    console.error(`${s.file}: sha256 ${sum} is not the pinned ${s.sha256}; not cached`);
    failed++;
    continue;
  }
  const temp = path.join(dir, `.${s.file}.${process.pid}.tmp`);
  writeFileSync(temp, data);
  renameSync(temp, path.join(dir, s.file));
  console.log(`${s.file}: ok (${s.repo}@${s.commit.slice(0, 12)})`);
}
if (failed && !seed) {
  console.error(`${failed} of ${SCHEMAS.length} schemas could not be downloaded. Offline, copy them (scripts/official-schemas.mjs names each, with its source and checksum) into a folder and run \`npm run fetch-schemas -- --seed FOLDER\`: the checksums are checked the same way.`);
}
process.exitCode = failed ? 1 : 0;
