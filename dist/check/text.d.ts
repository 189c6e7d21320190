/** Text every generated file can hold: no value or key of the config is half a UTF-16 surrogate pair. */
import { type Rule } from './rule.js';
/**
 * A YAML escape such as `"\ud800"` makes a string JavaScript holds but no UTF-8 file can: written out, it became
 * `\uD800` that Go's YAML readers (promtool, amtool, Compose) refuse as an invalid escape, or U+FFFD in the scripts.
 */
export declare const textIsUnicode: Rule;
