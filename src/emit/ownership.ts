/**
 * Whose files an output folder holds, before a build replaces any: its manifest's owner (another config's folder is
 * not taken over) and the files a build must not replace without --force (edited by hand, not obscompile's, not a
 * regular file). Diagnostics only; nothing here writes.
 */
import { basename, dirname, join } from 'node:path';
import { GIT_ATTRIBUTES } from '../paths.js';
import { ERRNO_WORDS, fileDiagnostic } from '../diagnostics/make.js';
import { inspect, keepAside } from './fs-safe.js';
import { MANIFEST_FILE, parseManifest } from './manifest.js';
import type { EmitTarget, FilePlan } from './plan.js';
import type { Diagnostic } from '../types.js';

/**
 * What the output folder's manifest says against this build: the files it lists; `owner`, when it names another
 * config (or fleet file) than this build's; `problem`, when it is there but cannot be read or is not one obscompile
 * wrote. Neither when it is absent or this build's.
 */
export async function manifestState(target: EmitTarget): Promise<{ listed: string[]; owner?: Diagnostic; problem?: Diagnostic }> {
  const file = join(target.outDir, MANIFEST_FILE);
  const shown = join(target.shownDir, MANIFEST_FILE);
  const found = await inspect(file).catch((error: NodeJS.ErrnoException) => ({ kind: 'error' as const, code: error.code ?? error.message }));
  if (found.kind === 'missing') return { listed: [] };
  const hint = `restore it (\`git checkout -- ${shown}\`), or build with --force, which keeps every file it replaces as .bak`;
  if (found.kind === 'error') return { listed: [], problem: fileDiagnostic(shown, { code: 'OBS_IO', message: `cannot read ${shown}${ERRNO_WORDS[found.code] ? `: it ${ERRNO_WORDS[found.code]}` : ''} (${found.code}), so obscompile cannot tell the files it wrote from edits`, hint: `give it back its read permission; or ${hint}` }) };
  const manifest = found.kind === 'file' ? parseManifest(found.content.toString('utf8')) : undefined;
  if (!manifest) {
    return { listed: [], problem: fileDiagnostic(shown, { code: 'OBS_OUTPUT_UNSAFE', message: `${shown} is ${found.kind === 'other' ? found.what : 'not a manifest obscompile wrote (not its JSON)'}, so obscompile cannot tell the files it wrote from edits`, hint }) };
  }
  const listed = Object.keys(manifest.artifacts ?? {});
  const source = manifest.source;
  if (typeof source !== 'string' || source === target.source) return { listed };
  return {
    listed,
    owner: fileDiagnostic(target.shownDir, {
      code: 'OBS_OUTPUT_UNSAFE',
      message: `${target.shownDir} holds what \`${source}\` (a path from that folder) compiled, as its ${MANIFEST_FILE} says, not this config's: building here would replace that stack's files`,
      hint: `give this config an output folder of its own (\`output.dir\`, --out); if it is that config, moved or renamed, build once with --force`,
    }),
  };
}

export async function refusals(plans: readonly FilePlan[], target: EmitTarget, force: boolean): Promise<Diagnostic[]> {
  const shown = (p: FilePlan) => join(target.shownDir, p.path);
  // The name --force would keep each edited file under: `.bak`, or the first free `.bak.N` when an earlier one is there.
  const keptAs = new Map<string, string>();
  if (!force) for (const p of plans.filter((x) => x.state === 'hand-edited')) keptAs.set(p.path, basename(await keepAside(join(target.outDir, p.path), true)));
  return plans.flatMap((p) => {
    if (p.state === 'blocked') {
      return [fileDiagnostic(shown(p), { code: 'OBS_OUTPUT_UNSAFE', message: `${shown(p)} is ${p.blockedBy}; obscompile only replaces regular files it wrote`, hint: 'remove it (or choose another output folder) and build again' })];
    }
    if (p.state === 'hand-edited' && !force) {
      const kept = `--force replaces it, keeping this file as ${join(target.shownDir, dirname(p.path), keptAs.get(p.path) ?? `${basename(p.path)}.bak`)}`;
      // The project's own attributes, in a folder obscompile writes: they belong in a folder above.
      const hint = p.path === GIT_ATTRIBUTES
        ? `obscompile keeps a ${GIT_ATTRIBUTES} in its output folder, so that Git leaves its files byte for byte: move these attributes to the ${GIT_ATTRIBUTES} of a folder above, then build again`
        : p.foreign
          ? `move it out of ${target.shownDir}, or give obscompile a folder of its own (\`output.dir\`, --out); ${kept}`
          : `move the change into the config, or revert the file; ${kept}`;
      const message = p.foreign
        ? `${shown(p)} exists and was not written by obscompile (the folder's ${MANIFEST_FILE} does not list it)`
        : `${shown(p)} was edited by hand since the last build`;
      return [fileDiagnostic(shown(p), { code: 'OBS_HAND_EDITED', message, hint })];
    }
    return [];
  });
}
