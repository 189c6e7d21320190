import { type Io } from '../io.js';
/** `--kind config` (observability.config.yaml) or `--kind fleet` (observability.fleet.yaml, host overrides included). */
export declare function schemaCommand(opts: {
    out?: string;
    kind?: 'config' | 'fleet';
}, io: Io): Promise<number>;
