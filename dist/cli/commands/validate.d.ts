import { type CommonOptions } from './report.js';
import { type Io } from '../io.js';
export declare function validateCommand(opts: CommonOptions, io: Io): Promise<number>;
