export interface CommandLine {
    command: string;
    /** By attribute name (`--dry-run` → dryRun), defaults first, as commander's opts() gives them. */
    opts: Record<string, unknown>;
    /** The operands, as commander's `command.args`. */
    args: string[];
}
/** The command line read as commander would read it, or undefined when commander should read it. */
export declare function readCommandLine(argv: readonly string[]): CommandLine | undefined;
