// Finding the Java that runs the language server, and checking that it is recent enough.
// Everything here except probeJavaVersion is a pure function of its arguments, so it is tested without VS Code.
import { execFile } from 'node:child_process';
import * as path from 'node:path';

/** The language server is compiled for Java 17. */
export const MINIMUM_JAVA_VERSION = 17;

/** The extension's settings that say which Java to use; empty strings count as not set. */
export interface JavaSettings {
  /** `privacy.java.executable`: the path of a `java` program. */
  readonly executable?: string;
  /** `privacy.java.home`: the folder of a Java installation. */
  readonly home?: string;
}

/** What the process sees of the machine: its environment variables and operating system. */
export interface HostEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  /** The `java` of the runtime bundled in the extension, given only when that file exists (platform-specific .vsix). */
  readonly bundledJava?: string;
}

/** Where the Java executable was taken from, named as the user would look for it. */
export type JavaSource = 'privacy.java.executable' | 'privacy.java.home' | 'bundled' | 'JAVA_HOME' | 'PATH';

/** Where a platform-specific .vsix holds its Java runtime (made with jlink), relative to the extension's folder. */
export const BUNDLED_RUNTIME_FOLDER = 'runtime';

/** The `java` program of the runtime bundled in the extension, given the runtime's folder. */
export function bundledJavaPath(runtimeFolder: string, platform: NodeJS.Platform): string {
  return javaInHome(runtimeFolder, platform);
}

export interface JavaExecutable {
  /** A path, or the bare command `java` (`java.exe` on Windows) to be looked up on the PATH. */
  readonly command: string;
  readonly source: JavaSource;
}

/**
 * Picks the Java executable, first match wins: the `privacy.java.executable` setting, the `privacy.java.home` setting,
 * the runtime bundled in a platform-specific .vsix (`host.bundledJava`), the `JAVA_HOME`
 * environment variable, and finally `java` from the PATH. The bundled runtime comes after the settings so that a user
 * can still choose another Java, and before the environment because it is the one the extension was tested with.
 */
export function resolveJavaExecutable(settings: JavaSettings, host: HostEnvironment): JavaExecutable {
  const executable = nonBlank(settings.executable);
  if (executable) {
    return { command: expandHome(executable, host), source: 'privacy.java.executable' };
  }
  const settingsHome = nonBlank(settings.home);
  if (settingsHome) {
    return { command: javaInHome(expandHome(settingsHome, host), host.platform), source: 'privacy.java.home' };
  }
  if (host.bundledJava) {
    return { command: host.bundledJava, source: 'bundled' };
  }
  const javaHome = nonBlank(host.env.JAVA_HOME);
  if (javaHome) {
    return { command: javaInHome(javaHome, host.platform), source: 'JAVA_HOME' };
  }
  return { command: javaProgramName(host.platform), source: 'PATH' };
}

/**
 * Reads the major version from the output of `java -version`: `openjdk version "17.0.15"` is 17,
 * `java version "1.8.0_292"` is 8, `openjdk version "21-ea"` is 21. Returns undefined when there is no version.
 */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!match) {
    return undefined;
  }
  const first = Number(match[1]);
  // Up to Java 8 the version string was 1.x.
  if (first === 1 && match[2] !== undefined) {
    return Number(match[2]);
  }
  return first;
}

/** The outcome of running `java -version`. */
export type JavaProbe =
  | { readonly kind: 'found'; readonly majorVersion: number; readonly versionOutput: string }
  | { readonly kind: 'unknown-version'; readonly versionOutput: string }
  | { readonly kind: 'not-found'; readonly reason: string };

/** Runs `<java> -version` and reads its version; never rejects. */
export function probeJavaVersion(javaCommand: string, timeoutMs = 15_000): Promise<JavaProbe> {
  return new Promise((resolve) => {
    execFile(javaCommand, ['-version'], { timeout: timeoutMs, windowsHide: true }, (error, stdout, stderr) => {
      const versionOutput = `${stderr}${stdout}`;
      if (error && versionOutput.trim() === '') {
        const code = (error as NodeJS.ErrnoException).code;
        resolve({ kind: 'not-found', reason: code === 'ENOENT' ? 'no such program' : error.message });
        return;
      }
      const majorVersion = parseJavaMajorVersion(versionOutput);
      resolve(majorVersion === undefined
        ? { kind: 'unknown-version', versionOutput }
        : { kind: 'found', majorVersion, versionOutput });
    });
  });
}

/**
 * The error to show when the probed Java cannot run the server, or undefined when it can (or when its version could
 * not be read: the server is then started anyway, and says itself if it cannot run).
 */
export function javaProblemMessage(java: JavaExecutable, probe: JavaProbe): string | undefined {
  const origin = describeSource(java);
  const wayOut = 'Install Java 17 or newer, or set "privacy.java.home" (a Java installation folder) or '
    + '"privacy.java.executable" (the java program) in the settings.';
  if (probe.kind === 'not-found') {
    return `The privacy language server needs Java ${MINIMUM_JAVA_VERSION} or newer, but Java was not found: `
      + `'${java.command}' (${origin}) could not be run (${probe.reason}). ${wayOut}`;
  }
  if (probe.kind === 'found' && probe.majorVersion < MINIMUM_JAVA_VERSION) {
    return `The privacy language server needs Java ${MINIMUM_JAVA_VERSION} or newer, but '${java.command}' `
      + `(${origin}) is Java ${probe.majorVersion}. ${wayOut}`;
  }
  return undefined;
}

function describeSource(java: JavaExecutable): string {
  switch (java.source) {
    case 'privacy.java.executable':
      return 'from the setting privacy.java.executable';
    case 'privacy.java.home':
      return 'from the setting privacy.java.home';
    case 'bundled':
      return 'the runtime bundled in the extension';
    case 'JAVA_HOME':
      return 'from the environment variable JAVA_HOME';
    case 'PATH':
      return 'looked up on the PATH';
  }
}

function javaInHome(home: string, platform: NodeJS.Platform): string {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  return paths.join(home, 'bin', javaProgramName(platform));
}

function javaProgramName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'java.exe' : 'java';
}

/** `~/jdk` is the user's home folder followed by `/jdk`, as in a shell. */
function expandHome(configuredPath: string, host: HostEnvironment): string {
  const home = host.platform === 'win32' ? host.env.USERPROFILE : host.env.HOME;
  if (home && (configuredPath === '~' || configuredPath.startsWith('~/') || configuredPath.startsWith('~\\'))) {
    return home + configuredPath.slice(1);
  }
  return configuredPath;
}

function nonBlank(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
