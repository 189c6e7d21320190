import { type Io } from '../io.js';
/** The shipped examples `init --example` starts from. */
export declare const EXAMPLES: {
    'sglang-dev': string;
    'cpu-only': string;
};
/** The modeline's schema path: the copy `build` keeps in the output folder, relative to the config. */
export declare const SCHEMA_REFERENCE = "./.devcontainer/observability/observability.schema.json";
/** The starter text, or an example's with its output folder, workspace and schema set for a project of its own. */
export declare function starterConfig(example?: keyof typeof EXAMPLES): Promise<string>;
export declare function initCommand(opts: {
    example?: keyof typeof EXAMPLES;
    format?: string;
}, io: Io, args: string[]): Promise<number>;
