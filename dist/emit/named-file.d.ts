import { type Owner } from './fs-safe.js';
export type NamedTarget = 
/** Nothing there: the file is created atomically. */
{
    kind: 'new';
    path: string;
}
/** A regular file (for `docs --inject`, also one a link points at): replaced atomically, keeping its mode and owner. */
 | {
    kind: 'file';
    path: string;
    owner: Owner;
    bytes: () => Promise<Buffer>;
}
/** A device, pipe or socket (`/dev/null`, `/dev/stdout`): written through, never replaced. */
 | {
    kind: 'through';
    path: string;
    what: string;
}
/** Something obscompile will not write: a folder, a dangling link, or a link to a file where links are not followed. */
 | {
    kind: 'refused';
    path: string;
    what: string;
};
/** How `file` would be written. `followLinks`: a link to a regular file means its target (docs keeps a linked README a link). */
export declare function namedTarget(file: string, followLinks: boolean): Promise<NamedTarget>;
/** Writes `content` to a target namedTarget found writable (never call it with a refused one). */
export declare function writeNamed(target: Exclude<NamedTarget, {
    kind: 'refused';
}>, content: string): Promise<void>;
