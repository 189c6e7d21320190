import { type Io } from '../io.js';
import { type CommonOptions } from './report.js';
interface ExplainOptions extends CommonOptions {
    host?: string;
}
export declare function explainCommand(opts: ExplainOptions, io: Io, args: string[]): Promise<number>;
export {};
