import type { Compilation } from '../../compile.js';
import type { EmitTarget } from '../../emit/emit.js';
import type { Io } from '../io.js';
import type { Diagnostic } from '../../types.js';
/** A folder as messages show it: relative to where the user stands when inside it, else absolute. */
export declare function shownPath(cwd: string, dir: string): string;
/** The output folder of a compilation, as an emit target. */
export declare function targetOf(compilation: Compilation, io: Io): EmitTarget;
/**
 * An output folder that cannot be made because a file stands in its place (or in an ancestor's) is a value of the
 * config to change when the config wrote it: said at `output.dir`, with the file named in the message. With --out,
 * or output.dir left to its default, it stays said of the folder.
 */
export declare function atOutputDir(compilation: Compilation, out: string | undefined, diagnostics: readonly Diagnostic[]): Promise<Diagnostic[]>;
