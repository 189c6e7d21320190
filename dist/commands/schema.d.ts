import { type Io } from '../io.js';
export declare function schemaCommand(opts: {
    out?: string;
}, io: Io): Promise<number>;
