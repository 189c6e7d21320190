import { type Io } from '../io.js';
/** The shipped examples `init --example` starts from. */
export declare const EXAMPLES: {
    'sglang-dev': string;
    'cpu-only': string;
};
/** The schema path as the modeline should name it: relative to the config when that stays short, else absolute. */
export declare function schemaReference(configDir: string): string;
/** The starter text, or the example's with its modeline and schema path pointed at this installation. */
export declare function starterConfig(dir: string, example?: keyof typeof EXAMPLES): Promise<string>;
export declare function initCommand(opts: {
    example?: keyof typeof EXAMPLES;
    format?: string;
}, io: Io, args: string[]): Promise<number>;
