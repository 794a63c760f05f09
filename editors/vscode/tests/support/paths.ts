// Folders the tests read from. The tests run compiled, from out/tests/<folder>/.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** editors/vscode */
export const EXTENSION_FOLDER = path.resolve(__dirname, '..', '..', '..');
/** The repository root, two folders above the extension. */
export const REPOSITORY_ROOT = path.resolve(EXTENSION_FOLDER, '..', '..');
export const XTEXT_GRAMMAR = path.join(
  REPOSITORY_ROOT, 'org.privacy.dsl', 'src', 'main', 'java', 'org', 'privacy', 'dsl', 'Privacy.xtext');
export const TEXTMATE_GRAMMAR = path.join(EXTENSION_FOLDER, 'syntaxes', 'privacy.tmLanguage.json');
export const BUNDLED_SERVER_JAR = path.join(EXTENSION_FOLDER, 'server', 'privacy-language-server.jar');
export const BUNDLED_CLI_JAR = path.join(EXTENSION_FOLDER, 'server', 'privacy.jar');

export function readPackageManifest(): PackageManifest {
  return JSON.parse(fs.readFileSync(path.join(EXTENSION_FOLDER, 'package.json'), 'utf8')) as PackageManifest;
}

/** The parts of package.json the tests look at. */
export interface PackageManifest {
  name: string;
  publisher: string;
  version: string;
  main: string;
  engines: { vscode: string };
  activationEvents?: string[];
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  contributes: {
    languages: { id: string; extensions: string[]; configuration: string }[];
    grammars: { language: string; scopeName: string; path: string }[];
    snippets: { language: string; path: string }[];
    configuration: { properties: Record<string, { type: string; default: unknown }> };
  };
}
