/** The checksum of `data`, as 16 hex digits. */
export declare function checksum(data: Uint8Array): string;
/**
 * Reads `size` bytes of an open file from `position` straight into the checksum's memory (no second copy) and
 * returns them with their checksum. The bytes are valid until the next call.
 */
export declare function readWithChecksum(read: (into: Uint8Array, offset: number, length: number, position: number) => number, position: number, size: number): {
    data: Uint8Array;
    sum: string;
};
/** The same function in plain BigInt arithmetic: the specification the tests hold the WebAssembly to. */
export declare function checksumReference(data: Uint8Array): string;
