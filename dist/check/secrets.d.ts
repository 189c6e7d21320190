import { type Rule } from './rule.js';
export declare const secretsInContainer: Rule;
