/** Paths inside the config: parsing ajv's JSON Pointers and printing paths in messages. Loads no YAML library. */
import type { ConfigPath } from '../types.js';
/** The value at `path` of plain data, or undefined. */
export declare function valueAt(data: unknown, path: ConfigPath): unknown;
/** Splits an ajv JSON Pointer (`/prometheus/port`) into path segments. */
export declare function fromPointer(pointer: string): (string | number)[];
/** Dotted form for messages: `prometheus.extraTargets[0].job`; a key holding a dot or a bracket is quoted: `secrets["my.token"]`. */
export declare function displayPath(path: ConfigPath): string;
/**
 * The inverse of displayPath, as `explain` takes a path: keys with dots between them, list items as `[0]`, and a key
 * that holds a dot (a secret's or a label's name) quoted in brackets (`container.secrets["my.token"]`); undefined when
 * it is none of these (`prometheus..port`, `storage.durable[]`).
 */
export declare function fromDisplay(text: string): ConfigPath | undefined;
