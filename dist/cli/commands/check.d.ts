import { type Io } from '../io.js';
import { type CommonOptions } from './report.js';
export declare function checkCommand(opts: CommonOptions & {
    staged?: boolean;
    watch?: boolean;
}, io: Io): Promise<number>;
