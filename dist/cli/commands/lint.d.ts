import { type CommonOptions } from './report.js';
import { type Io } from '../io.js';
interface LintCommandOptions extends CommonOptions {
    versions?: string;
}
export declare function lintCommand(opts: LintCommandOptions, io: Io, files: string[]): Promise<number>;
export {};
