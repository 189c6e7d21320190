/**
 * Renders the templates of templates/*.hbs. `npm run generate` compiles each into a plain function
 * (scripts/template-compiler.ts, into src/generated/templates.js) that calls back into the runtime below for what
 * Handlebars does at run time in strict, no-escape mode: lenient and strict lookups, `#if` truthiness, `#each`, and
 * the helpers. Every config value in a shell template goes through a quoting helper (DESIGN.md, "Templates and
 * escaping"). A run loads no template engine: the functions only build the text.
 */
import { templates, type TemplateName } from '../generated/templates.js';
import { markdownCell, shellQuote, shellWord } from './text.js';
import type { ShellWord } from '../upstream/daemon-command.js';

/** The helpers a template may call, each with one argument: `{{sh path}}`. */
export const HELPERS = {
  sh: (value: unknown) => shellQuote(value),
  shArgs: (values: unknown[]) => values.map(shellQuote).join(' '),
  shWord: (word: ShellWord) => shellWord(word),
  md: (value: unknown) => markdownCell(value),
};

/** The data of one `#each` step: `@key`, `@index`, `@first`, `@last`. */
export interface LoopData {
  key: string | number;
  index: number;
  first: boolean;
  last: boolean;
}

type Body = (item: unknown, data: LoopData) => string;

/** A field as a parameter reads it: own properties only; an absent one is undefined (and a missing parent throws). */
function get(parent: unknown, name: string): unknown {
  const value = (parent as Record<string, unknown>)[name];
  return value == null || Object.prototype.hasOwnProperty.call(parent, name) ? value : undefined;
}

/** A field printed by `{{path}}`: strict mode makes a missing one a bug in obscompile, not an empty string. */
function strict(parent: unknown, name: string, line: number, column: number): unknown {
  if (!parent || !(name in (parent as object))) throw new Error(`"${name}" not defined in ${parent} - ${line}:${column}`);
  return get(parent, name);
}

/** A value as Handlebars uses it: a function is called on the context (its "lambda"), anything else is itself. */
function called(value: unknown, context: unknown): unknown {
  return typeof value === 'function' ? value.call(context) : value;
}

/** What `{{…}}` prints for a value: a function is called on the context, null and undefined print nothing. */
function out(value: unknown, context: unknown): unknown {
  return text(called(value, context));
}

function text(value: unknown): unknown {
  return value == null ? '' : value;
}

/** `#if`: false, 0, '', null, undefined, NaN and an empty list choose the other branch. */
function truthy(value: unknown, context: unknown): boolean {
  const v = called(value, context);
  return Boolean(v) && !(Array.isArray(v) && v.length === 0);
}

/** `#each` over a list (holes skipped), another iterable, or an object's own keys; `otherwise` for an empty one. */
function each(value: unknown, context: unknown, body: Body, otherwise?: () => string): string {
  const v = called(value, context);
  let result = '';
  let count = 0;
  const step = (key: string | number, index: number, last: boolean, item: unknown) => {
    result += body(item, { key, index, first: index === 0, last });
  };
  if (v && typeof v === 'object') {
    if (Array.isArray(v)) {
      for (count = 0; count < v.length; count++) if (count in v) step(count, count, count === v.length - 1, v[count]);
    } else if (Symbol.iterator in v) {
      const iterator = (v as Iterable<unknown>)[Symbol.iterator]();
      for (let current = iterator.next(); !current.done; count++) {
        const next = iterator.next();
        step(count, count, Boolean(next.done), current.value);
        current = next;
      }
    } else {
      const keys = Object.keys(v);
      for (count = 0; count < keys.length; count++) step(keys[count]!, count, count === keys.length - 1, (v as Record<string, unknown>)[keys[count]!]);
    }
  }
  return count === 0 && otherwise ? otherwise() : result;
}

/** What the generated functions call back into. */
export const runtime = { helpers: HELPERS, get, strict, out, text, truthy, each };
export type TemplateRuntime = typeof runtime;

/** Renders a template with `context` as its top-level object. */
export function renderTemplate(name: TemplateName, context: object): string {
  return templates[name](context, runtime);
}
