import type { Diagnostic } from '../types.js';
/** The error for a file (named as shown to the user) whose bytes are not UTF-8 text, or undefined when they are. */
export declare function encodingDiagnostic(bytes: Buffer, file: string): Diagnostic | undefined;
export interface EncodingProblem {
    /** Byte offset of the first byte that is not UTF-8 text. */
    at: number;
    /** 1-based line and column (in characters, as editors count them) of that byte. */
    line: number;
    column: number;
    message: string;
    hint: string;
}
/** The first reason `bytes` are not a UTF-8 config, or undefined when they are. */
export declare function encodingProblem(bytes: Buffer, file: string): EncodingProblem | undefined;
