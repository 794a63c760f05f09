import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  HostEnvironment, JavaExecutable, bundledJavaPath, javaProblemMessage, parseJavaMajorVersion, probeJavaVersion, resolveJavaExecutable,
} from '../../src/javaRuntime';

const linux = (env: Record<string, string> = {}): HostEnvironment => ({ env, platform: 'linux' });
const windows = (env: Record<string, string> = {}): HostEnvironment => ({ env, platform: 'win32' });

describe('resolveJavaExecutable', () => {
  it('uses java from the PATH when nothing is configured', () => {
    assert.deepEqual(resolveJavaExecutable({}, linux()), { command: 'java', source: 'PATH' });
    assert.deepEqual(resolveJavaExecutable({}, windows()), { command: 'java.exe', source: 'PATH' });
  });

  it('prefers JAVA_HOME to the PATH', () => {
    assert.deepEqual(resolveJavaExecutable({}, linux({ JAVA_HOME: '/usr/lib/jvm/java-17' })),
      { command: '/usr/lib/jvm/java-17/bin/java', source: 'JAVA_HOME' });
    assert.deepEqual(resolveJavaExecutable({}, windows({ JAVA_HOME: 'C:\\Program Files\\Java\\jdk-17' })),
      { command: 'C:\\Program Files\\Java\\jdk-17\\bin\\java.exe', source: 'JAVA_HOME' });
  });

  it('prefers the privacy.java.home setting to JAVA_HOME', () => {
    assert.deepEqual(resolveJavaExecutable({ home: '/opt/jdk-21' }, linux({ JAVA_HOME: '/usr/lib/jvm/java-11' })),
      { command: '/opt/jdk-21/bin/java', source: 'privacy.java.home' });
  });

  it('prefers the privacy.java.executable setting to everything else', () => {
    assert.deepEqual(
      resolveJavaExecutable({ executable: '/opt/bin/java21', home: '/opt/jdk-17' }, linux({ JAVA_HOME: '/jdk' })),
      { command: '/opt/bin/java21', source: 'privacy.java.executable' });
  });

  it('prefers the runtime bundled in the extension to JAVA_HOME and the PATH', () => {
    const bundledJava = '/ext/runtime/bin/java';
    assert.deepEqual(resolveJavaExecutable({}, { ...linux({ JAVA_HOME: '/usr/lib/jvm/java-11' }), bundledJava }),
      { command: bundledJava, source: 'bundled' });
  });

  it('lets both settings win over the bundled runtime', () => {
    const host = { ...linux(), bundledJava: '/ext/runtime/bin/java' };
    assert.equal(resolveJavaExecutable({ home: '/opt/jdk-21' }, host).source, 'privacy.java.home');
    assert.equal(resolveJavaExecutable({ executable: '/opt/bin/java' }, host).source, 'privacy.java.executable');
  });

  it('finds the bundled java in the runtime folder, java.exe on Windows', () => {
    assert.equal(bundledJavaPath('/ext/runtime', 'linux'), '/ext/runtime/bin/java');
    assert.equal(bundledJavaPath('C:\\ext\\runtime', 'win32'), 'C:\\ext\\runtime\\bin\\java.exe');
  });

  it('ignores blank settings and a blank JAVA_HOME', () => {
    assert.deepEqual(resolveJavaExecutable({ executable: '  ', home: '' }, linux({ JAVA_HOME: ' ' })),
      { command: 'java', source: 'PATH' });
  });

  it('expands a leading ~ to the home folder', () => {
    assert.deepEqual(resolveJavaExecutable({ home: '~/jdks/17' }, linux({ HOME: '/home/ana' })),
      { command: '/home/ana/jdks/17/bin/java', source: 'privacy.java.home' });
    assert.deepEqual(resolveJavaExecutable({ executable: '~/bin/java' }, linux({ HOME: '/home/ana' })),
      { command: '/home/ana/bin/java', source: 'privacy.java.executable' });
  });
});

describe('parseJavaMajorVersion', () => {
  const cases: [string, number | undefined][] = [
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', 17],
    ['java version "1.8.0_292"\nJava(TM) SE Runtime Environment (build 1.8.0_292-b10)', 8],
    ['openjdk version "11.0.2" 2019-01-15', 11],
    ['openjdk version "21" 2023-09-19', 21],
    ['openjdk version "22-ea" 2024-03-19', 22],
    ['Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8\nopenjdk version "25.0.1" 2025-10-21', 25],
    ['bash: java: command not found', undefined],
    ['', undefined],
  ];
  for (const [output, expected] of cases) {
    it(`reads ${expected ?? 'no version'} from ${JSON.stringify(output.split('\n')[0])}`, () => {
      assert.equal(parseJavaMajorVersion(output), expected);
    });
  }
});

describe('javaProblemMessage', () => {
  const fromPath: JavaExecutable = { command: 'java', source: 'PATH' };
  const fromHome: JavaExecutable = { command: '/opt/jdk-11/bin/java', source: 'privacy.java.home' };

  it('says Java was not found, where it was looked for, and which settings to use', () => {
    const message = javaProblemMessage(fromPath, { kind: 'not-found', reason: 'no such program' });
    assert.match(message ?? '', /Java was not found/);
    assert.match(message ?? '', /looked up on the PATH/);
    assert.match(message ?? '', /privacy\.java\.home/);
    assert.match(message ?? '', /privacy\.java\.executable/);
  });

  it('says a Java older than 17 is too old, naming its version and origin', () => {
    const message = javaProblemMessage(fromHome, { kind: 'found', majorVersion: 11, versionOutput: '' });
    assert.match(message ?? '', /needs Java 17 or newer/);
    assert.match(message ?? '', /is Java 11/);
    assert.match(message ?? '', /from the setting privacy\.java\.home/);
  });

  it('has nothing to say about Java 17 and newer', () => {
    assert.equal(javaProblemMessage(fromPath, { kind: 'found', majorVersion: 17, versionOutput: '' }), undefined);
    assert.equal(javaProblemMessage(fromPath, { kind: 'found', majorVersion: 25, versionOutput: '' }), undefined);
  });

  it('lets the server try when the version cannot be read', () => {
    assert.equal(javaProblemMessage(fromPath, { kind: 'unknown-version', versionOutput: '?' }), undefined);
  });
});

describe('probeJavaVersion', () => {
  it('reports a program that does not exist as not found', async () => {
    const probe = await probeJavaVersion('/nonexistent/privacy-test/bin/java');
    assert.equal(probe.kind, 'not-found');
  });

  it('reads the version of the java on this machine', async (context) => {
    const probe = await probeJavaVersion(resolveJavaExecutable({}, { env: process.env, platform: process.platform }).command);
    if (probe.kind === 'not-found') {
      context.skip('no java on this machine');
      return;
    }
    assert.equal(probe.kind, 'found');
    assert.ok(probe.kind === 'found' && probe.majorVersion >= 8, `unexpected version in ${JSON.stringify(probe)}`);
  });
});
