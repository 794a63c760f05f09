// Copies the language server jar built by the Maven reactor into server/, where the .vsix packaging picks it up.
// PRIVACY_LANGUAGE_SERVER_JAR names another jar to bundle instead (for trying a build made elsewhere).
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionFolder = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repositoryRoot = resolve(extensionFolder, '..', '..');
const builtJar = join(repositoryRoot, 'org.privacy.dsl.ide', 'target', 'privacy-language-server.jar');
const sourceJar = process.env.PRIVACY_LANGUAGE_SERVER_JAR ? resolve(process.env.PRIVACY_LANGUAGE_SERVER_JAR) : builtJar;
const targetJar = join(extensionFolder, 'server', 'privacy-language-server.jar');

if (!existsSync(sourceJar)) {
  console.error(`error: the language server jar is missing: ${sourceJar}`);
  console.error('build it first with ./mvnw -B install -DskipTests -pl org.privacy.dsl.ide -am (in the repository root)');
  process.exit(1);
}
mkdirSync(dirname(targetJar), { recursive: true });
copyFileSync(sourceJar, targetJar);
const megabytes = (statSync(targetJar).size / (1024 * 1024)).toFixed(1);
console.log(`copied ${sourceJar} to ${relative(process.cwd(), targetJar)} (${megabytes} MB)`);
