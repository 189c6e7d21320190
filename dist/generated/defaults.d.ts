/**
 * Where the schema gives defaults, and what they are.
 * @type {import('../validate/defaults.js').DefaultsNode}
 */
export const defaults: import("../validate/defaults.js").DefaultsNode;
