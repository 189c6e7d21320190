import { type Io } from '../io.js';
/** The shipped examples `init --example` starts from. */
export declare const EXAMPLES: {
    'sglang-dev': string;
    'cpu-only': string;
    'vllm-dev': string;
};
/** The modeline's schema path: the copy `build` keeps in the output folder, relative to the config. */
export declare const SCHEMA_REFERENCE = "./.devcontainer/observability/observability.schema.json";
/** The starter text, or an example's with its output folder, workspace and schema set for a project of its own. */
export declare function starterConfig(example?: keyof typeof EXAMPLES, folder?: string): Promise<string>;
/**
 * The folder a config made in `dir` names its project after: `dir`, or, for a hidden folder (`.devcontainer`) or
 * a config folder of a project, the nearest folder above that is neither (`repo/.devcontainer/observability`: `repo`).
 */
export declare function projectFolder(dir: string): string;
/**
 * The project and Compose service name of a new config: the project folder's, as the name pattern takes it (lower
 * case; other characters become `-`; one character gets `-dev`), so that two projects on one Docker host do not share
 * a container name.
 * Undefined when the folder gives no usable name (no letter or digit of a-z and 0-9, or a service obscompile
 * generates itself): init then keeps FALLBACK_NAME (or the example's) and says so.
 */
export declare function projectName(folder: string | undefined): string | undefined;
/**
 * Writes the starter config and the schema copy, or nothing: both places are looked at before either is written. The
 * config must not exist; the schema copy may already be there byte for byte (a second project in the same folder tree
 * of an earlier `init`), but a different file, a link or a folder there is never replaced.
 */
export declare function initCommand(opts: {
    example?: keyof typeof EXAMPLES;
    format?: string;
}, io: Io, args: string[]): Promise<number>;
