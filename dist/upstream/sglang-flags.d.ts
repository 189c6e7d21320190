/** The SGLang release whose server options SGLANG_FLAGS lists. */
export declare const SGLANG_FLAGS_VERSION = "0.5.18";
/** The long options `sglang serve` (prepare_server_args: argparse, abbreviations allowed) takes. */
export declare const SGLANG_FLAGS: readonly string[];
