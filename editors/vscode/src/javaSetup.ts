// The Java of this installation of the extension: the runtime bundled in a platform-specific .vsix when there is one,
// and the settings that override it. Shared by the language server and the commands that run the privacy tool.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  BUNDLED_RUNTIME_FOLDER, HostEnvironment, JavaExecutable, bundledJavaPath, javaProblemMessage, probeJavaVersion,
  resolveJavaExecutable,
} from './javaRuntime';

const OPEN_SETTINGS = 'Open Settings';

/** The process's environment, plus the bundled runtime's `java` when this .vsix has one. */
export function hostEnvironment(context: vscode.ExtensionContext): HostEnvironment {
  const runtimeFolder = context.asAbsolutePath(BUNDLED_RUNTIME_FOLDER);
  const bundledJava = bundledJavaPath(runtimeFolder, process.platform);
  if (!fs.existsSync(bundledJava)) {
    return { env: process.env, platform: process.platform };
  }
  ensureExecutable(runtimeFolder);
  return { env: process.env, platform: process.platform, bundledJava };
}

/**
 * Unpackers that drop the Unix permissions of the .vsix's files would leave the runtime unable to start; giving them
 * back costs nothing when they are there.
 */
function ensureExecutable(runtimeFolder: string): void {
  if (process.platform === 'win32') {
    return;
  }
  const programs = [path.join(runtimeFolder, 'lib', 'jspawnhelper')];
  const binFolder = path.join(runtimeFolder, 'bin');
  if (fs.existsSync(binFolder)) {
    programs.push(...fs.readdirSync(binFolder).map((name) => path.join(binFolder, name)));
  }
  for (const program of programs) {
    try {
      const mode = fs.statSync(program).mode;
      if ((mode & 0o111) !== 0o111) {
        fs.chmodSync(program, mode | 0o755);
      }
    } catch {
      // A missing helper is not an error: the runtime may not need it.
    }
  }
}

/** The Java to run the privacy tool with, checked; undefined (after telling the user why) when it cannot run it. */
export async function javaForTools(context: vscode.ExtensionContext): Promise<JavaExecutable | undefined> {
  const settings = vscode.workspace.getConfiguration('privacy');
  const java = resolveJavaExecutable(
    { executable: settings.get<string>('java.executable'), home: settings.get<string>('java.home') },
    hostEnvironment(context));
  const problem = javaProblemMessage(java, await probeJavaVersion(java.command));
  if (problem) {
    const choice = await vscode.window.showErrorMessage(problem, OPEN_SETTINGS);
    if (choice === OPEN_SETTINGS) {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'privacy.java');
    }
    return undefined;
  }
  return java;
}
