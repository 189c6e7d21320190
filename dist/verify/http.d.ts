export interface Connection {
    /** Base URL of the Prometheus, such as http://127.0.0.1:9090 (a path prefix is kept). */
    url: string;
    timeoutMs: number;
    bearerTokenFile?: string;
    basicAuth?: {
        username: string;
        passwordFile: string;
    };
    caFile?: string;
    insecureSkipVerify?: boolean;
}
/** The `data` of a successful API answer; a rejection with a sentence saying what went wrong otherwise. */
export declare function getApi<T>(c: Connection, path: string, params?: Record<string, string>): Promise<T>;
