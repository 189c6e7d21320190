export const SHA256_WASM: number[];
