/**
 * .gitattributes: Git keeps obscompile's files byte for byte. Git for Windows converts LF to CRLF on checkout by
 * default (core.autocrlf=true, gitattributes(5) "End-of-line conversion"): the scripts then fail in the Linux
 * container (bash reads `\r` as part of each command), and `obscompile check` and `build` find every file changed by
 * hand. `-text` turns every end-of-line conversion off, in both directions, whatever the repository says; each of
 * obscompile's files is named, so nothing else in the folder is affected.
 */
import { GIT_ATTRIBUTES, MANIFEST_FILE } from '../paths.js';
import { finish, headerText } from './text.js';
import type { Provenance } from '../model/model.js';
import type { Artifact } from '../types.js';

/**
 * Whether an output folder gets one: not when it holds the config itself (the project's own folder, or one above
 * it), where the project keeps its own .gitattributes. `sourceName` is the config relative to the output folder.
 */
export const keepsOwnAttributes = (sourceName: string): boolean => sourceName.startsWith('../');

/** The attributes of an output folder holding `files`, compiled from `from`. */
export function gitAttributes(from: Provenance, files: readonly string[]): Artifact {
  const lines = [
    `# ${headerText(from)}`,
    '# Git checks out and commits these files exactly as obscompile wrote them (LF line endings), whatever',
    '# core.autocrlf says: the scripts run in a Linux container, and `obscompile check` compares bytes.',
    ...[GIT_ATTRIBUTES, MANIFEST_FILE, ...files].map((f) => `/${f} -text`),
  ];
  return { name: '.gitattributes', path: GIT_ATTRIBUTES, content: finish(lines.join('\n')), executable: false };
}
