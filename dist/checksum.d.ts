/** The checksum of `data`, as 16 hex digits. */
export declare function checksum(data: Uint8Array): string;
/** The checksum of `text`'s UTF-8, encoded straight into the module's memory (no copy of its bytes in between). */
export declare function checksumText(text: string): {
    length: number;
    sum: string;
};
/** A text's digest as the user's cache files record it: the length of its UTF-8 and their checksum. */
export declare function textDigest(text: string): string;
type Read = (into: Uint8Array, offset: number, length: number, position: number) => number;
/**
 * Reads up to `size` bytes of an open file from `position` into the checksum's memory and returns them (fewer at the
 * end of the file). The bytes are valid until the next call: the launcher reads the bundle and then the cache
 * through the same memory, so the second read touches no fresh page for the part the first one already did.
 */
export declare function readInto(read: Read, position: number, size: number): Uint8Array;
/** readInto, and the checksum of what it read (no second copy). */
export declare function readWithChecksum(read: Read, position: number, size: number): {
    data: Uint8Array;
    sum: string;
};
export {};
