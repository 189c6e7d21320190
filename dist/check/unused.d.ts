/** Settings the generated stack would not use as written: a warning at each, so nothing is silently dropped. */
import { type Rule } from './rule.js';
export declare const settingsUsed: Rule;
