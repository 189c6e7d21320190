/** Where defaults apply, from the schema (`npm run generate` writes it to src/generated/defaults.js). */
export interface DefaultsNode {
    /** Properties of an object: the default of each (when it has one) and what applies inside its value. */
    properties?: Record<string, {
        default?: unknown;
        inside?: DefaultsNode;
    }>;
    /** What applies inside each item of a list. */
    items?: DefaultsNode;
    /** What applies inside each value of a map. */
    values?: DefaultsNode;
}
type Schema = Record<string, unknown>;
/**
 * The defaults of `schema` (draft-07; local `$ref`s only), as ajv's useDefaults reads them: a property's own
 * `default` (beside a `$ref` too), inside `properties`, `items` and `additionalProperties`. Keywords ajv takes no
 * default from (`oneOf`, `anyOf`, `not`: strict mode refuses defaults there) are not followed. Undefined when
 * nothing inside `node` has a default.
 */
export declare function defaultsTree(root: Schema, node?: Schema, seen?: readonly Schema[]): DefaultsNode | undefined;
/**
 * `data` with every missing default filled in (a property is missing when it reads `undefined`, as ajv tests it),
 * in schema order after the keys already there; `data` itself is never changed. Values of the wrong type are left
 * alone: validation reports them.
 */
export declare function withDefaults(data: unknown, node: DefaultsNode): unknown;
/**
 * A deep copy of plain data (mappings, lists and scalars): a default of its own for every insertion (the generated
 * validator wrote a new literal each time), and a parsed file for ajv to write into (the fleet file). A plain
 * recursive copy: structuredClone serialises and costs several times more. A `__proto__` key stays an ordinary own key.
 */
export declare function copy(value: unknown): unknown;
export {};
