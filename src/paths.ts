/** Files shipped with obscompile, located from the package root (the same from src/, dist/ and the bundle). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder holding obscompile's package.json, found by walking up from this module. */
export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'obscompile') return (root = dir);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('obscompile: cannot find its own package.json');
    dir = parent;
  }
}

/** Absolute path of a file shipped in the package. */
export const shipped = (...parts: string[]): string => path.join(packageRoot(), ...parts);
