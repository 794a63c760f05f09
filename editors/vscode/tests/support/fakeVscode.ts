// A stand-in for the `vscode` module, enough to load the bundled client in plain Node and run its activation up to
// the point where it would start the language client. Whatever the tests do not provide is a harmless stub.
import Module = require('node:module');

export interface FakeVscode {
  /** The messages passed to window.showErrorMessage, in order. */
  readonly errorMessages: string[];
  /** The lines written to output channels. */
  readonly outputLines: string[];
  /** The messages passed to window.showInformationMessage and showWarningMessage, in order. */
  readonly otherMessages: string[];
  /** The commands the extension registered, by id. */
  readonly commands: Map<string, (...args: unknown[]) => unknown>;
  /** The webview panels the extension opened: their title and the HTML they were given. */
  readonly webviews: { title: string; html: string; options: unknown }[];
  readonly module: object;
}

/** What a test can set up beyond the settings: the workspace folders, and what a folder picker answers. */
export interface FakeWorkbench {
  readonly workspaceFolders?: string[];
  readonly openDialogAnswer?: string;
}

/** A value that can be called, constructed and read from without end, for the parts of the API no test looks at. */
function stub(): object {
  const target = function stubFunction(): void { /* nothing */ };
  return new Proxy(target, {
    get: (self, property) => (property === 'prototype' ? self.prototype : property === 'then' ? undefined : stub()),
    apply: () => stub(),
    construct: () => stub(),
  });
}

export function createFakeVscode(settings: Record<string, unknown>, workbench: FakeWorkbench = {}): FakeVscode {
  const errorMessages: string[] = [];
  const outputLines: string[] = [];
  const otherMessages: string[] = [];
  const commands = new Map<string, (...args: unknown[]) => unknown>();
  const webviews: { title: string; html: string; options: unknown }[] = [];
  const disposable = { dispose: (): void => undefined };
  const uri = (fsPath: string): object => ({ fsPath, scheme: 'file', toString: () => `file://${fsPath}` });
  const showMessage = async (message: string): Promise<undefined> => {
    otherMessages.push(message);
    return undefined;
  };
  const api: Record<string, unknown> = {
    window: {
      createOutputChannel: () => ({
        appendLine: (line: string) => outputLines.push(line),
        append: (text: string) => outputLines.push(text),
        clear: () => undefined,
        show: () => undefined,
        dispose: () => undefined,
      }),
      showErrorMessage: async (message: string) => {
        errorMessages.push(message);
        return undefined;
      },
      showInformationMessage: showMessage,
      showWarningMessage: showMessage,
      showOpenDialog: async () => (workbench.openDialogAnswer ? [uri(workbench.openDialogAnswer)] : undefined),
      withProgress: (_options: unknown, task: (progress: unknown, token: unknown) => Promise<unknown>) =>
        task({ report: () => undefined }, { onCancellationRequested: () => disposable }),
      createWebviewPanel: (_viewType: string, title: string, _column: unknown, options: unknown) => {
        const panel = { title, html: '', options };
        webviews.push(panel);
        return { webview: panel, dispose: () => undefined };
      },
      activeTextEditor: undefined,
    },
    commands: {
      registerCommand: (id: string, handler: (...args: unknown[]) => unknown) => {
        commands.set(id, handler);
        return disposable;
      },
      executeCommand: async () => undefined,
    },
    workspace: {
      onDidChangeConfiguration: () => disposable,
      getConfiguration: (section: string) => ({ get: (key: string) => settings[`${section}.${key}`] }),
      workspaceFolders: workbench.workspaceFolders?.map((folder) => ({ uri: uri(folder) })),
      saveAll: async () => true,
    },
    Uri: { file: uri },
    ProgressLocation: { Notification: 15 },
    ViewColumn: { Active: -1 },
  };
  const fake = new Proxy(api, {
    get: (self, property: string) => {
      const known = self[property];
      if (known === undefined) {
        return stub();
      }
      return typeof known === 'object' && known !== null
        ? new Proxy(known as Record<string, unknown>, { get: (part, name: string) => (name in part ? part[name] : stub()) })
        : known;
    },
  });
  return { errorMessages, outputLines, otherMessages, commands, webviews, module: fake };
}

/** Loads a CommonJS file with `require('vscode')` answered by the fake. */
export function requireWithVscode(file: string, vscode: FakeVscode): unknown {
  const loader = Module as unknown as {
    _load: (request: string, parent: unknown, isMain: boolean) => unknown;
  };
  const originalLoad = loader._load;
  loader._load = function loadWithFakeVscode(request: string, parent: unknown, isMain: boolean): unknown {
    return request === 'vscode' ? vscode.module : originalLoad.call(this, request, parent, isMain);
  };
  try {
    delete require.cache[require.resolve(file)];
    return require(file);
  } finally {
    loader._load = originalLoad;
  }
}
