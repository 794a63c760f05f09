// An LSP round trip with the bundled language server: initialize, diagnostics for an unknown name in an opened file,
// shutdown and exit. Shared by the test of the server run with the machine's Java and the one run with the Java
// runtime bundled in a platform-specific .vsix.
import * as assert from 'node:assert/strict';
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, it } from 'node:test';
import {
  MessageConnection, NotificationType, RequestType, StreamMessageReader, StreamMessageWriter, createMessageConnection,
} from 'vscode-jsonrpc/node';
import { initializationOptions } from '../../src/serverLaunch';

/** How to start the server: a program, its arguments and, when given, its whole environment. */
export interface ServerLaunch {
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
}

const STARTUP_TIMEOUT_MS = 30_000;
const DIAGNOSTICS_TIMEOUT_MS = 20_000;

interface InitializeResult {
  capabilities: { textDocumentSync?: unknown; completionProvider?: unknown; hoverProvider?: unknown };
  serverInfo?: { name: string; version?: string };
}
interface Diagnostic { message: string; code?: string | number; range: { start: { line: number } } }
interface PublishDiagnosticsParams { uri: string; diagnostics: Diagnostic[] }

const initializeRequest = new RequestType<object, InitializeResult, unknown>('initialize');
const shutdownRequest = new RequestType<null, null, unknown>('shutdown');
const initializedNotification = new NotificationType<object>('initialized');
const exitNotification = new NotificationType<null>('exit');
const didOpenNotification = new NotificationType<object>('textDocument/didOpen');
const publishDiagnosticsNotification = new NotificationType<PublishDiagnosticsParams>('textDocument/publishDiagnostics');

/** Waits for `promise`, failing after `milliseconds` or as soon as the server exits (when `untilExit` is given). */
function withTimeout<T>(
  promise: Promise<T>, milliseconds: number, what: string, serverOutput: () => string, untilExit?: Promise<number | null>,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${milliseconds} ms; server said:\n${serverOutput()}`)),
      milliseconds);
  });
  const exit = untilExit?.then((code): never => {
    throw new Error(`the server exited (code ${code}) while waiting for ${what}; it said:\n${serverOutput()}`);
  });
  return Promise.race([promise, timeout, ...(exit ? [exit] : [])]).finally(() => clearTimeout(timer));
}

/**
 * Declares the round trip's tests in the current describe block; `skip` (a reason) declares them skipped. The server is
 * started before the first test and stopped after the last.
 */
export function serverRoundTripTests(launch: ServerLaunch, skip: string | undefined): void {
  let server: ChildProcessWithoutNullStreams;
  let connection: MessageConnection;
  let workspace: string;
  let serverError = '';
  let serverExit: Promise<number | null>;
  const diagnosticsByUri = new Map<string, (params: PublishDiagnosticsParams) => void>();

  before(async () => {
    if (skip) {
      return;
    }
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-vscode-test-'));
    server = spawn(launch.command, [...launch.args], { cwd: workspace, env: launch.env ?? process.env });
    serverExit = new Promise((resolve) => server.once('exit', (code) => resolve(code)));
    server.stderr.on('data', (chunk: Buffer) => {
      serverError += chunk.toString('utf8');
    });
    connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.onNotification(publishDiagnosticsNotification, (params) => diagnosticsByUri.get(params.uri)?.(params));
    connection.listen();
  });

  after(async () => {
    if (skip) {
      return;
    }
    connection.dispose();
    if (server.exitCode === null) {
      server.kill();
    }
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('answers initialize with its capabilities', { skip }, async () => {
    const workspaceUri = pathToFileURL(workspace).href;
    const started = Date.now();
    const result = await withTimeout(connection.sendRequest(initializeRequest, {
      processId: process.pid,
      rootUri: workspaceUri,
      workspaceFolders: [{ uri: workspaceUri, name: 'test' }],
      capabilities: {},
      initializationOptions: initializationOptions([], workspace),
    }), STARTUP_TIMEOUT_MS, 'initialize', () => serverError, serverExit);
    assert.ok(result.capabilities.textDocumentSync, `no text document sync in ${JSON.stringify(result)}`);
    await connection.sendNotification(initializedNotification, {});
    console.log(`initialize answered in ${Date.now() - started} ms`);
  });

  it('reports an unknown name in an open file, with its issue code', { skip }, async () => {
    const uri = pathToFileURL(path.join(workspace, 'rules.privacy')).href;
    const text = [
      'entity Request {',
      '\tid: text key',
      '\treceivedAt: datetime',
      '}',
      '',
      'rule RTS-01 "Answer within a month"',
      '\tbasis "GDPR art. 12(3)"',
      '\tRequest requires undefinedThing',
      '',
    ].join('\n');
    const published = new Promise<PublishDiagnosticsParams>((resolve) => {
      diagnosticsByUri.set(uri, (params) => {
        if (params.diagnostics.length > 0) {
          resolve(params);
        }
      });
    });
    await connection.sendNotification(didOpenNotification, {
      textDocument: { uri, languageId: 'privacy', version: 1, text },
    });
    const diagnostics = await withTimeout(
      published, DIAGNOSTICS_TIMEOUT_MS, 'diagnostics', () => serverError, serverExit);
    assert.ok(
      diagnostics.diagnostics.some((diagnostic) =>
        diagnostic.code === 'privacy.unknown-name' && diagnostic.range.start.line === 7),
      `no privacy.unknown-name on line 8 in ${JSON.stringify(diagnostics.diagnostics)}`);
  });

  it('shuts down and exits when asked', { skip }, async () => {
    await withTimeout(connection.sendRequest(shutdownRequest, null), 10_000, 'shutdown', () => serverError, serverExit);
    await connection.sendNotification(exitNotification, null);
    const exitCode = await withTimeout(serverExit, 10_000, 'exit', () => serverError);
    assert.equal(exitCode, 0);
  });
}
