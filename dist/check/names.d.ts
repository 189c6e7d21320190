/** Rules about the names the generated stack reserves (src/config/names.ts): the run label, jobs, services, variables. */
import { type Rule } from './rule.js';
/** The run label, built-in job and service names cannot be redefined, and extra jobs are unique. */
export declare const reservedNames: Rule;
/** Each environment variable of the container has one writer: not the scripts' own, not two profiles, not a profile and `environment`. */
export declare const environmentUnique: Rule;
