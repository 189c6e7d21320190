/**
 * The metrics catalog: what each source emits, for one upstream version.
 * @type {import('../model/catalog-data.js').CatalogSource[]}
 */
export const catalog: import("../model/catalog-data.js").CatalogSource[];
