import type { Diagnostic } from '../types.js';
/** The error for a file (named as shown to the user) whose bytes are not UTF-8 text, or undefined when they are. */
export declare function encodingDiagnostic(bytes: Buffer, file: string): Diagnostic | undefined;
