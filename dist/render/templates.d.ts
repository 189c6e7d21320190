/**
 * Renders the templates of templates/*.hbs. `npm run generate` compiles each into a plain function
 * (scripts/template-compiler.ts, into src/generated/templates.js) that calls back into the runtime below for what
 * Handlebars does at run time in strict, no-escape mode: lenient and strict lookups, `#if` truthiness, `#each`, and
 * the helpers. Every config value in a shell template goes through a quoting helper (DESIGN.md, "Templates and
 * escaping"). A run loads no template engine: the functions only build the text.
 */
import { type TemplateName } from '../generated/templates.js';
import type { ShellWord } from '../upstream/daemon-command.js';
/** The helpers a template may call, each with one argument: `{{sh path}}`. */
export declare const HELPERS: {
    sh: (value: unknown) => string;
    shArgs: (values: unknown[]) => string;
    shWord: (word: ShellWord) => string;
    md: (value: unknown) => string;
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
declare function get(parent: unknown, name: string): unknown;
/** A field printed by `{{path}}`: strict mode makes a missing one a bug in obscompile, not an empty string. */
declare function strict(parent: unknown, name: string, line: number, column: number): unknown;
/** What `{{…}}` prints for a value: a function is called on the context, null and undefined print nothing. */
declare function out(value: unknown, context: unknown): unknown;
declare function text(value: unknown): unknown;
/** `#if`: false, 0, '', null, undefined, NaN and an empty list choose the other branch. */
declare function truthy(value: unknown, context: unknown): boolean;
/** `#each` over a list (holes skipped), another iterable, or an object's own keys; `otherwise` for an empty one. */
declare function each(value: unknown, context: unknown, body: Body, otherwise?: () => string): string;
/** What the generated functions call back into. */
export declare const runtime: {
    helpers: {
        sh: (value: unknown) => string;
        shArgs: (values: unknown[]) => string;
        shWord: (word: ShellWord) => string;
        md: (value: unknown) => string;
    };
    get: typeof get;
    strict: typeof strict;
    out: typeof out;
    text: typeof text;
    truthy: typeof truthy;
    each: typeof each;
};
export type TemplateRuntime = typeof runtime;
/** Renders a template with `context` as its top-level object. */
export declare function renderTemplate(name: TemplateName, context: object): string;
export {};
