// The VS Code side of the privacy rules language: starts the privacy language server (a Java program bundled in the
// extension) and connects VS Code to it. Colouring, brackets and snippets are declared in package.json and work
// without the server.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { registerToolCommands } from './editorCommands';
import { javaProblemMessage, probeJavaVersion } from './javaRuntime';
import { hostEnvironment } from './javaSetup';
import { SERVER_JAR_PATH_IN_EXTENSION, initializationOptions, serverCommandLine } from './serverLaunch';

const LANGUAGE_ID = 'privacy';
const CLIENT_NAME = 'Privacy Language Server';
/** Settings whose change needs a new server process. */
const SERVER_SETTINGS = ['privacy.java', 'privacy.server'];
const OPEN_SETTINGS = 'Open Settings';

let client: LanguageClient | undefined;
let outputChannel: vscode.OutputChannel | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  outputChannel = vscode.window.createOutputChannel(CLIENT_NAME);
  context.subscriptions.push(
    outputChannel,
    vscode.commands.registerCommand('privacy.restartServer', () => restartServer(context)),
    vscode.workspace.onDidChangeConfiguration((change) => {
      if (SERVER_SETTINGS.some((section) => change.affectsConfiguration(section))) {
        void restartServer(context);
      }
    }),
  );
  registerToolCommands(context);
  await startServer(context);
}

export async function deactivate(): Promise<void> {
  await stopServer();
}

async function restartServer(context: vscode.ExtensionContext): Promise<void> {
  await stopServer();
  await startServer(context);
}

async function stopServer(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    try {
      await running.stop();
    } catch (error) {
      outputChannel?.appendLine(`the language server did not stop cleanly: ${errorText(error)}`);
    }
  }
}

async function startServer(context: vscode.ExtensionContext): Promise<void> {
  const serverJar = context.asAbsolutePath(SERVER_JAR_PATH_IN_EXTENSION);
  if (!fs.existsSync(serverJar)) {
    void vscode.window.showErrorMessage(
      `The privacy language server is missing from this installation of the extension (${serverJar}). `
        + 'Reinstall the extension from a .vsix built with "npm run package".');
    return;
  }

  const settings = vscode.workspace.getConfiguration('privacy');
  const commandLine = serverCommandLine(
    {
      executable: settings.get<string>('java.executable'),
      home: settings.get<string>('java.home'),
      vmArguments: settings.get<string[]>('server.vmArguments'),
    },
    hostEnvironment(context),
    serverJar,
  );

  const probe = await probeJavaVersion(commandLine.command);
  const problem = javaProblemMessage(commandLine.java, probe);
  if (problem) {
    outputChannel?.appendLine(problem);
    const choice = await vscode.window.showErrorMessage(problem, OPEN_SETTINGS);
    if (choice === OPEN_SETTINGS) {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'privacy.java');
    }
    return;
  }
  if (probe.kind === 'unknown-version') {
    outputChannel?.appendLine(`could not read the Java version from '${commandLine.command} -version'; `
      + `starting the server anyway. Output was:\n${probe.versionOutput}`);
  }

  const serverOptions: ServerOptions = {
    command: commandLine.command,
    args: [...commandLine.args],
  };
  const workspaceFolder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: LANGUAGE_ID }],
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.privacy'),
    },
    initializationOptions: initializationOptions(settings.get<string[]>('server.classpath'), workspaceFolder),
    outputChannel,
  };

  outputChannel?.appendLine(`starting: ${commandLine.command} ${commandLine.args.join(' ')}`);
  const starting = new LanguageClient(LANGUAGE_ID, CLIENT_NAME, serverOptions, clientOptions);
  client = starting;
  try {
    await starting.start();
  } catch (error) {
    client = undefined;
    void vscode.window.showErrorMessage(
      `The privacy language server could not be started with '${commandLine.command}': ${errorText(error)}. `
        + `See the output channel '${CLIENT_NAME}'.`);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
