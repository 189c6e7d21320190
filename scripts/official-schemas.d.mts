export interface PinnedSchema {
  file: string;
  repo: string;
  commit: string;
  path: string;
  sha256: string;
}
export declare const SCHEMAS: PinnedSchema[];
export declare const CACHE_DIR: string;
export declare const FETCH_COMMAND: string;
export declare function sourceUrl(s: PinnedSchema): string;
