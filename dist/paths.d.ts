/** The folder holding obscompile's package.json. */
export declare const packageRoot: () => string;
/** The installed obscompile version. */
export declare const packageVersion: () => string;
/** Absolute path of a file shipped in the package. */
export declare const shipped: (...parts: string[]) => string;
