// The bundled client (dist/extension.js as packaged in the .vsix), activated in plain Node with a stand-in for the
// vscode module: it must tell the user clearly when the server jar or a suitable Java is missing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EXTENSION_FOLDER, readPackageManifest } from '../support/paths';
import { createFakeVscode, requireWithVscode } from '../support/fakeVscode';
import { readZipFile } from '../support/zip';

interface ExtensionModule {
  activate(context: unknown): Promise<void>;
  deactivate(): Promise<void>;
}

const manifest = readPackageManifest();
const vsixPath = path.join(EXTENSION_FOLDER, `${manifest.name}-${manifest.version}.vsix`);

describe('activating the packaged client', () => {
  let installed: string;

  before(async () => {
    assert.ok(fs.existsSync(vsixPath), `${vsixPath} is missing: run "npm run package" first`);
    installed = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-vscode-activation-'));
    const vsix = await readZipFile(vsixPath, (name) => name === 'extension/dist/extension.js');
    const client = vsix.contents.get('extension/dist/extension.js');
    assert.ok(client);
    fs.mkdirSync(path.join(installed, 'dist'));
    fs.writeFileSync(path.join(installed, 'dist', 'extension.js'), client);
  });

  after(() => fs.rmSync(installed, { recursive: true, force: true }));

  function context(extensionPath: string): unknown {
    return { subscriptions: [], asAbsolutePath: (relative: string) => path.join(extensionPath, relative) };
  }

  async function activate(settings: Record<string, unknown>, serverJar: boolean): Promise<string[]> {
    const extensionPath = fs.mkdtempSync(path.join(installed, 'extension-'));
    if (serverJar) {
      fs.mkdirSync(path.join(extensionPath, 'server'));
      fs.writeFileSync(path.join(extensionPath, 'server', 'privacy-language-server.jar'), 'not started by these tests');
    }
    const vscode = createFakeVscode(settings);
    const extension = requireWithVscode(path.join(installed, 'dist', 'extension.js'), vscode) as ExtensionModule;
    await extension.activate(context(extensionPath));
    await extension.deactivate();
    return vscode.errorMessages;
  }

  it('says that the server jar is missing', async () => {
    const messages = await activate({}, false);
    assert.equal(messages.length, 1);
    assert.match(messages[0], /privacy language server is missing/);
  });

  it('says that Java was not found, and which settings to use', async () => {
    const messages = await activate({ 'privacy.java.executable': path.join(installed, 'no-such-java') }, true);
    assert.equal(messages.length, 1);
    assert.match(messages[0], /Java was not found/);
    assert.match(messages[0], /privacy\.java\.home/);
  });

  it('says that a Java older than 17 is too old', { skip: process.platform === 'win32' && 'needs a shell script' },
    async () => {
      const oldJava = path.join(installed, 'java8');
      fs.writeFileSync(oldJava, '#!/bin/sh\necho \'java version "1.8.0_292"\' >&2\n', { mode: 0o755 });
      const messages = await activate({ 'privacy.java.executable': oldJava }, true);
      assert.equal(messages.length, 1);
      assert.match(messages[0], /needs Java 17 or newer/);
      assert.match(messages[0], /is Java 8/);
    });
});
