/** The Handlebars runtime with obscompile's helpers; templates are precompiled (noEscape, strict) by `npm run generate`. */
import runtime from 'handlebars/runtime.js';
import type Handlebars from 'handlebars';
import { templates, type TemplateName } from '../generated/templates.js';
import { markdownCell, shellQuote, shellWord } from './text.js';
import type { ShellWord } from '../model/daemon-command.js';

// The runtime build has the full API minus the compiler; its bundled .d.ts declares nothing.
const hb = (runtime as unknown as typeof Handlebars).create();

hb.registerHelper('sh', (value: unknown) => shellQuote(value));
hb.registerHelper('shArgs', (values: unknown[]) => values.map(shellQuote).join(' '));
hb.registerHelper('shWord', (word: ShellWord) => shellWord(word));
hb.registerHelper('md', (value: unknown) => markdownCell(value));

const compiled = new Map<TemplateName, Handlebars.TemplateDelegate>();

/** Renders a precompiled template; strict mode makes a missing field a bug, not an empty string. */
export function renderTemplate(name: TemplateName, context: object): string {
  let template = compiled.get(name);
  if (!template) {
    template = hb.template(templates[name]);
    compiled.set(name, template);
  }
  return template(context);
}
