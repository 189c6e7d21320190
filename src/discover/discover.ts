/** Stage 1: find and read the config file (a search upward to the project root, or an explicit path). */
import { close, lstatIfAny, open, read as readFd, readdir, stat } from '../fs.js';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ERRNO_WORDS, fileDiagnostic } from '../diagnostics/make.js';
import { utf8Text } from './encoding.js';
import { distance } from 'fastest-levenshtein';
import type { SourceFile, StageResult } from '../types.js';

/** File names searched for in each folder, from the current folder upward. */
export const CONFIG_FILE_NAMES = ['observability.config.yaml', 'observability.config.yml'] as const;

/** Larger configs are refused before parsing unless the user raises the limit (`--max-config-bytes`): a real one is a few kilobytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface DiscoverOptions {
  /** Folder the search starts in. */
  cwd: string;
  /** Explicit config path (`--config`); no search when given. */
  configPath?: string | undefined;
  /** Largest config accepted, in bytes (default MAX_CONFIG_BYTES). */
  maxBytes?: number | undefined;
}

/** Finds the config (explicit path, else a search upward to the project root) and reads it. */
export async function discover(options: DiscoverOptions): Promise<StageResult<SourceFile>> {
  if (options.configPath) {
    const file = resolve(options.cwd, options.configPath);
    return read(file, displayPath(options.cwd, file), options.maxBytes ?? MAX_CONFIG_BYTES);
  }
  const searched = await search(options.cwd);
  if (searched.found) return read(searched.found, displayPath(options.cwd, searched.found), options.maxBytes ?? MAX_CONFIG_BYTES);
  if (searched.blocked) {
    const shown = displayPath(options.cwd, searched.blocked.path);
    return fail(shown, 'OBS_CONFIG_NOT_FOUND', `${shown} is ${searched.blocked.what}, not a config file`, 'make it the observability.config.yaml file (or remove it), or pass `--config PATH`');
  }
  const root = searched.stoppedAt;
  const where = root === undefined
    ? `in ${options.cwd} or any folder above it`
    : root === resolve(options.cwd)
      ? `in ${options.cwd}, the project root (it has a package.json, so the search stops there)`
      : `in ${options.cwd} or the folders above it up to ${root}, the project root (it has a package.json, so the search stops there)`;
  // Named by the folder searched, without a line: there is no file to point into.
  const diagnostic = fileDiagnostic(resolve(options.cwd), { code: 'OBS_CONFIG_NOT_FOUND', message: `no ${CONFIG_FILE_NAMES.join(' or ')} ${where}`, hint: 'run `obscompile init` to create one, or pass `--config PATH`' });
  return { diagnostics: [diagnostic] };
}

/** The config a run with these options reads (the explicit path, else what the search finds), or undefined. */
export async function configLocation(options: DiscoverOptions): Promise<string | undefined> {
  return options.configPath ? resolve(options.cwd, options.configPath) : (await search(options.cwd)).found;
}

/**
 * The config nearest above `cwd`: each folder up to the first one with a package.json (the project root, where
 * cosmiconfig's `project` search strategy stops too). The first entry with a config's name decides: a regular file
 * (or a link to one) is the config; anything else is named as what it is, never read (a pipe would block the run).
 */
async function search(cwd: string): Promise<{ found?: string; blocked?: { path: string; what: string }; stoppedAt?: string }> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      const own = await lstatIfAny(candidate);
      if (!own) continue;
      const info = own.isSymbolicLink() ? await stat(candidate).catch(() => undefined) : own;
      if (info?.isFile()) return { found: candidate };
      return { blocked: { path: candidate, what: !info ? 'a symbolic link to nothing' : info.isDirectory() ? 'a folder' : 'a device, pipe or socket' } };
    }
    if (await lstatIfAny(join(dir, 'package.json'))) return { stoppedAt: dir };
    if (dirname(dir) === dir) return {};
  }
}

