import type { Compilation } from '../../compile.js';
import type { EmitTarget } from '../../emit/emit.js';
import type { Io } from '../io.js';
/** A folder as messages show it: relative to where the user stands when inside it, else absolute. */
export declare function shownPath(cwd: string, dir: string): string;
/** The output folder of a compilation, as an emit target. */
export declare function targetOf(compilation: Compilation, io: Io): EmitTarget;
