// Copies the jars built by the Maven reactor into server/, where the .vsix packaging picks them up: the language server
// and the privacy command (privacy check, privacy test), which the editor's commands run.
// PRIVACY_LANGUAGE_SERVER_JAR and PRIVACY_CLI_JAR name other jars to bundle instead (for trying a build made elsewhere).
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionFolder = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repositoryRoot = resolve(extensionFolder, '..', '..');
const jars = [
  {
    built: join(repositoryRoot, 'org.privacy.dsl.ide', 'target', 'privacy-language-server.jar'),
    override: process.env.PRIVACY_LANGUAGE_SERVER_JAR,
    target: join(extensionFolder, 'server', 'privacy-language-server.jar'),
    module: 'org.privacy.dsl.ide',
  },
  {
    built: join(repositoryRoot, 'org.privacy.dsl.cli', 'target', 'privacy.jar'),
    override: process.env.PRIVACY_CLI_JAR,
    target: join(extensionFolder, 'server', 'privacy.jar'),
    module: 'org.privacy.dsl.cli',
  },
];

for (const jar of jars) {
  const source = jar.override ? resolve(jar.override) : jar.built;
  if (!existsSync(source)) {
    console.error(`error: a jar to bundle is missing: ${source}`);
    console.error(`build it first with ./mvnw -B package -DskipTests -Dprivacy.vscode.skip -pl ${jar.module} -am `
      + '(in the repository root)');
    process.exit(1);
  }
  mkdirSync(dirname(jar.target), { recursive: true });
  copyFileSync(source, jar.target);
  const megabytes = (statSync(jar.target).size / (1024 * 1024)).toFixed(1);
  console.log(`copied ${source} to ${relative(process.cwd(), jar.target)} (${megabytes} MB)`);
}
