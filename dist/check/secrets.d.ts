import { type Rule } from './rule.js';
import type { ValidConfig } from '../types.js';
/** Whether a file in the dev container lies in a folder the compose file mounts. */
export declare function inMountedFolder(config: ValidConfig, file: string): boolean;
export declare const secretsInContainer: Rule;
