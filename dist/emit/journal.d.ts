import { type Durability } from './durability.js';
import { type Manifest } from './manifest.js';
export declare const JOURNAL_FILE = ".obscompile-journal.json";
export interface Journal {
    /** The manifest text this build ends with, written last (from here: it has no temp file of its own). */
    manifest: string;
    /** In order: rename `temp` over `file` (when the temp still exists), then set `mode` when given. */
    steps: {
        file: string;
        temp?: string;
        mode?: number;
    }[];
    /** Files this build removes, each only while it still has the hash obscompile recorded. */
    remove: {
        file: string;
        sha256: string;
    }[];
}
/** The pending journal of `outDir`, or undefined; a journal that is not ours in shape is ignored. */
export declare function readJournal(outDir: string): Promise<Journal | undefined>;
/** The manifest a pending journal ends with, to recognise files an interrupted build already renamed. */
export declare function journalManifest(journal: Journal | undefined): Manifest | undefined;
/** Records the journal; apply it (replay) once it is on disk. */
export declare function writeJournal(outDir: string, journal: Journal, durability: Durability): Promise<void>;
/** Applies a journal; safe to run again after a crash at any point, since every step checks what is still to do. */
export declare function replay(outDir: string, journal: Journal, durability?: Durability): Promise<void>;