/** The YAML file in `dir` whose name is a near miss of `name` (the other extension, a letter or two off), if one is. */
async function nearestYaml(dir: string, name: string): Promise<string | undefined> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /\.ya?ml$/.test(n) && n !== name);
  const limit = Math.max(2, Math.floor(name.length / 8));
  const scored = names.map((n) => [n, distance(n, name)] as const).filter(([, d]) => d <= limit).sort((a, b) => a[1] - b[1]);
  return scored[0]?.[0];
}


/** The name of the config file directly in `dir`, if it holds one. */
async function configIn(dir: string): Promise<string | undefined> {
  for (const name of CONFIG_FILE_NAMES) if ((await lstatIfAny(join(dir, name)))?.isFile()) return name;
  return undefined;
}

/** Paths in messages are relative to where the user stands, like a compiler's. */
function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  if (rel === '') return '.';
  return !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

async function read(absPath: string, shown: string, limit: number): Promise<StageResult<SourceFile>> {
  try {
    const info = await stat(absPath);
    if (info.isDirectory()) {
      const inside = await configIn(absPath);
      const hint = inside ? `point \`--config\` at the config inside it: \`--config ${join(shown, inside)}\`` : `it holds no ${CONFIG_FILE_NAMES[0]}; run \`obscompile init\` there to create one, or point \`--config\` at a config file`;
      return { diagnostics: [fileDiagnostic(shown, { code: 'OBS_CONFIG_NOT_FOUND', message: `${shown} is a folder, not a config file`, hint })] };
    }
    if (!info.isFile()) {
      return fail(shown, 'OBS_IO', `${shown} is not a regular file (a device, pipe or socket)`, 'point `--config` at an observability.config.yaml file');
    }
    const tooLarge = (size: string) => fail(shown, 'OBS_CONFIG_TOO_LARGE', `config file is ${size} bytes; the limit is ${limit}`, 'a config describes one stack in a few kilobytes; check that this is the right file, or raise the limit with `--max-config-bytes`');
    if (info.size > limit) return tooLarge(String(info.size));
    // Read at most one byte past the limit: some files (under /proc, say) report size 0 and grow while read.
    const bytes = await readBounded(absPath, limit + 1, info.size + 1);
    if (bytes.length > limit) return tooLarge(`more than ${limit}`);
    const read = utf8Text(bytes, shown);
    if ('diagnostic' in read) return { diagnostics: [read.diagnostic] };
    return { value: { path: shown, absolutePath: absPath, text: read.text }, diagnostics: [] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      const near = await nearestYaml(dirname(absPath), basename(absPath));
      const hint = near ? `did you mean \`${join(dirname(shown), near)}\`?` : 'check the path, or run `obscompile init` to create one';
      return { diagnostics: [fileDiagnostic(shown, { code: 'OBS_CONFIG_NOT_FOUND', message: `config file ${shown} does not exist`, hint })] };
    }
    // In words where the error has some (a link loop, a folder in the path that is a file), with a hint that fits.
    const words = code ? ERRNO_WORDS[code] : undefined;
    const hint = code === 'ELOOP' ? 'point the link at the config file, or give `--config` the file itself' : code === 'ENOTDIR' ? 'check the path: a part of it is a file' : 'check the file permissions';
    return fail(shown, 'OBS_IO', words ? `cannot read ${shown}: it ${words} (${code})` : `cannot read ${shown}: ${(error as Error).message}`, hint);
  }
}

/** Up to `limit` bytes of a file; `expected` sizes the first buffer (a file may grow while read). */
async function readBounded(file: string, limit: number, expected: number): Promise<Buffer> {
  const fd = await open(file, 'r');
  try {
    let buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(expected, 4096)));
    let size = 0;
    for (;;) {
      const bytesRead = await readFd(fd, buffer, size, buffer.length - size, null);
      size += bytesRead;
      if (bytesRead === 0 || size === limit) break;
      if (size === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(Math.min(limit, buffer.length * 2) - buffer.length)]);
    }
    return buffer.subarray(0, size);
  } finally {
    await close(fd);
  }
}

function fail(file: string, code: 'OBS_CONFIG_NOT_FOUND' | 'OBS_CONFIG_TOO_LARGE' | 'OBS_IO', message: string, hint: string): StageResult<SourceFile> {
  return { diagnostics: [fileDiagnostic(file, { code, message, hint })] };
}
