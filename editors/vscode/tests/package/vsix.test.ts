// The packaged extension: `npm run package` must have been run first (Maven runs it in the package phase).
import * as assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { BUNDLED_CLI_JAR, BUNDLED_SERVER_JAR, EXTENSION_FOLDER, PackageManifest, readPackageManifest } from '../support/paths';
import { ZipContents, readZipBuffer, readZipFile } from '../support/zip';

const SERVER_MAIN_CLASS = 'org.privacy.dsl.ide.server.PrivacyLanguageServer';
const CLI_MAIN_CLASS = 'org.privacy.cli.PrivacyCli';
const JAR_IN_VSIX = 'extension/server/privacy-language-server.jar';
const CLI_JAR_IN_VSIX = 'extension/server/privacy.jar';
const REQUIRED_FILES = [
  'extension.vsixmanifest',
  '[Content_Types].xml',
  'extension/package.json',
  'extension/readme.md',
  'extension/dist/extension.js',
  'extension/dist/THIRD-PARTY-NOTICES.txt',
  'extension/syntaxes/privacy.tmLanguage.json',
  'extension/language-configuration.json',
  'extension/snippets/privacy.json',
  'extension/images/icon.png',
  'extension/changelog.md',
  JAR_IN_VSIX,
  CLI_JAR_IN_VSIX,
];
/** What must stay out of the .vsix: sources, tests, build tools and their output. */
const FORBIDDEN = [
  /^extension\/(src|tests|out|scripts|node_modules|target|build)\//,
  // The universal .vsix runs with the user's Java; only the platform-specific one holds a runtime.
  /^extension\/runtime\//,
  /\.ts$/,
  /\.vsix$/,
  /(^|\/)(pom\.xml|tsconfig[^/]*\.json|package-lock\.json|\.gitignore|\.vscodeignore)$/,
];

const manifest = readPackageManifest();
const vsixPath = path.join(EXTENSION_FOLDER, `${manifest.name}-${manifest.version}.vsix`);

