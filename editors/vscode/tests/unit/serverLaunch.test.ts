import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { SERVER_JAR_PATH_IN_EXTENSION, initializationOptions, serverCommandLine } from '../../src/serverLaunch';

describe('serverCommandLine', () => {
  const jar = '/home/ana/.vscode/extensions/privacy-dsl.privacy-rules-0.1.0/server/privacy-language-server.jar';

  it('runs the bundled jar with java from the PATH by default', () => {
    const commandLine = serverCommandLine({}, { env: {}, platform: 'linux' }, jar);
    assert.equal(commandLine.command, 'java');
    assert.deepEqual(commandLine.args, ['-jar', jar]);
    assert.equal(commandLine.java.source, 'PATH');
  });

  it('runs the configured Java with the virtual machine arguments before -jar', () => {
    const commandLine = serverCommandLine(
      { home: '/opt/jdk-21', vmArguments: ['-Xmx1g', ' ', '-Dfile.encoding=UTF-8'] },
      { env: { JAVA_HOME: '/usr/lib/jvm/java-17' }, platform: 'linux' },
      jar);
    assert.equal(commandLine.command, '/opt/jdk-21/bin/java');
    assert.deepEqual(commandLine.args, ['-Xmx1g', '-Dfile.encoding=UTF-8', '-jar', jar]);
  });

  it('uses JAVA_HOME on Windows', () => {
    const windowsJar = 'C:\\Users\\ana\\.vscode\\extensions\\privacy\\server\\privacy-language-server.jar';
    const commandLine = serverCommandLine({}, { env: { JAVA_HOME: 'C:\\jdk-17' }, platform: 'win32' }, windowsJar);
    assert.equal(commandLine.command, 'C:\\jdk-17\\bin\\java.exe');
    assert.deepEqual(commandLine.args, ['-jar', windowsJar]);
  });

  it('finds the jar where the packaging step puts it', () => {
    assert.equal(SERVER_JAR_PATH_IN_EXTENSION, path.join('server', 'privacy-language-server.jar'));
  });
});

describe('initializationOptions', () => {
  it('sends the class path under privacy.classpath', () => {
    assert.deepEqual(initializationOptions(['/work/app/target/classes'], '/work/app'),
      { privacy: { classpath: ['/work/app/target/classes'] } });
  });

  it('makes relative entries absolute against the workspace folder and drops blank ones', () => {
    assert.deepEqual(initializationOptions(['target/classes', '', 'lib/model.jar'], '/work/app'),
      { privacy: { classpath: ['/work/app/target/classes', '/work/app/lib/model.jar'] } });
  });

  it('keeps Windows absolute paths as they are', () => {
    assert.deepEqual(initializationOptions(['C:\\app\\classes'], '/work/app'),
      { privacy: { classpath: ['C:\\app\\classes'] } });
  });

  it('sends an empty class path when nothing is configured', () => {
    assert.deepEqual(initializationOptions(undefined, undefined), { privacy: { classpath: [] } });
    assert.deepEqual(initializationOptions(['target/classes'], undefined), { privacy: { classpath: ['target/classes'] } });
  });
});
