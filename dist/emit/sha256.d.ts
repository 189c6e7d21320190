/** Hex SHA-256 of `data`. */
export declare function sha256Wasm(data: Uint8Array): string;
