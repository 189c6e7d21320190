/** Maps a path inside the config (from ajv's instancePath or a rule) to a source range in the positioned YAML document. */
import { type Document } from 'yaml';
import type { ConfigPath } from '../types.js';
export interface Located {
    range: [number, number];
    /** True when the path itself exists; false when the range is its nearest written ancestor. */
    exact: boolean;
}
/** Range of the value (or the key, with `target: 'key'`) at `path`; falls back to the nearest ancestor. */
export declare function locate(doc: Document, path: ConfigPath, target?: 'key' | 'value'): Located;
