/** A minimal LSP client over stdio for yaml-language-server, built on vscode-jsonrpc. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { ROOT } from '../helpers.js';

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
}

export const SETTINGS = { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false }, format: { enable: false } } };

export class YamlLanguageServer {
  private readonly proc: ChildProcess;
  private readonly conn: MessageConnection;
  private readonly diagnostics = new Map<string, LspDiagnostic[]>();
  private readonly waiters: { uri: string; resolve: (d: LspDiagnostic[]) => void }[] = [];
  private version = 0;

  /** `schemas`: the `yaml.schemas` setting, as VS Code passes it from devcontainer.json. */
  constructor(private readonly settings: { yaml: Record<string, unknown> } = SETTINGS) {
    const bin = path.join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server');
    this.proc = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((i) => (i.section === 'yaml' ? this.settings.yaml : i.section ? null : this.settings)),
    );
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: LspDiagnostic[] }) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      for (const w of this.waiters.filter((x) => x.uri === p.uri)) w.resolve(p.diagnostics);
      this.waiters.splice(0, this.waiters.length, ...this.waiters.filter((x) => x.uri !== p.uri));
    });
    this.conn.listen();
  }

  async start(rootDir: string): Promise<void> {
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootDir).href,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } }, hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: {} },
      },
    });
    await this.conn.sendNotification('initialized', {});
    await this.conn.sendNotification('workspace/didChangeConfiguration', { settings: this.settings });
  }

  /** Opens a document and resolves with the first diagnostics published for it. */
  open(file: string, text: string): Promise<LspDiagnostic[]> {
    const uri = pathToFileURL(file).href;
    const published = new Promise<LspDiagnostic[]>((resolve) => this.waiters.push({ uri, resolve }));
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++this.version, text } });
    return published;
  }

  completion(file: string, line: number, character: number): Promise<{ items: { label: string }[] } | { label: string }[]> {
    return this.conn.sendRequest('textDocument/completion', { textDocument: { uri: pathToFileURL(file).href }, position: { line, character } });
  }

  hover(file: string, line: number, character: number): Promise<{ contents: unknown } | null> {
    return this.conn.sendRequest('textDocument/hover', { textDocument: { uri: pathToFileURL(file).href }, position: { line, character } });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } finally {
      this.conn.dispose();
      if (this.proc.pid && this.proc.exitCode === null) this.proc.kill('SIGTERM');
    }
  }
}
