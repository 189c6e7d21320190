/** Output folders as the commands name them: emit targets for a compilation, and folders as messages show them. */
import { relative } from 'node:path';
import type { Compilation } from '../../compile.js';
import type { EmitTarget } from '../../emit/emit.js';
import type { Io } from '../io.js';
import { at } from '../../check/rule.js';
import { valueAt } from '../../config/config-path.js';
import { place } from '../../parse/position.js';
import { fileInTheWay } from '../../emit/write-errors.js';
import type { Diagnostic } from '../../types.js';

/** A folder as messages show it: relative to where the user stands when inside it, else absolute. */
export function shownPath(cwd: string, dir: string): string {
  const rel = relative(cwd, dir);
  if (rel === '') return '.';
  return rel.startsWith('..') ? dir : rel;
}

/** The output folder of a compilation, as an emit target. */
export function targetOf(compilation: Compilation, io: Io): EmitTarget {
  const outDir = compilation.outDir!;
  return { outDir, shownDir: shownPath(io.cwd, outDir), source: compilation.model!.sourceName };
}

/**
 * An output folder that cannot be made because a file stands in its place (or in an ancestor's) is a value of the
 * config to change when the config wrote it: said at `output.dir`, with the file named in the message. With --out,
 * or output.dir left to its default, it stays said of the folder.
 */
export async function atOutputDir(compilation: Compilation, out: string | undefined, diagnostics: readonly Diagnostic[]): Promise<Diagnostic[]> {
  const source = compilation.parsed;
  if (out !== undefined || !source || valueAt(source.data, ['output', 'dir']) === undefined) return [...diagnostics];
  return Promise.all(
    diagnostics.map(async (d) => {
      if (!fileInTheWay(d)) return d;
      const [placed] = await place(source, [at(['output', 'dir'], { code: d.code, message: d.message, hint: d.hint! })]);
      return placed ?? d;
    }),
  );
}
