import { type Io } from '../io.js';
import { type CommonOptions } from './report.js';
interface DocsOptions extends CommonOptions {
    table: 'components' | 'metrics' | 'all';
    inject?: string;
    check: boolean;
}
export declare function docsCommand(opts: DocsOptions, io: Io): Promise<number>;
export {};
