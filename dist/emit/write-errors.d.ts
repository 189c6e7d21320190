import type { EmitTarget } from './plan.js';
import type { Diagnostic } from '../types.js';
/** The lock of a folder whose build has ended but could not remove it: a warning, since its files are written. */
export declare function lockLeft(target: EmitTarget, error: unknown): Diagnostic;
/** Whether `d` is ioDiagnostic's error for a file standing where the output folder (or a folder above it) should be. */
export declare const fileInTheWay: (d: Diagnostic) => boolean;
export declare function ioDiagnostic(error: unknown, target: EmitTarget, changed?: boolean, replaced?: boolean): Diagnostic;
