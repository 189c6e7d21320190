import type { Diagnostic } from '../types.js';
/**
 * The text of a file read for its content (a config, a file to lint): its bytes as UTF-8 without a byte-order mark,
 * which is not part of the content (columns on line 1 then match what editors show, and JSON parses), or the error.
 */
export declare function utf8Text(bytes: Buffer, file: string): {
    text: string;
} | {
    diagnostic: Diagnostic;
};
/** The error for a file (named as shown to the user) whose bytes are not UTF-8 text, or undefined when they are. */
export declare function encodingDiagnostic(bytes: Buffer, file: string): Diagnostic | undefined;
