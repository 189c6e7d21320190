export interface FileQuery {
    expr: string;
    /** What the expression belongs to: `rule RequestsAborted`, `panel "KV cache used"`. */
    owner: string;
    /** The series a recording rule makes from it. */
    record?: string;
    /** An alerting rule's condition: a first event it cannot see is an alert that never fires. */
    alert?: true;
    /** A dashboard variable's `label_values(query, label)`: the label its values are read from (in the expression, `by (label)`). */
    valuesOf?: string;
    /** The file offset of an offset in `expr`. */
    at(offset: number): number;
}
/** What a file holds, or why it cannot be read as one of the kinds lint knows. */
/** The queries of a file, or why it has none to give (`yaml`: its YAML does not parse, which the config's reader explains best). */
export type Extracted = {
    kind: 'rules' | 'dashboard';
    queries: FileQuery[];
    problems?: RuleProblem[];
} | {
    error: string;
    offset: number;
    yaml?: true;
};
/** A value of a rule file Prometheus refuses to load, with where it stands in the file. */
export interface RuleProblem {
    message: string;
    from: number;
    to: number;
}
/**
 * The queries of a file, told apart by its name (`.json`) or its first non-blank character (`{` or `[`): JSON, else
 * YAML.
 */
export declare function extractQueries(text: string, name?: string): Extracted;
