/** The official third-party schemas, read from the checksum-verified cache that `npm run fetch-schemas` fills. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR, FETCH_COMMAND, SCHEMAS } from '../scripts/official-schemas.mjs';
import { ROOT } from './helpers.js';

export { FETCH_COMMAND };

/** The cached schema, parsed, when present with its pinned checksum; undefined otherwise. */
export function officialSchema(file: string): Record<string, unknown> | undefined {
  const pinned = SCHEMAS.find((s) => s.file === file);
  const at = path.join(ROOT, CACHE_DIR, file);
  if (!pinned || !existsSync(at)) return undefined;
  const data = readFileSync(at);
  return createHash('sha256').update(data).digest('hex') === pinned.sha256 ? (JSON.parse(data.toString('utf8')) as Record<string, unknown>) : undefined;
}

/** Files of the pinned set that are missing (or damaged) in the cache. */
export const missingSchemas = (): string[] => SCHEMAS.filter((s) => !officialSchema(s.file)).map((s) => s.file);
