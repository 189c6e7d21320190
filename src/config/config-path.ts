/** Paths inside the config: parsing ajv's JSON Pointers and printing paths in messages. Loads no YAML library. */
import type { ConfigPath } from '../types.js';

/** The value at `path` of plain data, or undefined. */
export function valueAt(data: unknown, path: ConfigPath): unknown {
  let node = data;
  for (const seg of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[seg as string] : undefined;
  return node;
}

/** Splits an ajv JSON Pointer (`/prometheus/port`) into path segments. */
export function fromPointer(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Dotted form for messages: `prometheus.extraTargets[0].job`; a key holding a dot or a bracket is quoted: `secrets["my.token"]`. */
export function displayPath(path: ConfigPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : /[.[\]"]/.test(seg) || seg === '' ? `[${JSON.stringify(seg)}]` : out ? `.${seg}` : seg;
  return out || '(top level)';
}

/**
 * The inverse of displayPath, as `explain` takes a path: keys with dots between them, list items as `[0]`, and a key
 * that holds a dot (a secret's or a label's name) quoted in brackets (`container.secrets["my.token"]`); undefined when
 * it is none of these (`prometheus..port`, `storage.durable[]`).
 */
export function fromDisplay(text: string): ConfigPath | undefined {
  const out: (string | number)[] = [];
  const part = /\.?([^.[\]"]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  for (let at = 0; at < text.length; ) {
    part.lastIndex = at;
    const m = part.exec(text);
    // A key starts the path or follows a dot; one after a key needs its dot.
    if (!m || (m[1] !== undefined && (at === 0) === text.startsWith('.', at))) return undefined;
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string)));
    at = part.lastIndex;
  }
  return out;
}
