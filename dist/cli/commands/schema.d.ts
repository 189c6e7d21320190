import { type Io } from '../io.js';
export declare function schemaCommand(opts: {
    out?: string;
    kind?: 'config' | 'fleet';
    format?: string;
}, io: Io): Promise<number>;
