/** The manifest in the output folder: what obscompile wrote, by hash, so hand edits can be told from stale output. */
import { join } from 'node:path';
import { readFile } from '../fs.js';
import { sha256Wasm } from './sha256.js';
import { isPlainMapping } from '../config/plain-data.js';
import type { Artifact } from '../types.js';

import { MANIFEST_FILE } from '../paths.js';

export { MANIFEST_FILE };

export interface Manifest {
  generator: 'obscompile';
  /** The config the artifacts came from, relative to the output folder. */
  source: string;
  artifacts: Record<string, { sha256: string; executable: boolean }>;
}

// A build whose output is already current hashes nothing; one that changes a few files hashes them as WebAssembly
// (./sha256.ts), which starts in a millisecond; past WASM_BUDGET bytes in a run, node:crypto's native code is faster
// than that, and loading it (several milliseconds) pays off (process.getBuiltinModule does not load node:module too).
let createHash: typeof import('node:crypto').createHash | undefined;
const WASM_BUDGET = 64 * 1024;
/** What is left of the budget: once a hash goes to node:crypto, nothing. */
let wasmLeft = WASM_BUDGET;

/**
 * Says about how many bytes are about to be hashed (the texts' lengths: near enough, they are mostly ASCII): past the
 * budget, all of them go to node:crypto, none to WebAssembly first.
 */
function hashingAhead(bytes: number): void {
  if (bytes > wasmLeft) wasmLeft = 0;
}

/** Hex SHA-256 of a text, as recorded in the manifest. */
export function sha256(text: string | Buffer): string {
  const length = typeof text === 'string' ? Buffer.byteLength(text) : text.length;
  if (length <= wasmLeft) {
    wasmLeft -= length;
    return sha256Wasm(typeof text === 'string' ? Buffer.from(text) : text);
  }
  wasmLeft = 0;
  createHash ??= process.getBuiltinModule('node:crypto').createHash;
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The manifest for a set of artifacts: no timestamp, no tool version, so rebuilding never drifts. `known` gives
 * hashes already established for some paths (files on disk byte for byte what the manifest there recorded).
 */
export function manifestFor(source: string, artifacts: readonly Artifact[], known: ReadonlyMap<string, string> = new Map()): Manifest {
  const entries = [...artifacts].sort((a, b) => (a.path < b.path ? -1 : 1));
  const established = entries.map((a) => known.get(a.path) ?? lastHashAt(a.path, a.content));
  hashingAhead(entries.reduce((n, a, i) => (established[i] === undefined ? n + a.content.length : n), 0));
  return {
    generator: 'obscompile',
    source,
    artifacts: Object.fromEntries(entries.map((a, i) => [a.path, { sha256: established[i] ?? hashAt(a.path, a.content), executable: a.executable }])),
  };
}

/**
 * The last text hashed for each path, and its hash: a fleet's hosts mostly get the same texts (the same dashboards,
 * catalog and schema), often the very same string. One per path, so it holds no more than one output folder.
 */
const lastHashed = new Map<string, { text: string; hash: string }>();

/** The hash last made for `path`, when it was made for this text. */
function lastHashAt(path: string, text: string): string | undefined {
  const kept = lastHashed.get(path);
  return kept?.text === text ? kept.hash : undefined;
}

/** The text's hash, kept as the last one made for `path`. */
function hashAt(path: string, text: string): string {
  const hash = sha256(text);
  lastHashed.set(path, { text, hash });
  return hash;
}

/** Serialised manifest text. */
export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The manifest in `outDir`, or undefined when there is none (or it is unreadable JSON). */
export async function readManifest(outDir: string): Promise<Manifest | undefined> {
  return parseManifest(await readFile(join(outDir, MANIFEST_FILE), 'utf8').catch(() => ''));
}

/**
 * A manifest's text as a manifest, or undefined when it is not one: not JSON, or not of a manifest's shape (its
 * artifacts an object of entries, each with a hash), such as one edited by hand to `{"artifacts": null}`.
 */
export function parseManifest(text: string): Manifest | undefined {
  try {
    const parsed = JSON.parse(text) as Manifest;
    return isPlainMapping(parsed) && isPlainMapping(parsed.artifacts) && Object.values(parsed.artifacts).every((e) => isPlainMapping(e) && typeof e.sha256 === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

