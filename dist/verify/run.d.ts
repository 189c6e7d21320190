import type { Connection } from './http.js';
import type { Diagnostic } from '../types.js';
export interface VerifyOptions extends Connection {
    cwd: string;
    config?: string;
    maxConfigBytes?: number;
}
export declare function runVerify(opts: VerifyOptions): Promise<{
    diagnostics: Diagnostic[];
    texts: Map<string, string>;
    jobs: string[];
}>;
