export declare const K_AT = 0, H_AT = 256, W_AT = 288, MESSAGE_AT = 1024;
/** The module: exports "m" (its memory, at least one page) and "c" ((blocks: i32) -> (), the compression). */
export declare function sha256Module(): Uint8Array;
