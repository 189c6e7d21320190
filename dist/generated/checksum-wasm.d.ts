export const CHECKSUM_WASM: number[];
