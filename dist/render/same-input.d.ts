/**
 * A renderer's last answer, given again for an equal input. A fleet renders the same dashboards for every host that
 * shares the base's Grafana and alerting settings: comparing a host's input with the previous host's costs a fraction
 * of rendering it again. Only for renderers whose output is a function of that input alone (they are passed nothing
 * else), so an equal input is the same text by construction.
 */
/** Whether two values of plain data (objects, arrays, primitives) are equal, keys compared in their order too. */
export declare function samePlainData(a: unknown, b: unknown): boolean;
/**
 * `render` with its last output per key kept: an input equal to the one last rendered under the same key gets the
 * same text back (the same string, so what hashes or compares it can tell at once). One entry per key, so memory
 * stays what one build's outputs of that kind hold.
 */
export declare function keepLast<I>(render: (input: I) => string): (key: string, input: I) => string;
