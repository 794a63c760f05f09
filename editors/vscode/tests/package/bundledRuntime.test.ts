// The platform-specific .vsix of this machine (privacy-rules-linux-x64-<version>.vsix on Linux x64), unpacked as VS Code
// installs it: its bundled Java runtime runs, starts the language server for an LSP round trip and runs the privacy
// command, all with an empty environment, so no Java of the machine (PATH, JAVA_HOME) can stand in for it.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { CLI_JAR_PATH_IN_EXTENSION, checkCommandLine, checkOutcome, scenariosCommandLine, scenariosOutcome }
  from '../../src/cliCommands';
import {
  BUNDLED_RUNTIME_FOLDER, MINIMUM_JAVA_VERSION, bundledJavaPath, parseJavaMajorVersion,
} from '../../src/javaRuntime';
import { SERVER_JAR_PATH_IN_EXTENSION, serverCommandLine } from '../../src/serverLaunch';
import { EXTENSION_FOLDER, REPOSITORY_ROOT, readPackageManifest } from '../support/paths';
import { serverRoundTripTests } from '../support/serverRoundTrip';
import { extractZipFile, readZipFile } from '../support/zip';

const manifest = readPackageManifest();
const target = `${process.platform}-${process.arch}`;
const vsixPath = path.join(EXTENSION_FOLDER, `${manifest.name}-${target}-${manifest.version}.vsix`);
/** Nothing from the machine: no PATH, no JAVA_HOME. */
const EMPTY_ENVIRONMENT: NodeJS.ProcessEnv = {};
const CANAL_PLUS = path.join(REPOSITORY_ROOT, 'examples', 'canal-plus');

interface Run { exitCode: number | null; stdout: string; stderr: string }

function run(command: string, args: readonly string[], timeoutMs = 300_000): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, [...args], { env: EMPTY_ENVIRONMENT, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error && typeof (error as NodeJS.ErrnoException).code === 'number'
          ? (error as unknown as { code: number }).code : error ? null : 0;
        resolve({ exitCode: code, stdout, stderr: stderr || (error && code === null ? error.message : '') });
      });
  });
}

/** The .vsix must exist, unless packaging was told to make none (PRIVACY_RUNTIME=none). */
function reasonToSkip(): string | undefined {
  if (fs.existsSync(vsixPath)) {
    return undefined;
  }
  if (process.env.PRIVACY_RUNTIME === 'none') {
    return 'PRIVACY_RUNTIME=none: no platform-specific .vsix was made';
  }
  return undefined;
}

describe(`the platform-specific package ${path.basename(vsixPath)}`, async () => {
  const skip = reasonToSkip();
  const installed = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-vscode-runtime-'));
  after(() => fs.rmSync(installed, { recursive: true, force: true }));
  if (!skip) {
    assert.ok(fs.existsSync(vsixPath), `${vsixPath} is missing: run "npm run package" first`);
    await extractZipFile(vsixPath, 'extension/', installed);
  }
  const java = bundledJavaPath(path.join(installed, BUNDLED_RUNTIME_FOLDER), process.platform);
  const cliJar = path.join(installed, CLI_JAR_PATH_IN_EXTENSION);

  it('holds a Java runtime whose java is executable as packaged', { skip }, async () => {
    const vsix = await readZipFile(vsixPath, (name) => name === 'extension.vsixmanifest');
    assert.match(vsix.contents.get('extension.vsixmanifest')?.toString('utf8') ?? '',
      new RegExp(`<Identity [^>]*TargetPlatform="${target}"`));
    assert.ok(vsix.names.includes(`extension/${BUNDLED_RUNTIME_FOLDER}/release`), 'no runtime/release in the .vsix');
    if (process.platform !== 'win32') {
      assert.ok((fs.statSync(java).mode & 0o111) !== 0, `${java} lost its executable mode in the .vsix`);
    }
  });

  it('runs java -version with no Java on the PATH or in JAVA_HOME', { skip }, async () => {
    const version = await run(java, ['-version']);
    assert.equal(version.exitCode, 0, version.stderr);
    assert.ok((parseJavaMajorVersion(version.stderr) ?? 0) >= MINIMUM_JAVA_VERSION, version.stderr);
  });

  it('is the Java the extension picks when no setting names another', { skip }, () => {
    const commandLine = serverCommandLine({}, { env: { JAVA_HOME: '/usr/lib/jvm/elsewhere' }, platform: process.platform,
      bundledJava: java }, path.join(installed, SERVER_JAR_PATH_IN_EXTENSION));
    assert.equal(commandLine.command, java);
    assert.equal(commandLine.java.source, 'bundled');
  });

  it('runs the scenarios of the example with the privacy command (compiling validators in memory)', { skip },
    async () => {
      const commandLine = scenariosCommandLine(java, cliJar, path.join(CANAL_PLUS, 'rules'));
      const result = await run(commandLine.command, commandLine.args);
      const outcome = scenariosOutcome(result.exitCode, result.stdout, result.stderr);
      assert.equal(outcome.kind, 'ran', `${result.stdout}\n${result.stderr}`);
      assert.ok(outcome.kind === 'ran' && outcome.passed > 0 && outcome.failed === 0, result.stdout);
    });

  it('checks the example\'s data folder into a self-contained HTML report', { skip }, async () => {
    const report = path.join(installed, 'report.html');
    const commandLine = checkCommandLine(java, cliJar, {
      rules: path.join(CANAL_PLUS, 'rules'), data: path.join(CANAL_PLUS, 'data'), report, now: '2023-10-12T00:00:00Z',
    });
    const result = await run(commandLine.command, commandLine.args);
    const outcome = checkOutcome(result.exitCode, result.stderr);
    assert.deepEqual(outcome, { kind: 'report', violations: true }, `${result.stdout}\n${result.stderr}`);
    const html = fs.readFileSync(report, 'utf8');
    assert.match(html, /<meta http-equiv="Content-Security-Policy"/);
    assert.match(html, /MKT-01/);
  });

  describe('starts the language server', async () => {
    const launch = serverCommandLine({}, { env: {}, platform: process.platform, bundledJava: java },
      path.join(installed, SERVER_JAR_PATH_IN_EXTENSION));
    serverRoundTripTests({ ...launch, env: EMPTY_ENVIRONMENT }, skip);
  });
});
