/** The manifest in the output folder: what obscompile wrote, by hash, so hand edits can be told from stale output. */
import { join } from 'node:path';
import { readFile } from '../fs.js';
import type { Artifact } from '../types.js';

export const MANIFEST_FILE = '.obscompile-manifest.json';

export interface Manifest {
  generator: 'obscompile';
  /** The config the artifacts came from, relative to the output folder. */
  source: string;
  artifacts: Record<string, { sha256: string; executable: boolean }>;
}

// node:crypto is loaded on the first hash only: it costs a run several milliseconds, and a build whose output is
// already current hashes nothing (process.getBuiltinModule, unlike createRequire, does not load node:module too).
let createHash: typeof import('node:crypto').createHash | undefined;

/** Hex SHA-256 of a text, as recorded in the manifest. */
export function sha256(text: string | Buffer): string {
  createHash ??= process.getBuiltinModule('node:crypto').createHash;
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The manifest for a set of artifacts: no timestamp, no tool version, so rebuilding never drifts. `known` gives
 * hashes already established for some paths (files on disk byte for byte what the manifest there recorded).
 */
export function manifestFor(source: string, artifacts: readonly Artifact[], known: ReadonlyMap<string, string> = new Map()): Manifest {
  const entries = [...artifacts].sort((a, b) => (a.path < b.path ? -1 : 1));
  return {
    generator: 'obscompile',
    source,
    artifacts: Object.fromEntries(entries.map((a) => [a.path, { sha256: known.get(a.path) ?? sha256(a.content), executable: a.executable }])),
  };
}

/** Serialised manifest text. */
export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The manifest in `outDir`, or undefined when there is none (or it is unreadable JSON). */
export async function readManifest(outDir: string): Promise<Manifest | undefined> {
  return parseManifest(await readFile(join(outDir, MANIFEST_FILE), 'utf8').catch(() => ''));
}

/** A manifest's text as a manifest, or undefined when it is not one (not JSON, no artifacts). */
export function parseManifest(text: string): Manifest | undefined {
  try {
    const parsed = JSON.parse(text) as Manifest;
    return parsed && typeof parsed.artifacts === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}
