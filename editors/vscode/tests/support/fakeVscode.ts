// A stand-in for the `vscode` module, enough to load the bundled client in plain Node and run its activation up to
// the point where it would start the language client. Whatever the tests do not provide is a harmless stub.
import Module = require('node:module');

export interface FakeVscode {
  /** The messages passed to window.showErrorMessage, in order. */
  readonly errorMessages: string[];
  /** The lines written to output channels. */
  readonly outputLines: string[];
  readonly module: object;
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

export function createFakeVscode(settings: Record<string, unknown>): FakeVscode {
  const errorMessages: string[] = [];
  const outputLines: string[] = [];
  const disposable = { dispose: (): void => undefined };
  const api: Record<string, unknown> = {
    window: {
      createOutputChannel: () => ({ appendLine: (line: string) => outputLines.push(line), dispose: () => undefined }),
      showErrorMessage: async (message: string) => {
        errorMessages.push(message);
        return undefined;
      },
    },
    commands: {
      registerCommand: () => disposable,
      executeCommand: async () => undefined,
    },
    workspace: {
      onDidChangeConfiguration: () => disposable,
      getConfiguration: (section: string) => ({ get: (key: string) => settings[`${section}.${key}`] }),
      workspaceFolders: undefined,
    },
  };
  const fake = new Proxy(api, {
    get: (self, property: string) => {
      const known = self[property];
      if (known === undefined) {
        return stub();
      }
      return typeof known === 'object' && known !== null
        ? new Proxy(known as Record<string, unknown>, { get: (part, name: string) => part[name] ?? stub() })
        : known;
    },
  });
  return { errorMessages, outputLines, module: fake };
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
