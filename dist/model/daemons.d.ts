import { type Daemon } from '../upstream/daemon-command.js';
import type { ValidConfig } from '../types.js';
export type { Daemon, ShellWord } from '../upstream/daemon-command.js';
/** Every enabled daemon, in start order: nv-hostengine first (seed 000: the daemons start after nv-hostengine). */
export declare function daemons(config: ValidConfig): Daemon[];
