import { type Durability } from './durability.js';
import { type Manifest } from './manifest.js';
export declare const JOURNAL_FILE = ".obscompile-journal.json";
export interface Journal {
    /** The manifest text this build ends with, written last (from here: it has no temp file of its own). */
    manifest: string;
    /**
     * In order: rename `temp` over `file` (when the temp still exists), then set `mode` when given. `before`: the
     * SHA-256 of `file` when the build planned the step (null: there was none); a build finishing an earlier one's
     * journal renames only over a file still so (journals of earlier releases have none, and are replayed as written).
     */
    steps: {
        file: string;
        temp?: string;
        mode?: number;
        before?: string | null;
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
/**
 * Applies a journal; safe to run again after a crash at any point, since every step checks what is still to do.
 * A step renames only over the file it planned to replace: one edited while the build ran (or, for `earlier`, the
 * journal of a build that was stopped and found by the next one, at any time since) is left as it is, and so are
 * files whose temp files were cleaned away. The manifest written lists the new text only of files that got it; the
 * others keep their last entry (a build then sees them as stale, or as edited by hand, as they are). Resolves to the
 * files left as they were (`kept`) and to what this replay did (`done`: the files it renamed into place or removed).
 */
export declare function replay(outDir: string, journal: Journal, durability?: Durability, earlier?: boolean): Promise<{
    kept: string[];
    done: {
        written: string[];
        removed: string[];
    };
}>;
