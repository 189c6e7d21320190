import { type Io } from '../io.js';
/** The shipped schema file. */
export declare const SCHEMA_FILE: string;
export declare function schemaCommand(opts: {
    out?: string;
}, io: Io): Promise<number>;