describe(`the packaged extension ${path.basename(vsixPath)}`, () => {
  let vsix: ZipContents;

  before(async () => {
    assert.ok(fs.existsSync(vsixPath), `${vsixPath} is missing: run "npm run package" first`);
    vsix = await readZipFile(vsixPath, () => true);
  });

  it('contains the client, the grammar, the language configuration, the snippets, the icon and both jars', () => {
    const missing = REQUIRED_FILES.filter((name) => !vsix.names.includes(name));
    assert.deepEqual(missing, [], `missing from the .vsix: ${missing.join(', ')}`);
  });

  it('leaves out sources, tests, node_modules and build files', () => {
    const unwanted = vsix.names.filter((name) => FORBIDDEN.some((pattern) => pattern.test(name)));
    assert.deepEqual(unwanted, []);
  });

  it('has a manifest contributing the privacy language, its grammar and settings', () => {
    const packaged = JSON.parse(text(vsix, 'extension/package.json')) as PackageManifest;
    assert.equal(packaged.name, manifest.name);
    assert.equal(packaged.version, manifest.version);
    assert.equal(packaged.main, './dist/extension.js');
    const language = packaged.contributes.languages.find((candidate) => candidate.id === 'privacy');
    assert.deepEqual(language?.extensions, ['.privacy']);
    assert.equal(language?.configuration, './language-configuration.json');
    const grammar = packaged.contributes.grammars.find((candidate) => candidate.language === 'privacy');
    assert.equal(grammar?.scopeName, 'source.privacy');
    assert.ok(vsix.names.includes(`extension/${path.posix.normalize(grammar?.path ?? '')}`));
    assert.ok(packaged.contributes.configuration.properties['privacy.java.home']);
    assert.ok(packaged.contributes.configuration.properties['privacy.server.classpath']);
  });

  it('has a VS Code package manifest naming the extension, its publisher and version', () => {
    const vsixManifest = text(vsix, 'extension.vsixmanifest');
    assert.match(vsixManifest, new RegExp(`<Identity [^>]*Id="${manifest.name}"`));
    assert.match(vsixManifest, new RegExp(`<Identity [^>]*Version="${manifest.version.replace(/\./g, '\\.')}"`));
    assert.match(vsixManifest, new RegExp(`<Identity [^>]*Publisher="${manifest.publisher}"`));
    assert.match(vsixManifest, /Microsoft\.VisualStudio\.Code\.Engine" Value="\^1\.82\.0"/);
  });

  it('bundles the client with its libraries, so that it needs nothing but Node and VS Code', () => {
    const client = text(vsix, 'extension/dist/extension.js');
    const required = [...client.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]);
    const external = required.filter((name) => name !== 'vscode'
      && !builtinModules.includes(name.replace(/^node:/, '')));
    assert.deepEqual([...new Set(external)], []);
    assert.match(client, /privacy\.restartServer/);
    assert.match(client, /privacy\.checkDataFolder/);
    assert.match(client, /privacy\.runScenarios/);
    const notices = text(vsix, 'extension/dist/THIRD-PARTY-NOTICES.txt');
    for (const bundled of ['vscode-languageclient', 'vscode-languageserver-protocol', 'vscode-jsonrpc']) {
      assert.match(notices, new RegExp(`^${bundled} \\d`, 'm'), `no licence of ${bundled} in the notices`);
    }
  });

  it('bundles the server jar that was built, with the language server as its main class', async () => {
    const packagedJar = vsix.contents.get(JAR_IN_VSIX);
    assert.ok(packagedJar);
    if (fs.existsSync(BUNDLED_SERVER_JAR)) {
      assert.equal(sha256(packagedJar), sha256(fs.readFileSync(BUNDLED_SERVER_JAR)),
        `${JAR_IN_VSIX} differs from ${BUNDLED_SERVER_JAR}`);
    }
    const jar = await readZipBuffer(packagedJar, (name) => name === 'META-INF/MANIFEST.MF');
    const jarManifest = jar.contents.get('META-INF/MANIFEST.MF')?.toString('utf8') ?? '';
    assert.match(jarManifest, new RegExp(`^Main-Class: ${SERVER_MAIN_CLASS.replace(/\./g, '\\.')}\\s*$`, 'm'));
  });

  it('bundles the privacy command\'s jar that was built, for Check Data Folder and Run Scenarios', async () => {
    const packagedJar = vsix.contents.get(CLI_JAR_IN_VSIX);
    assert.ok(packagedJar);
    if (fs.existsSync(BUNDLED_CLI_JAR)) {
      assert.equal(sha256(packagedJar), sha256(fs.readFileSync(BUNDLED_CLI_JAR)),
        `${CLI_JAR_IN_VSIX} differs from ${BUNDLED_CLI_JAR}`);
    }
    const jar = await readZipBuffer(packagedJar, (name) => name === 'META-INF/MANIFEST.MF');
    const jarManifest = jar.contents.get('META-INF/MANIFEST.MF')?.toString('utf8') ?? '';
    assert.match(jarManifest, new RegExp(`^Main-Class: ${CLI_MAIN_CLASS.replace(/\./g, '\\.')}\\s*$`, 'm'));
  });

  it('weighs little more than the two jars', () => {
    const jarSize = (vsix.contents.get(JAR_IN_VSIX)?.length ?? 0) + (vsix.contents.get(CLI_JAR_IN_VSIX)?.length ?? 0);
    const vsixSize = fs.statSync(vsixPath).size;
    const rest = vsixSize - jarSize;
    assert.ok(rest < 1024 * 1024, `the .vsix is ${vsixSize} bytes, ${rest} of them besides the jars`);
  });
});

function text(zip: ZipContents, name: string): string {
  const content = zip.contents.get(name);
  assert.ok(content, `${name} is not in the .vsix`);
  return content.toString('utf8');
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
