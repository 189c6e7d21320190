/**
 * .gitattributes: Git keeps the generated files byte for byte. Git for Windows converts LF to CRLF on checkout by
 * default (core.autocrlf=true, gitattributes(5) "End-of-line conversion"): the scripts then fail in the Linux container
 * (bash reads `\r` as part of each command), and `obscompile check` and `build` find every file changed by hand.
 * `-text` turns every end-of-line conversion off for the folder, in both directions, whatever the repository says.
 */
import { finish, headerText } from './text.js';
import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';

/** The attributes of an output folder whose files were compiled from `sourceName`. */
export function gitAttributes(sourceName: string): Artifact {
  const lines = [
    `# ${headerText(sourceName)}`,
    '# Git checks these files out and commits them exactly as obscompile wrote them (LF line endings), whatever',
    '# core.autocrlf says: the scripts run in a Linux container, and `obscompile check` compares bytes.',
    '* -text',
  ];
  return { name: '.gitattributes', path: '.gitattributes', content: finish(lines.join('\n')), executable: false };
}

export const renderGitAttributes = (model: Model): Artifact => gitAttributes(model.sourceName);
