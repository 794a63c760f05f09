// How the language server process is started and what it is told at initialization. Pure functions, tested without
// VS Code.
import * as path from 'node:path';
import { HostEnvironment, JavaExecutable, JavaSettings, resolveJavaExecutable } from './javaRuntime';

/** Where the packaging step puts the server jar inside the extension. */
export const SERVER_JAR_PATH_IN_EXTENSION = path.join('server', 'privacy-language-server.jar');

export interface ServerCommandLine {
  readonly command: string;
  readonly args: readonly string[];
  readonly java: JavaExecutable;
}

export interface ServerLaunchSettings extends JavaSettings {
  /** `privacy.server.vmArguments`: options for the Java virtual machine, such as `-Xmx1g`. */
  readonly vmArguments?: readonly string[];
}

/** `java [vm arguments] -jar <server jar>`: the server speaks LSP over its standard input and output. */
export function serverCommandLine(
  settings: ServerLaunchSettings,
  host: HostEnvironment,
  serverJar: string,
): ServerCommandLine {
  const java = resolveJavaExecutable(settings, host);
  const vmArguments = (settings.vmArguments ?? []).map((argument) => argument.trim()).filter((argument) => argument);
  return { command: java.command, args: [...vmArguments, '-jar', serverJar], java };
}

/** The initialization options the server reads: `{"privacy": {"classpath": [...]}}`. */
export interface PrivacyInitializationOptions {
  readonly privacy: { readonly classpath: string[] };
}

/**
 * Builds the initialization options from the `privacy.server.classpath` setting. The server process may run in any
 * folder, so relative entries are made absolute against the workspace folder (when there is one).
 */
export function initializationOptions(
  classpathSetting: readonly string[] | undefined,
  workspaceFolder: string | undefined,
): PrivacyInitializationOptions {
  const classpath = (classpathSetting ?? [])
    .map((entry) => entry.trim())
    .filter((entry) => entry)
    .map((entry) => (workspaceFolder && !isAbsolute(entry) ? path.resolve(workspaceFolder, entry) : entry));
  return { privacy: { classpath } };
}

function isAbsolute(entry: string): boolean {
  return path.posix.isAbsolute(entry) || path.win32.isAbsolute(entry);
}
