import type { Artifact } from '../types.js';
import { MANIFEST_FILE } from '../paths.js';
export { MANIFEST_FILE };
export interface Manifest {
    generator: 'obscompile';
    /** The config the artifacts came from, relative to the output folder. */
    source: string;
    artifacts: Record<string, {
        sha256: string;
        executable: boolean;
    }>;
}
/** Hex SHA-256 of a text, as recorded in the manifest. */
export declare function sha256(text: string | Buffer): string;
/**
 * The manifest for a set of artifacts: no timestamp, no tool version, so rebuilding never drifts. `known` gives
 * hashes already established for some paths (files on disk byte for byte what the manifest there recorded).
 */
export declare function manifestFor(source: string, artifacts: readonly Artifact[], known?: ReadonlyMap<string, string>): Manifest;
/** Serialised manifest text. */
export declare function manifestText(manifest: Manifest): string;
/** The manifest in `outDir`, or undefined when there is none (or it is unreadable JSON). */
export declare function readManifest(outDir: string): Promise<Manifest | undefined>;
/**
 * A manifest's text as a manifest, or undefined when it is not one: not JSON, or not of a manifest's shape (its
 * artifacts an object of entries, each with a hash), such as one edited by hand to `{"artifacts": null}`.
 */
export declare function parseManifest(text: string): Manifest | undefined;
