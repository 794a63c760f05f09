// The command line of the `privacy` tool (the CLI jar bundled beside the server jar) as the editor's commands run it,
// and what its exit codes and output mean to them. Pure functions, tested without VS Code.
import * as path from 'node:path';

/** Where the packaging step puts the CLI jar (`privacy check`, `privacy test`) inside the extension. */
export const CLI_JAR_PATH_IN_EXTENSION = path.join('server', 'privacy.jar');

export interface JavaCommandLine {
  readonly command: string;
  readonly args: readonly string[];
}

/** What "Check Data Folder…" checks: the rules against an export. */
export interface CheckRequest {
  /** The folder (or file) of the rules; every `*.privacy` under it is compiled. */
  readonly rules: string;
  /** The export: a data file or a folder of `.jsonl`, `.json` and `.csv` files. */
  readonly data: string;
  /** Where the HTML report is written. */
  readonly report: string;
  /** An instant or date for deadlines (`2023-10-12T00:00:00Z`); the tool's clock when absent. */
  readonly now?: string;
}

/**
 * `java -jar privacy.jar check <data> --rules <rules> --data <data> --format html --out <report> --no-progress`:
 * the checked folder is the export, so that the report's header names it.
 */
export function checkCommandLine(java: string, cliJar: string, request: CheckRequest): JavaCommandLine {
  const now = request.now?.trim();
  return {
    command: java,
    args: [
      '-jar', cliJar, 'check', request.data,
      '--rules', request.rules,
      '--data', request.data,
      ...(now ? ['--now', now] : []),
      '--format', 'html',
      '--out', request.report,
      '--no-progress',
    ],
  };
}

/** `java -jar privacy.jar test <path>`: runs the scenarios of a rule file or of every rule file under a folder. */
export function scenariosCommandLine(java: string, cliJar: string, target: string): JavaCommandLine {
  return { command: java, args: ['-jar', cliJar, 'test', target] };
}

/** How a run of `privacy check` ended, for the editor: a report to show, or a message. */
export type CheckOutcome =
  | { readonly kind: 'report'; readonly violations: boolean }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Exit 0 (no violation) and 1 (violations, data errors or data problems: the report is complete) both give a report;
 * 2 (invalid rules or command line) and 3 (internal error) give the tool's own explanation from its standard error.
 */
export function checkOutcome(exitCode: number | null, stderr: string): CheckOutcome {
  if (exitCode === 0 || exitCode === 1) {
    return { kind: 'report', violations: exitCode === 1 };
  }
  return { kind: 'failed', message: failureMessage('The privacy check', exitCode, stderr) };
}

/** How a run of `privacy test` ended. */
export type ScenariosOutcome =
  | { readonly kind: 'ran'; readonly passed: number; readonly failed: number }
  | { readonly kind: 'failed'; readonly message: string };

/** Exit 0 (all pass) and 1 (some fail) end with the line `N passed, N failed`; 2 and 3 explain on standard error. */
export function scenariosOutcome(exitCode: number | null, stdout: string, stderr: string): ScenariosOutcome {
  const summary = lastSummary(stdout);
  if ((exitCode === 0 || exitCode === 1) && summary) {
    return { kind: 'ran', ...summary };
  }
  return { kind: 'failed', message: failureMessage('The scenarios', exitCode, stderr) };
}

function lastSummary(stdout: string): { passed: number; failed: number } | undefined {
  const matches = [...stdout.matchAll(/^(\d+) passed, (\d+) failed\s*$/gm)];
  const last = matches[matches.length - 1];
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined;
}

/** The tool's first lines on standard error (its diagnostics or usage message), or what the exit code means. */
function failureMessage(what: string, exitCode: number | null, stderr: string): string {
  const lines = stderr.split(/\r?\n/).map((line) => line.trimEnd()).filter((line) => line.trim());
  const shown = lines.slice(0, 3).join(' ');
  const more = lines.length > 3 ? ` (and ${lines.length - 3} more lines in the output channel)` : '';
  if (exitCode === 2) {
    return `${what} could not run: ${shown || 'invalid rules or options'}${more}`;
  }
  if (exitCode === null) {
    return `${what} was stopped before it finished.`;
  }
  return `${what} failed (exit code ${exitCode}): ${shown || 'no message'}${more}`;
}

/**
 * The rules to check an export against: the folder of the `.privacy` file being edited, or else the first workspace
 * folder (every `*.privacy` under it).
 */
export function rulesLocation(activeFile: string | undefined, workspaceFolder: string | undefined): string | undefined {
  if (activeFile && activeFile.endsWith('.privacy')) {
    return path.dirname(activeFile);
  }
  return workspaceFolder;
}

/**
 * Where the folder picker opens: a `data` folder beside the rules folder (`shop/rules` and `shop/data`), or inside
 * the workspace folder, the first that exists.
 */
export function defaultDataFolder(
  rules: string | undefined, workspaceFolder: string | undefined, exists: (folder: string) => boolean,
): string | undefined {
  const candidates = [
    rules ? path.join(path.dirname(rules), 'data') : undefined,
    rules ? path.join(rules, 'data') : undefined,
    workspaceFolder ? path.join(workspaceFolder, 'data') : undefined,
  ].filter((candidate): candidate is string => candidate !== undefined);
  return candidates.find(exists) ?? workspaceFolder;
}
