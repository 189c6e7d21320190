/**
 * Series each dashboard panel reads (by dashboard uid/panel title), from its queries parsed as PromQL.
 * @type {Record<string, string[]>}
 */
export const panelReads: Record<string, string[]>;
