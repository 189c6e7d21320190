/**
 * Series each rule reads (by rule name: the alert, or the recorded series), from its expression parsed as PromQL.
 * @type {Record<string, string[]>}
 */
export const alertReads: Record<string, string[]>;
