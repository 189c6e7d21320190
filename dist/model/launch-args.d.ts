import type { ValidConfig } from '../types.js';
export interface LaunchCommand {
    /** What the server is called in the script's comments: SGLang or vLLM. */
    server: string;
    /** The program exec-ed by launch-model.sh: `sglang` (0.5.5 and later), the configured Python for older releases, or `vllm`. */
    program: string;
    /** Its arguments: the subcommand, then the server flags in the seed's order, then `extraArgs`. */
    args: string[];
}
/** The server command for the configured engine and version. */
export declare function launchCommand(config: ValidConfig): LaunchCommand;
/** Where SGLang's pass-through arguments give `histogram` its buckets (the last such flag wins: BUCKET_FLAGS), or -1. */
export declare function bucketFlagAt(args: readonly string[], histogram: string): number;
/** One bucket flag of SGLang's pass-through arguments: where it is, its histogram, and the words argparse gives it. */
export interface BucketFlag {
    at: number;
    histogram: string;
    /** Each value word: its index in the arguments, its text, and what float() makes of it (undefined: refused). */
    values: {
        at: number;
        word: string;
        value: number | undefined;
    }[];
}
/**
 * The bucket flags of SGLang's pass-through arguments (BUCKET_FLAGS), each with the words argparse hands its float
 * type (nargs="+": every following word up to the next option; `--flag=value` gives one).
 */
export declare function bucketFlags(args: readonly string[]): BucketFlag[];
/** The finite boundaries SGLang's pass-through arguments give each latency histogram, by metric name (the last flag wins). */
export declare function bucketsFromArgs(args: readonly string[]): Map<string, number[]>;
/**
 * Each `--extra-metric-labels` of SGLang's pass-through arguments whose value is a JSON object: the index of the
 * argument that holds the value, and the label names it adds. A value that is not one adds no label (SGLang then
 * refuses to start).
 */
export declare function extraLabelFlags(args: readonly string[]): {
    at: number;
    labels: string[];
}[];
/** The label names SGLang's `--extra-metric-labels` adds to its series: the last such flag's (none without one). */
export declare function extraLabelsFromArgs(args: readonly string[]): string[];
