import { type Io } from '../io.js';
/**
 * `--kind config` (observability.config.yaml) or `--kind fleet` (observability.fleet.yaml, host overrides included).
 * `--out -` is standard output; a device or pipe is written through; a link or folder is refused, never replaced.
 */
export declare function schemaCommand(opts: {
    out?: string;
    kind?: 'config' | 'fleet';
    format?: string;
}, io: Io): Promise<number>;
