// The commands Check Data Folder… and Run Scenarios of the packaged client, run in plain Node with a stand-in for the
// vscode module and the real privacy command (server/privacy.jar, with the machine's Java): the report page reaches a
// webview unchanged (its Content-Security-Policy hashes must still match its inline style and script), and a failure
// of the tool reaches the user as its own message.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MINIMUM_JAVA_VERSION, probeJavaVersion, resolveJavaExecutable } from '../../src/javaRuntime';
import { createFakeVscode, requireWithVscode } from '../support/fakeVscode';
import { BUNDLED_CLI_JAR, EXTENSION_FOLDER, REPOSITORY_ROOT, readPackageManifest } from '../support/paths';
import { readZipFile } from '../support/zip';

interface ExtensionModule {
  activate(context: unknown): Promise<void>;
  deactivate(): Promise<void>;
}

const manifest = readPackageManifest();
const vsixPath = path.join(EXTENSION_FOLDER, `${manifest.name}-${manifest.version}.vsix`);
const CANAL_PLUS = path.join(REPOSITORY_ROOT, 'examples', 'canal-plus');

async function reasonToSkip(): Promise<string | undefined> {
  if (!fs.existsSync(BUNDLED_CLI_JAR)) {
    return `no privacy command jar at ${BUNDLED_CLI_JAR}: run "npm run package" first`;
  }
  const probe = await probeJavaVersion(resolveJavaExecutable({}, { env: process.env, platform: process.platform }).command);
  return probe.kind === 'found' && probe.majorVersion >= MINIMUM_JAVA_VERSION ? undefined : 'no Java 17 to run it';
}

/** The sha256 CSP source of each inline `<style>` and `<script>` of a page. */
function inlineHashes(html: string): string[] {
  return [...html.matchAll(/<(style|script)>([\s\S]*?)<\/\1>/g)]
    .map((match) => `'sha256-${createHash('sha256').update(match[2], 'utf8').digest('base64')}'`);
}

describe('the commands that run the privacy tool', async () => {
  const skip = await reasonToSkip();
  let installed: string;

  before(async () => {
    installed = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-vscode-commands-'));
    const vsix = await readZipFile(vsixPath, (name) => name === 'extension/dist/extension.js');
    fs.mkdirSync(path.join(installed, 'dist'));
    fs.writeFileSync(path.join(installed, 'dist', 'extension.js'), vsix.contents.get('extension/dist/extension.js')!);
    if (!skip) {
      fs.mkdirSync(path.join(installed, 'server'));
      fs.copyFileSync(BUNDLED_CLI_JAR, path.join(installed, 'server', 'privacy.jar'));
    }
  });

  after(() => fs.rmSync(installed, { recursive: true, force: true }));

  /** Activates the client (whose server cannot start: no server jar here) and runs one of its commands. */
  async function runCommand(
    command: string, argument: string, settings: Record<string, unknown> = {},
  ): Promise<ReturnType<typeof createFakeVscode>> {
    const vscode = createFakeVscode(settings, { workspaceFolders: [path.join(CANAL_PLUS, 'rules')] });
    const extension = requireWithVscode(path.join(installed, 'dist', 'extension.js'), vscode) as ExtensionModule;
    await extension.activate({ subscriptions: [], asAbsolutePath: (relative: string) => path.join(installed, relative) });
    vscode.errorMessages.length = 0;
    const handler = vscode.commands.get(command);
    assert.ok(handler, `${command} is not registered`);
    await handler({ fsPath: argument, scheme: 'file' });
    await extension.deactivate();
    return vscode;
  }

  it('Check Data Folder… shows the HTML report of the export, unchanged, in a webview with scripts', { skip },
    async () => {
      const vscode = await runCommand('privacy.checkDataFolder', path.join(CANAL_PLUS, 'data'),
        { 'privacy.check.now': '2023-10-12T00:00:00Z' });
      assert.deepEqual(vscode.errorMessages, []);
      assert.equal(vscode.webviews.length, 1);
      const [panel] = vscode.webviews;
      assert.match(panel.title, /data/);
      assert.deepEqual(panel.options, { enableScripts: true, localResourceRoots: [] });
      assert.match(panel.html, /MKT-01/);
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(panel.html)?.[1] ?? '';
      const hashes = inlineHashes(panel.html);
      assert.ok(hashes.length >= 2, 'no inline style and script in the report');
      for (const hash of hashes) {
        assert.ok(policy.includes(hash), `the page's policy ${policy} does not allow ${hash}`);
      }
    });

  it('Check Data Folder… shows the tool\'s message when the rules are invalid (exit 2)', { skip }, async () => {
    const broken = fs.mkdtempSync(path.join(installed, 'broken-'));
    fs.writeFileSync(path.join(broken, 'rules.privacy'), 'entity Order {\n\tid: text key\n}\nrule X-01 "x"\n\tOrder requires nothing\n');
    const vscode = createFakeVscode({}, { workspaceFolders: [broken] });
    const extension = requireWithVscode(path.join(installed, 'dist', 'extension.js'), vscode) as ExtensionModule;
    await extension.activate({ subscriptions: [], asAbsolutePath: (relative: string) => path.join(installed, relative) });
    vscode.errorMessages.length = 0;
    await vscode.commands.get('privacy.checkDataFolder')!({ fsPath: broken, scheme: 'file' });
    await extension.deactivate();
    assert.equal(vscode.webviews.length, 0);
    assert.equal(vscode.errorMessages.length, 1, vscode.outputLines.join(''));
    assert.match(vscode.errorMessages[0], /^The privacy check could not run: .*rules\.privacy:5:/);
  });

  it('Run Scenarios gives "N passed, N failed" for a folder of rules', { skip }, async () => {
    const vscode = await runCommand('privacy.runScenariosOfFolder', path.join(CANAL_PLUS, 'rules'));
    assert.deepEqual(vscode.errorMessages, []);
    assert.equal(vscode.otherMessages.length, 1);
    assert.match(vscode.otherMessages[0], /^Scenarios of rules: [1-9]\d* passed, 0 failed$/);
  });
});
