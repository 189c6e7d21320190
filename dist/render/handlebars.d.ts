import { type TemplateName } from '../generated/templates.js';
/** Renders a precompiled template; strict mode makes a missing field a bug, not an empty string. */
export declare function renderTemplate(name: TemplateName, context: object): string;
