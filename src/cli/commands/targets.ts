/** Output folders as the commands name them: emit targets for a compilation, and folders as messages show them. */
import { relative } from 'node:path';
import type { Compilation } from '../../compile.js';
import type { EmitTarget } from '../../emit/emit.js';
import type { Io } from '../io.js';

/** A folder as messages show it: relative to where the user stands when inside it, else absolute. */
export function shownPath(cwd: string, dir: string): string {
  const rel = relative(cwd, dir);
  return rel && !rel.startsWith('..') ? rel : dir;
}

/** The output folder of a compilation, as an emit target. */
export function targetOf(compilation: Compilation, io: Io): EmitTarget {
  const outDir = compilation.outDir!;
  return { outDir, shownDir: shownPath(io.cwd, outDir), source: compilation.model!.sourceName };
}
