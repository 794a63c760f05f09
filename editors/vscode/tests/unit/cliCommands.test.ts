import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import {
  CLI_JAR_PATH_IN_EXTENSION, checkCommandLine, checkOutcome, defaultDataFolder, rulesLocation, scenariosCommandLine,
  scenariosOutcome,
} from '../../src/cliCommands';

const jar = '/ext/server/privacy.jar';

describe('checkCommandLine', () => {
  it('checks the export against the rules into an HTML report, without a progress line', () => {
    const commandLine = checkCommandLine('/ext/runtime/bin/java', jar,
      { rules: '/shop/rules', data: '/exports/may', report: '/tmp/r/report.html' });
    assert.equal(commandLine.command, '/ext/runtime/bin/java');
    assert.deepEqual(commandLine.args, ['-jar', jar, 'check', '/exports/may', '--rules', '/shop/rules',
      '--data', '/exports/may', '--format', 'html', '--out', '/tmp/r/report.html', '--no-progress']);
  });

  it('passes "now" only when one is set', () => {
    const request = { rules: 'r', data: 'd', report: 'o.html' };
    assert.ok(!checkCommandLine('java', jar, { ...request, now: '  ' }).args.includes('--now'));
    const args = checkCommandLine('java', jar, { ...request, now: ' 2023-10-12 ' }).args;
    assert.deepEqual(args.slice(args.indexOf('--now'), args.indexOf('--now') + 2), ['--now', '2023-10-12']);
  });

  it('keeps paths with spaces as single arguments', () => {
    const args = checkCommandLine('java', jar, { rules: '/My Rules', data: '/My Data', report: '/t/r.html' }).args;
    assert.ok(args.includes('/My Rules') && args.includes('/My Data'));
  });
});

describe('scenariosCommandLine', () => {
  it('runs privacy test on the file or folder', () => {
    assert.deepEqual(scenariosCommandLine('java', jar, '/shop/rules/scenarios.privacy'),
      { command: 'java', args: ['-jar', jar, 'test', '/shop/rules/scenarios.privacy'] });
  });

  it('finds the CLI jar beside the server jar', () => {
    assert.equal(CLI_JAR_PATH_IN_EXTENSION, path.join('server', 'privacy.jar'));
  });
});

describe('checkOutcome', () => {
  it('shows the report on exit 0 and on exit 1, which means violations were found', () => {
    assert.deepEqual(checkOutcome(0, ''), { kind: 'report', violations: false });
    assert.deepEqual(checkOutcome(1, 'report written'), { kind: 'report', violations: true });
  });

  it('shows the tool\'s message on exit 2 (invalid rules or options)', () => {
    const stderr = 'rules/a.privacy:3:5: error privacy.unknown-name: unknown name \'x\'\n';
    const outcome = checkOutcome(2, stderr);
    assert.equal(outcome.kind, 'failed');
    assert.match(outcome.kind === 'failed' ? outcome.message : '', /could not run: rules\/a\.privacy:3:5: error/);
  });

  it('says how many lines more there are when the tool wrote many', () => {
    const stderr = ['e1', 'e2', 'e3', 'e4', 'e5'].join('\n');
    const outcome = checkOutcome(2, stderr);
    assert.match(outcome.kind === 'failed' ? outcome.message : '', /e1 e2 e3 \(and 2 more lines/);
  });

  it('reports exit 3 (internal error) with its code, and a stopped run', () => {
    const internal = checkOutcome(3, 'privacy: internal error: boom');
    assert.match(internal.kind === 'failed' ? internal.message : '', /failed \(exit code 3\): privacy: internal error/);
    const stopped = checkOutcome(null, '');
    assert.match(stopped.kind === 'failed' ? stopped.message : '', /stopped before it finished/);
  });
});

describe('scenariosOutcome', () => {
  it('reads the last "N passed, N failed" line on exit 0 and 1', () => {
    assert.deepEqual(scenariosOutcome(0, 'pass a\npass b\n2 passed, 0 failed\n', ''),
      { kind: 'ran', passed: 2, failed: 0 });
    assert.deepEqual(scenariosOutcome(1, 'pass a\nFAIL b (x.privacy:3)\n1 passed, 1 failed\n', ''),
      { kind: 'ran', passed: 1, failed: 1 });
  });

  it('is a failure on exit 2, or when the summary line is missing', () => {
    assert.equal(scenariosOutcome(2, '', 'privacy: no .privacy file under x').kind, 'failed');
    assert.equal(scenariosOutcome(0, 'nothing', '').kind, 'failed');
  });
});

describe('rulesLocation and defaultDataFolder', () => {
  it('takes the folder of the rule file being edited, else the workspace folder', () => {
    assert.equal(rulesLocation('/shop/rules/rules.privacy', '/shop'), '/shop/rules');
    assert.equal(rulesLocation('/shop/notes.md', '/shop'), '/shop');
    assert.equal(rulesLocation(undefined, undefined), undefined);
  });

  it('opens the picker at a data folder beside the rules, else in the workspace', () => {
    const existing = new Set(['/shop/data', '/ws/data']);
    const exists = (folder: string): boolean => existing.has(folder);
    assert.equal(defaultDataFolder('/shop/rules', '/ws', exists), '/shop/data');
    assert.equal(defaultDataFolder('/other/rules', '/ws', exists), '/ws/data');
    assert.equal(defaultDataFolder('/other/rules', '/nothing', exists), '/nothing');
  });
});
