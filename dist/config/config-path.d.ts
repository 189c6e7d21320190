/** Paths inside the config: parsing ajv's JSON Pointers and printing paths in messages. Loads no YAML library. */
import type { ConfigPath } from '../types.js';
/** The value at `path` of plain data, or undefined. */
export declare function valueAt(data: unknown, path: ConfigPath): unknown;
/** Splits an ajv JSON Pointer (`/prometheus/port`) into path segments. */
export declare function fromPointer(pointer: string): (string | number)[];
/** Dotted form for messages: `prometheus.extraTargets[0].job`; a key holding a dot or a bracket is quoted: `secrets["my.token"]`. */
export declare function displayPath(path: ConfigPath): string;
/** The inverse of displayPath: `prometheus.extraTargets[0].job` to its segments. */
export declare function fromDisplay(text: string): (string | number)[];
