/** A daemon as init-run.sh starts it, and the shell words its arguments are made of. */
/** Variables init-run.sh defines before it starts the daemons; arguments may refer to them. */
export type ScriptVariable = 'OBS_CONFIG_DIR' | 'PROMETHEUS_DATA_DIR' | 'JAEGER_DATA_DIR' | 'ALERTMANAGER_DATA_DIR' | 'TEXTFILE_DIR' | 'BIND_ADDRESS';
/** One shell word: literal text (quoted when rendered) and script variables (expanded), concatenated. */
export type ShellWord = readonly (string | {
    variable: ScriptVariable;
})[];
export interface Daemon {
    /** Name in log lines and warnings. */
    name: string;
    /** Binary names, tried in order (upstream and distribution names differ). */
    binaries: readonly string[];
    env: Readonly<Record<string, ShellWord>>;
    args: readonly ShellWord[];
    /** `host:port` to wait for after starting, because a later daemon connects there at start-up. */
    waitForPort?: string;
}
/** A reference to a script variable inside a shell word. */
export declare const variable: (name: ScriptVariable) => {
    variable: ScriptVariable;
};
/** `--flag=ADDRESS:PORT` on the configured bind address. */
export declare const listen: (flag: string, port: number) => ShellWord;
/** A file next to init-run.sh (the output folder, mounted read-only in the container). */
export declare const generatedFile: (name: string) => ShellWord;
