/** Stage 7a: where each rendered artifact stands against what is on disk and in the output folder's manifest. */
import { basename, join } from 'node:path';
import { isInside } from '../paths.js';
import { inspect } from './fs-safe.js';
import { lstatIfAny } from '../fs.js';
import { fileStatus } from './record.js';
import { journalManifest, readJournal } from './journal.js';
import { readManifest, sha256, type Manifest } from './manifest.js';
import type { Artifact } from '../types.js';

/** `orphan`: an earlier build's file the config no longer produces, removed; `left`: one edited since, left in place. */
export type FileState = 'unchanged' | 'missing' | 'stale' | 'hand-edited' | 'blocked' | 'orphan' | 'left';

export interface FilePlan {
  path: string;
  state: FileState;
  /** Absent for orphans: files an earlier build wrote that this config no longer produces. */
  artifact?: Artifact;
  /** What is on disk now, as text. */
  current?: string;
  /** The SHA-256 of what is on disk now, where it differs from the artifact (a journal step's `before`). */
  currentSha256?: string;
  /** Only the executable bit differs. */
  modeOnly?: boolean;
  /** The permission bits of the file on disk, when there is one (a rewrite keeps them: fs-safe.ts keptMode). */
  currentMode?: number;
  blockedBy?: string;
  /** A hand-edited file that no manifest lists: obscompile never wrote it. */
  foreign?: boolean;
}

export interface EmitTarget {
  /** Absolute output folder. */
  outDir: string;
  /** The output folder as shown to the user. */
  shownDir: string;
  /** The config relative to the output folder, recorded in the manifest. */
  source: string;
  /** The command that builds this folder again, as hints give it (default `obscompile build`). */
  rebuild?: string;
}

/**
 * Where each artifact stands against what is on disk and in the manifest. `alike` (from a build record: files whose
 * new text is the one the last build wrote, with the status it left them with): such a file that still has that
 * status is unchanged without being read. It is never written, so trusting its status cannot overwrite an edit;
 * every file this build would write is read and compared.
 */
export async function plan(artifacts: readonly Artifact[], target: EmitTarget, alike?: ReadonlyMap<string, string>): Promise<FilePlan[]> {
  return (await planFiles(artifacts, target, false, alike))!;
}

/**
 * The plans when every artifact is unchanged on disk and no file of an earlier build is left to remove; undefined
 * at the first one that is not, without reading the rest (a build that will write plans again under its lock).
 */
export function currentPlans(artifacts: readonly Artifact[], target: EmitTarget, alike?: ReadonlyMap<string, string>): Promise<FilePlan[] | undefined> {
  return planFiles(artifacts, target, true, alike);
}

async function planFiles(artifacts: readonly Artifact[], target: EmitTarget, untilChange: boolean, alike?: ReadonlyMap<string, string>): Promise<FilePlan[] | undefined> {
  for (const artifact of artifacts) if (!isInside(target.outDir, join(target.outDir, artifact.path))) throw new Error(`artifact path escapes the output folder: ${artifact.path}`);
  // A folder not there yet holds nothing: every file is new, found with one lstat instead of one a file (the hosts of
  // a fleet built into an empty folder). Whatever else is there (a file, a symlink) is looked at file by file.
  if (!(await lstatIfAny(target.outDir))) return untilChange && artifacts.length ? undefined : artifacts.map((artifact) => ({ path: artifact.path, state: 'missing', artifact }));
  // Files an interrupted build already renamed are recognised by the manifest its journal ends with.
  const manifest = ours(await readManifest(target.outDir), journalManifest(await readJournal(target.outDir)));
  const plans: FilePlan[] = [];
  for (const artifact of artifacts) {
    const file = join(target.outDir, artifact.path);
    const planned = (await asWritten(file, artifact, alike?.get(file))) ?? (await planOne(artifact.path, file, manifest, artifact));
    if (untilChange && planned.state !== 'unchanged') return undefined;
    plans.push(planned);
  }
  const produced = new Set(artifacts.map((a) => a.path));
  for (const old of Object.keys(manifest?.artifacts ?? {}).filter((k) => !k.endsWith('\0pending')).sort()) {
    // obscompile writes plain file names only: an entry with a folder in it (a hand-edited manifest, or a folder that
    // is a symlink) is never followed, so nothing outside the output folder can be removed.
    if (produced.has(old) || old !== basename(old) || old === '..' || old === '.' || old.includes('\\')) continue;
    const existing = await inspect(join(target.outDir, old));
    if (existing.kind !== 'file') continue;
    // A file the config no longer produces is removed only while it is exactly what obscompile wrote; an edited one
    // is left where it is, and said so (the next manifest no longer lists it).
    if (sha256(existing.content) !== manifest?.artifacts[old]?.sha256) {
      if (!untilChange) plans.push({ path: old, state: 'left' });
      continue;
    }
    if (untilChange) return undefined;
    plans.push({ path: old, state: 'orphan', current: existing.content.toString('utf8') });
  }
  return plans;
}

