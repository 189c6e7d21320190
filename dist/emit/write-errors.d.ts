import type { EmitTarget } from './plan.js';
import type { Diagnostic } from '../types.js';
/** The lock of a folder whose build has ended but could not remove it: a warning, since its files are written. */
export declare function lockLeft(target: EmitTarget, error: unknown): Diagnostic;
/** An I/O error of a build: `changed`, a journal stands (the next build finishes the set); `replaced`, files were. */
export declare function ioDiagnostic(error: unknown, target: EmitTarget, changed?: boolean, replaced?: boolean): Diagnostic;
