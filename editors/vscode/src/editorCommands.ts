// The commands that run the privacy tool from the editor, without a terminal: "Check Data Folder…" (privacy check, the
// HTML report shown in a webview) and "Run Scenarios" (privacy test, the report in an output channel). The tool is the
// CLI jar bundled beside the server jar, run with the same Java as the server.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CLI_JAR_PATH_IN_EXTENSION, JavaCommandLine, checkCommandLine, checkOutcome, defaultDataFolder, rulesLocation,
  scenariosCommandLine, scenariosOutcome,
} from './cliCommands';
import { javaForTools } from './javaSetup';

const SCENARIOS_CHANNEL = 'Privacy Scenarios';
const CHECK_CHANNEL = 'Privacy Check';
const SHOW_OUTPUT = 'Show Output';

interface RunResult {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function registerToolCommands(context: vscode.ExtensionContext): void {
  const scenariosOutput = vscode.window.createOutputChannel(SCENARIOS_CHANNEL);
  const checkOutput = vscode.window.createOutputChannel(CHECK_CHANNEL);
  context.subscriptions.push(
    scenariosOutput,
    checkOutput,
    vscode.commands.registerCommand('privacy.checkDataFolder',
      (folder?: vscode.Uri) => checkDataFolder(context, checkOutput, folder)),
    // not 'privacy.runScenarios': that id is the language server's command (its code lens), which the language
    // client registers itself; a second registration of it would fail
    vscode.commands.registerCommand('privacy.runScenariosOfFolder',
      (target?: vscode.Uri) => runScenarios(context, scenariosOutput, target)),
  );
}

async function checkDataFolder(
  context: vscode.ExtensionContext, output: vscode.OutputChannel, chosen: vscode.Uri | undefined,
): Promise<void> {
  const cliJar = await bundledCliJar(context);
  if (!cliJar) {
    return;
  }
  const workspaceFolder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const rules = rulesLocation(activePrivacyFile(), workspaceFolder);
  if (!rules) {
    void vscode.window.showErrorMessage(
      'Open a folder with .privacy rule files (or a rule file) before checking a data folder against its rules.');
    return;
  }
  const data = chosen?.fsPath ?? await pickDataFolder(rules, workspaceFolder);
  if (!data) {
    return;
  }
  const java = await javaForTools(context);
  if (!java) {
    return;
  }
  const reportFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-check-'));
  const report = path.join(reportFolder, 'report.html');
  const now = vscode.workspace.getConfiguration('privacy').get<string>('check.now');
  try {
    const commandLine = checkCommandLine(java.command, cliJar, { rules, data, report, now });
    const result = await runWithProgress(`Checking ${path.basename(data)} against the rules`, commandLine, output);
    const outcome = checkOutcome(result.exitCode, result.stderr);
    if (outcome.kind === 'failed') {
      await showFailure(outcome.message, output);
      return;
    }
    showReport(path.basename(data), fs.readFileSync(report, 'utf8'));
  } finally {
    // The page is in the webview now; the file would only keep (masked) findings on disk.
    fs.rmSync(reportFolder, { recursive: true, force: true });
  }
}

async function pickDataFolder(rules: string, workspaceFolder: string | undefined): Promise<string | undefined> {
  const start = defaultDataFolder(rules, workspaceFolder, (folder) => fs.existsSync(folder));
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    defaultUri: start ? vscode.Uri.file(start) : undefined,
    openLabel: 'Check This Folder',
    title: 'The data folder (export) to check against the rules',
  });
  return picked?.[0]?.fsPath;
}

/**
 * The report page is written to be self-contained: its Content-Security-Policy allows only its own inline style and
 * script, by hash. It is shown unchanged so that those hashes still match; scripts are enabled for the status filter.
 */
function showReport(title: string, html: string): void {
  const panel = vscode.window.createWebviewPanel('privacy.checkReport', `Privacy check: ${title}`,
    vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
  panel.webview.html = html;
}

async function runScenarios(
  context: vscode.ExtensionContext, output: vscode.OutputChannel, chosen: vscode.Uri | undefined,
): Promise<void> {
  const cliJar = await bundledCliJar(context);
  if (!cliJar) {
    return;
  }
  const target = chosen?.fsPath ?? activePrivacyFile() ?? await pickScenariosFolder();
  if (!target) {
    return;
  }
  const java = await javaForTools(context);
  if (!java) {
    return;
  }
  await vscode.workspace.saveAll(false);
  output.clear();
  const commandLine = scenariosCommandLine(java.command, cliJar, target);
  const result = await runWithProgress(`Running the scenarios of ${path.basename(target)}`, commandLine, output);
  const outcome = scenariosOutcome(result.exitCode, result.stdout, result.stderr);
  if (outcome.kind === 'failed') {
    await showFailure(outcome.message, output);
    return;
  }
  const summary = `Scenarios of ${path.basename(target)}: ${outcome.passed} passed, ${outcome.failed} failed`;
  if (outcome.failed > 0) {
    output.show(true);
    void vscode.window.showWarningMessage(summary);
  } else {
    void vscode.window.showInformationMessage(summary, SHOW_OUTPUT).then((choice) => {
      if (choice === SHOW_OUTPUT) {
        output.show(true);
      }
    });
  }
}

async function pickScenariosFolder(): Promise<string | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: true,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { 'Privacy rules': ['privacy'] },
    openLabel: 'Run Scenarios',
    title: 'A rule file or a folder of rule files whose scenarios to run',
  });
  return picked?.[0]?.fsPath;
}

function activePrivacyFile(): string | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.uri.scheme === 'file' && document.fileName.endsWith('.privacy') ? document.fileName : undefined;
}

async function bundledCliJar(context: vscode.ExtensionContext): Promise<string | undefined> {
  const cliJar = context.asAbsolutePath(CLI_JAR_PATH_IN_EXTENSION);
  if (fs.existsSync(cliJar)) {
    return cliJar;
  }
  void vscode.window.showErrorMessage(
    `The privacy tool is missing from this installation of the extension (${cliJar}). `
      + 'Reinstall the extension from a .vsix built with "npm run package".');
  return undefined;
}

async function showFailure(message: string, output: vscode.OutputChannel): Promise<void> {
  const choice = await vscode.window.showErrorMessage(message, SHOW_OUTPUT);
  if (choice === SHOW_OUTPUT) {
    output.show(true);
  }
}

/** Runs the tool under a cancellable progress notification, copying its output to the channel as it comes. */
function runWithProgress(title: string, commandLine: JavaCommandLine, output: vscode.OutputChannel): Promise<RunResult> {
  return Promise.resolve(vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    (_progress, cancellation) => new Promise<RunResult>((resolve) => {
      output.appendLine(`${commandLine.command} ${commandLine.args.join(' ')}`);
      const child = spawn(commandLine.command, [...commandLine.args], { windowsHide: true });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        output.append(chunk.toString('utf8'));
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
        output.append(chunk.toString('utf8'));
      });
      cancellation.onCancellationRequested(() => child.kill());
      child.on('error', (error) => resolve({ exitCode: 3, stdout, stderr: `${stderr}${error.message}` }));
      child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
    })));
}
