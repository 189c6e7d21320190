/**
 * The texts a build of a config rendered, kept in the user's cache beside its build record (./record.ts), so that
 * the next build of it gives again, instead of rendering, every text whose input the edit did not touch
 * (src/render/same-input.ts: the catalog, the alert rules and their tests, the dashboards). A build that edits one
 * port renders what that port is in, not the 64 KB catalog. Kept for this obscompile only (the records' code
 * identity), and only what the last run gave: the file holds one build's texts.
 */
import { readFileSync } from 'node:fs';
import { checksum } from '../checksum.js';
import { codeIdentity, recordFile, saveCacheFile } from './record.js';
import type { KeptTexts } from '../types.js';

const FORMAT = 2;

/**
 * The file: a line with the checksum of the rest, a line of JSON (this head), then the texts one after another, as
 * they are (no JSON to decode: reading them is taking slices of one string).
 */
interface KeptHead {
  format: typeof FORMAT;
  code: string;
  /** In the order of the texts: renderer name and key, the input's digest, and the text's length in characters. */
  texts: [string, string, number][];
}

/** Kept texts read from the cache, and what this run gives, written back by `save` when it differs. */
export interface KeptTextsFile extends KeptTexts {
  save(): void;
}

/**
 * The kept texts of builds of `main` (a config file) in `cacheDir`; none when the file is missing, damaged or another
 * obscompile's. The file is read when first asked for a text (a config that does not compile never reads it).
 */
export function keptTexts(cacheDir: string, main: string): KeptTextsFile {
  const file = recordFile(cacheDir, 'texts', main);
  let read: { texts: Map<string, [string, string]> | undefined } | undefined;
  const earlier = () => (read ??= { texts: readKept(file) }).texts;
  const now = new Map<string, [string, string]>();
  return {
    find(id, digest) {
      const found = earlier()?.get(id);
      return found && found[0] === digest ? found[1] : undefined;
    },
    keep(id, digest, text) {
      now.set(id, [digest, text]);
    },
    save() {
      // Unchanged, or nothing to keep and nothing kept before (a config over the size kept texts are used for).
      const before = earlier();
      const same = before === undefined ? now.size === 0 : before.size === now.size && [...now].every(([id, [digest]]) => before.get(id)?.[0] === digest);
      if (same) return;
      const head: KeptHead = { format: FORMAT, code: codeIdentity(), texts: [...now].map(([id, [digest, text]]) => [id, digest, text.length]) };
      const body = Buffer.from(`${JSON.stringify(head)}\n${[...now.values()].map(([, text]) => text).join('')}`);
      saveCacheFile(file, Buffer.concat([Buffer.from(`${checksum(body)}\n`), body]));
    },
  };
}

function readKept(file: string): Map<string, [string, string]> | undefined {
  try {
    // The first line is the checksum of the rest: a damaged file is never taken for texts.
    const bytes = readFileSync(file);
    const end = bytes.indexOf(0x0a);
    if (end < 0 || bytes.toString('latin1', 0, end) !== checksum(bytes.subarray(end + 1))) return undefined;
    const rest = bytes.toString('utf8', end + 1);
    const headEnd = rest.indexOf('\n');
    const head = JSON.parse(rest.slice(0, headEnd)) as KeptHead;
    if (head.format !== FORMAT || head.code !== codeIdentity()) return undefined;
    const texts = new Map<string, [string, string]>();
    let at = headEnd + 1;
    for (const [id, digest, length] of head.texts) texts.set(id, [digest, rest.slice(at, (at += length))]);
    return at === rest.length ? texts : undefined;
  } catch {
    return undefined;
  }
}
