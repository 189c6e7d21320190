/**
 * Compiles templates/*.hbs into plain JavaScript functions, for src/generated/templates.js.
 *
 * The templates are Handlebars, compiled as DESIGN.md asks (`noEscape`, `strict`), but only the part of the language
 * they use: text, comments, `{{path}}`, `{{helper path}}` with the helpers of src/render/templates.ts, and the
 * blocks `#if`, `#unless` and `#each` (with `{{else}}` and `@key`, `@index`, `@first`, `@last`). Handlebars' own
 * parser reads each file (so whitespace control and standalone lines are exactly Handlebars'); this file turns the
 * tree into code that builds the text directly. Anything else in a template is refused here, at generate time, with
 * its file, line and column: the runtime never meets a construct it does not know. test/templates.test.ts holds the
 * output to Handlebars' own on every template.
 */
import Handlebars from 'handlebars';
import { HELPERS } from '../src/render/templates.js';

type Node = hbs.AST.Node;
type Program = hbs.AST.Program;
type Path = hbs.AST.PathExpression;
type Position = { line: number; column: number };

/** A template construct this compiler does not handle, with where it is. */
export class TemplateError extends Error {}

const BLOCKS = new Set(['if', 'unless', 'each']);
const DATA_NAMES = new Set(['key', 'index', 'first', 'last']);

class FunctionWriter {
  /** Nesting of #each bodies: the context variable of the innermost is `c${depth}`, its data `d${depth}`. */
  private depth = 0;

  constructor(private readonly file: string) {}

  fail(node: Node, what: string): never {
    const at = (node.loc as { start: Position } | undefined)?.start;
    throw new TemplateError(`${this.file}:${at ? `${at.line}:${at.column + 1}` : '?'}: ${what} is not supported by scripts/template-compiler.ts (supported: text, comments, {{path}}, {{helper path}}, #if, #unless, #each)`);
  }

  /** Statements appending a program's output to `o`. */
  program(program: Program | undefined): string {
    if (!program) return '';
    return program.body.map((node) => this.statement(node)).join('');
  }

  private statement(node: Node): string {
    switch (node.type) {
      case 'ContentStatement': {
        const text = (node as hbs.AST.ContentStatement).value;
        return text ? `o += ${JSON.stringify(text)};\n` : '';
      }
      case 'CommentStatement':
        return '';
      case 'MustacheStatement':
        return `o += ${this.mustache(node as hbs.AST.MustacheStatement)};\n`;
      case 'BlockStatement':
        return this.block(node as hbs.AST.BlockStatement);
      default:
        return this.fail(node, `a ${node.type}`);
    }
  }

  /** The text a `{{…}}` prints, as Handlebars computes it in strict mode. */
  private mustache(node: hbs.AST.MustacheStatement): string {
    if (node.hash?.pairs.length) this.fail(node, 'a hash argument');
    const path = this.path(node.path);
    if (node.params.length) {
      const helper = path.parts.length === 1 && !path.data ? path.parts[0]! : undefined;
      if (!helper || !Object.hasOwn(HELPERS, helper)) this.fail(node.path, `the helper ${path.original}`);
      if (node.params.length !== 1) this.fail(node, `${helper} with ${node.params.length} arguments`);
      return `r.text(r.helpers.${helper}(${this.value(node.params[0]!)}))`;
    }
    if (path.parts.length === 1 && !path.data && Object.hasOwn(HELPERS, path.parts[0]!)) this.fail(node.path, `the helper ${path.original} without an argument`);
    if (path.parts.length === 0) return `r.out(${this.base(path)}, ${this.current()})`;
    // The last name is looked up strictly (a missing field is an error), the ones before it leniently, as for parameters.
    const at = (path.loc as { start: Position }).start;
    const last = path.parts.length - 1;
    const parent = this.lookups(this.base(path), path.parts.slice(0, last));
    return `r.out(r.strict(${parent}, ${JSON.stringify(path.parts[last])}, ${at.line}, ${at.column}), ${this.current()})`;
  }

  private block(node: hbs.AST.BlockStatement): string {
    const name = node.path.type === 'PathExpression' ? (node.path as Path).original : '';
    if (!BLOCKS.has(name)) this.fail(node.path, `the block #${name || node.path.type}`);
    if (node.params.length !== 1) this.fail(node, `#${name} with ${node.params.length} arguments`);
    if (node.hash?.pairs.length) this.fail(node, 'a hash argument');
    if (node.program.blockParams?.length) this.fail(node, 'block parameters');
    const value = this.value(node.params[0]!);
    const context = this.current();
    if (name !== 'each') {
      const [yes, no] = name === 'if' ? [node.program, node.inverse] : [node.inverse, node.program];
      const otherwise = this.program(no);
      return `if (r.truthy(${value}, ${context})) {\n${this.program(yes)}}${otherwise ? ` else {\n${otherwise}}` : ''}\n`;
    }
    this.depth++;
    const body = this.program(node.program);
    const item = this.current();
    this.depth--;
    const inverse = this.program(node.inverse);
    const empty = inverse ? `, () => {\nlet o = "";\n${inverse}return o;\n}` : '';
    return `o += r.each(${value}, ${context}, (${item}, d${this.depth + 1}) => {\nlet o = "";\n${body}return o;\n}${empty});\n`;
  }

  /** A parameter's value: every name looked up leniently (an absent field is undefined), as Handlebars does. */
  private value(node: Node): string {
    if (node.type !== 'PathExpression') return this.fail(node, `a ${node.type} argument`);
    const path = this.path(node as Path);
    return this.lookups(this.base(path), path.parts);
  }

  private path(node: Node): Path {
    if (node.type !== 'PathExpression') return this.fail(node, `a ${node.type}`);
    const path = node as Path;
    if (path.depth > 0) this.fail(path, 'a parent path (../)');
    if (path.data) {
      if (this.depth === 0) this.fail(path, `@${path.parts.join('.')} outside #each`);
      if (path.parts.length !== 1 || !DATA_NAMES.has(path.parts[0]!)) this.fail(path, `@${path.parts.join('.')}`);
    }
    return path;
  }

  private current(): string {
    return `c${this.depth}`;
  }

  /** Where a path starts: the current context, or for `@key` and the like the loop data of the innermost #each. */
  private base(path: Path): string {
    return path.data ? `d${this.depth}` : this.current();
  }

  private lookups(start: string, names: readonly string[]): string {
    return names.reduce((code, name) => `r.get(${code}, ${JSON.stringify(name)})`, start);
  }
}

/** One template as the source of a function `(context, runtime) => string`. */
export function compileTemplate(file: string, source: string): string {
  let ast: Program;
  try {
    ast = Handlebars.parse(source);
  } catch (error) {
    throw new TemplateError(`${file}: ${(error as Error).message}`);
  }
  const body = new FunctionWriter(file).program(ast);
  return indent(`(c0, r) => {\nlet o = "";\n${body}return o;\n}`, '  ');
}

/** Two spaces per open brace: the statements are one per line, and strings never hold a line break. */
function indent(code: string, first: string): string {
  let depth = 0;
  return code
    .split('\n')
    .map((line, i) => {
      if (line.startsWith('}')) depth--;
      const out = i === 0 ? line : `${first}${'  '.repeat(depth)}${line}`;
      if (line.endsWith('{')) depth++;
      return out;
    })
    .join('\n');
}
