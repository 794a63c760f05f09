// The bundled language server, started the way the extension starts it: `java -jar server/privacy-language-server.jar`,
// LSP over standard input and output. Skipped when the jar has not been copied yet or there is no Java 17.
import * as fs from 'node:fs';
import { describe } from 'node:test';
import { MINIMUM_JAVA_VERSION, probeJavaVersion } from '../../src/javaRuntime';
import { serverCommandLine } from '../../src/serverLaunch';
import { BUNDLED_SERVER_JAR } from '../support/paths';
import { serverRoundTripTests } from '../support/serverRoundTrip';

const commandLine = serverCommandLine({}, { env: process.env, platform: process.platform }, BUNDLED_SERVER_JAR);

async function reasonToSkip(): Promise<string | undefined> {
  if (!fs.existsSync(BUNDLED_SERVER_JAR)) {
    return `no server jar at ${BUNDLED_SERVER_JAR}: run "npm run package" first`;
  }
  const probe = await probeJavaVersion(commandLine.command);
  if (probe.kind === 'not-found') {
    return `no Java to run the server ('${commandLine.command}')`;
  }
  if (probe.kind === 'found' && probe.majorVersion < MINIMUM_JAVA_VERSION) {
    return `Java ${probe.majorVersion} cannot run the server`;
  }
  return undefined;
}

describe('the bundled language server', async () => {
  serverRoundTripTests(commandLine, await reasonToSkip());
});