/** The recorded hashes of both manifests: a file matching either is obscompile's. */
function ours(current: Manifest | undefined, pending: Manifest | undefined): Manifest | undefined {
  if (!pending) return current;
  const artifacts = { ...(current?.artifacts ?? {}) };
  for (const [name, entry] of Object.entries(pending.artifacts ?? {})) if (!(name in artifacts) || artifacts[name]!.sha256 !== entry.sha256) artifacts[`${name}\0pending`] = entry;
  return { generator: 'obscompile', source: current?.source ?? pending.source, artifacts };
}

/** The unchanged plan of a file the last build left as it is (`status`), when its new text is the one written then; else undefined. */
async function asWritten(file: string, artifact: Artifact, status: string | undefined): Promise<FilePlan | undefined> {
  if (status === undefined) return undefined;
  const info = await lstatIfAny(file);
  const same = info?.isFile() && fileStatus(info) === status && (info.mode & 0o111) !== 0 === artifact.executable;
  return same ? { path: artifact.path, state: 'unchanged', artifact, current: artifact.content, modeOnly: false } : undefined;
}

async function planOne(name: string, file: string, manifest: Manifest | undefined, artifact: Artifact): Promise<FilePlan> {
  const existing = await inspect(file);
  if (existing.kind === 'missing') return { path: name, state: 'missing', artifact };
  if (existing.kind === 'other') return { path: name, state: 'blocked', artifact, blockedBy: existing.what };
  // Compared as bytes: an up-to-date file is never decoded (at a thousand targets that is most of a megabyte of text).
  const currentMode = existing.mode;
  if (sameBytes(name, existing.content, artifact.content)) {
    const modeOnly = existing.executable !== artifact.executable;
    // A file with another name too (a hard link outside the folder) gets a new file of its own, the same text: a chmod
    // in place would change the other name's mode as well.
    if (modeOnly && existing.links > 1) return { path: name, state: 'stale', artifact, current: artifact.content, currentSha256: sha256(existing.content), modeOnly: false, currentMode };
    return { path: name, state: modeOnly ? 'stale' : 'unchanged', artifact, current: artifact.content, modeOnly, currentMode };
  }
  const current = existing.content.toString('utf8');
  const hash = sha256(existing.content);
  const recorded = [manifest?.artifacts[name]?.sha256, manifest?.artifacts[`${name}\0pending`]?.sha256];
  if (recorded.includes(hash)) return { path: name, state: 'stale', artifact, current, currentSha256: hash, currentMode };
  return { path: name, state: 'hand-edited', artifact, current, currentSha256: hash, currentMode, ...(recorded.every((h) => h === undefined) ? { foreign: true } : {}) };
}

/** Texts up to this many characters are encoded whole and kept (sameBytes); longer ones a piece at a time (sameText). */
const ENCODE_WHOLE_UP_TO = 256 * 1024;

/**
 * The last text compared under each file name, encoded. The hosts of a fleet share most of their texts (the catalog,
 * the dashboards, the schema copy: the same strings), so each is encoded once, not once a host. One entry a name, and
 * none for large texts, so what is kept stays about one bundle's size.
 */
const encoded = new Map<string, { text: string; bytes: Buffer }>();

/** Whether `bytes` are the UTF-8 of `text`, the text of the file `name`. */
function sameBytes(name: string, bytes: Buffer, text: string): boolean {
  if (text.length > ENCODE_WHOLE_UP_TO) return sameText(bytes, text);
  let last = encoded.get(name);
  if (last?.text !== text) encoded.set(name, (last = { text, bytes: Buffer.from(text) }));
  return bytes.equals(last.bytes);
}

/** The scratch buffer sameText encodes into. */
const scratch = Buffer.alloc(64 * 1024);

/**
 * Whether `bytes` are the UTF-8 of `text`, encoding the text a piece at a time: a whole copy of it (a catalog of
 * ten thousand scrape targets is 6 MB) would add its size to the build's peak memory.
 */
export function sameText(bytes: Buffer, text: string): boolean {
  if (bytes.length !== Buffer.byteLength(text)) return false;
  let at = 0;
  // A piece of at most a quarter of the scratch buffer's size in characters encodes to at most its size in bytes.
  for (let i = 0; i < text.length; ) {
    let end = Math.min(text.length, i + scratch.length / 4);
    // A surrogate pair is never split between pieces.
    while (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end++;
    // A long run of unpaired surrogates could outgrow the buffer (three bytes each): then the whole text is encoded.
    if ((end - i) * 3 > scratch.length) return bytes.equals(Buffer.from(text));
    const n = scratch.write(text.slice(i, end));
    if (scratch.compare(bytes, at, at + n, 0, n) !== 0) return false;
    at += n;
    i = end;
  }
  return at === bytes.length;
}
