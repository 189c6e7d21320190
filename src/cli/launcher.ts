/**
 * The `obscompile` executable. It runs the bundled CLI (dist/cli/obscompile.cjs, a script whose value is the CommonJS
 * module function of the CLI; this file is dist/cli/bin.cjs) through a V8 code cache, so that
 * every run after the first skips parsing and compiling the bundle: most of obscompile's start-up cost (issue 8).
 * Node 22 offers this as module.enableCompileCache(); Node 20 does not, so this file does the same with node:vm.
 *
 * The cache is one file per command and installation (made from the command's first run that went its whole way; until
 * there is one, from its first run: ./run-state.ts) in $XDG_CACHE_HOME/obscompile/v8 (default ~/.cache; a relative
 * XDG_CACHE_HOME or HOME is ignored, as the XDG spec says), named by a hash of the bundle, the Node version and the
 * architecture, so an upgrade never reads a stale cache. The bundle's first line carries its build id (a digest of the
 * rest, written by scripts/bundle.mjs), so no run hashes the bundle; its size and modification time are part of the
 * name too, for a bundle edited in place. V8 does not verify the contents of cached data in release builds, and
 * damaged data can crash it: every file starts with a checksum of its payload (./checksum.ts), and a payload that
 * does not match is never handed to V8. Any cache problem (no home folder, read-only disk, a damaged file) only
 * means a slower run. OBSCOMPILE_NO_COMPILE_CACHE=1 turns it off.
 *
 * It is CommonJS (scripts/bundle.mjs writes it as dist/cli/bin.cjs) and loads no module but node:vm that Node has not
 * already loaded at start-up (not node:crypto, node:module or node:os): every millisecond here is paid on every run.
 * Built-ins are imported by name: a default import would copy every export of the module on each run.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Script, constants } from 'node:vm';
import { cacheHome } from './cache-home.js';
import { checksum, readInto, readWithChecksum } from '../checksum.js';

const COMMANDS = ['validate', 'build', 'check', 'schema', 'docs', 'init', 'explain'];

/** Bytes of the checksum (16 hex digits) in front of each cache file's payload. */
const HEADER = 16;
/** Caches of other installations unused this long are removed: deleted checkouts must not fill the cache folder. */
const STALE_AFTER_MS = 30 * 24 * 3600 * 1000;
const BUILD_ID = /^\/\/obscompile-build:([0-9a-f]{16})$/;

/**
 * The cache files of a command: one made from a run that went the command's whole way, and one made from a run that
 * stopped early (./run-state.ts), kept only until a complete run replaces it.
 */
function cacheFiles(firstLine: string, size: number, mtimeMs: number, command: string): { complete: string; partial: string } | undefined {
  if (process.env.OBSCOMPILE_NO_COMPILE_CACHE) return undefined;
  const home = cacheHome();
  const id = BUILD_ID.exec(firstLine)?.[1];
  if (!home || !id) return undefined;
  // One name prefix per installation (its bundle path), so two installs sharing the folder never evict each other.
  const install = checksum(Buffer.from(bundle)).slice(0, 12);
  const key = checksum(Buffer.from(`${id}\0${process.version}\0${process.arch}\0${size}\0${mtimeMs}`));
  const name = join(home, 'obscompile', 'v8', `${command}-${install}-${key}`);
  return { complete: `${name}.bin`, partial: `${name}.partial.bin` };
}

/** The cached payload, only when its recorded checksum matches: V8 never sees damaged bytes. */
function readCache(file: string): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    if (size <= HEADER) return undefined;
    const recorded = Buffer.alloc(HEADER);
    if (readSync(fd, recorded, 0, HEADER, 0) !== HEADER) return undefined;
    const handle = fd;
    const { data, sum } = readWithChecksum((into, offset, length, position) => readSync(handle, into, offset, length, position), HEADER, size - HEADER);
    return data.length === size - HEADER && recorded.toString('latin1') === sum ? data : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes the checksum and the cache atomically and removes this installation's caches for other bundles or Node versions. */
function writeCache(file: string, data: Buffer): void {
  try {
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    try {
      writeFileSync(temp, Buffer.concat([Buffer.from(checksum(data), 'latin1'), data]), { mode: 0o600 });
      renameSync(temp, file);
    } catch (error) {
      // A full disk (or a file size limit) leaves no part of a cache behind.
      rmSync(temp, { force: true });
      throw error;
    }
    const prefix = basename(file).slice(0, basename(file).lastIndexOf('-') + 1);
    const stale = Date.now() - STALE_AFTER_MS;
    for (const old of readdirSync(dir)) {
      // A temp file a run killed while writing left: written in milliseconds, so one a minute old is no one's.
      if (old.endsWith('.tmp') && statSync(join(dir, old)).mtimeMs < Date.now() - 60_000) rmSync(join(dir, old), { force: true });
      if (!old.endsWith('.bin') || old === basename(file)) continue;
      // This installation's older caches go now; other installations' once unused for a month (they may be gone).
      if (old.startsWith(prefix) || statSync(join(dir, old)).mtimeMs < stale) rmSync(join(dir, old), { force: true });
    }
  } catch {
    // No cache this time: the next run compiles the bundle again.
  }
}

/**
 * The bundle's text and file status. It is read through the checksum's memory, which then holds the cache: one buffer
 * of fresh pages instead of two (a fresh page costs a fault, and faults are much of a run's cost).
 */
function readBundle() {
  const fd = openSync(bundle, 'r');
  try {
    const stats = fstatSync(fd);
    const bytes = readInto((into, offset, length, position) => readSync(fd, into, offset, length, position), 0, stats.size);
    // esbuild writes ASCII only (its default charset), so latin1 is the exact and cheapest decoding.
    return { source: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'), stats };
  } finally {
    closeSync(fd);
  }
}

// This file runs only as dist/cli/bin.cjs, a CommonJS script: __dirname and require are its own.
const here = __dirname;
const bundle = join(here, 'obscompile.cjs');
const { source, stats } = readBundle();
const command = process.argv.slice(2).find((a) => COMMANDS.includes(a)) ?? 'other';
const files = cacheFiles(source.slice(0, Math.max(0, source.indexOf('\n'))), stats.size, Math.trunc(stats.mtimeMs), command);
let cachedData = files ? readCache(files.complete) : undefined;
const fromComplete = cachedData !== undefined;
if (files && !cachedData) cachedData = readCache(files.partial);
// The bundle is a function expression with CommonJS's parameters (scripts/bundle.mjs writes the wrapper).
const script = new Script(source, {
  filename: bundle,
  ...(cachedData ? { cachedData } : {}),
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
// The bundle sits beside this file, so this file's require resolves the bundle's chunks (./obscompile-*.cjs) and
// Node's built-ins exactly as a require made for the bundle would, without loading node:module to make one.
const main: { exports: { runState?: { complete: boolean } } } = { exports: {} };
// Cached data made after the run also holds every function the command compiled along the way. It is written when
// there is none or V8 rejected it, and once more when a complete run follows one made from a run that stopped early.
if (files) {
  process.once('exit', () => {
    const complete = main.exports.runState?.complete === true;
    if (cachedData && !script.cachedDataRejected && (fromComplete || !complete)) return;
    writeCache(complete ? files.complete : files.partial, script.createCachedData());
  });
}
(script.runInThisContext() as (...args: unknown[]) => void)(main.exports, require, main, bundle, here);
