// The extension's manifest and the files it points to.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { EXTENSION_FOLDER, REPOSITORY_ROOT, readPackageManifest } from '../support/paths';

const manifest = readPackageManifest();

function readJson(relativePath: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(EXTENSION_FOLDER, relativePath), 'utf8'));
}

describe('package.json', () => {
  it('names the extension and its publisher', () => {
    assert.equal(manifest.name, 'privacy-rules');
    assert.equal(manifest.publisher, 'privacy-dsl');
    assert.equal(manifest.main, './dist/extension.js');
  });

  it('contributes the privacy language for .privacy files, with its configuration', () => {
    const language = manifest.contributes.languages.find((candidate) => candidate.id === 'privacy');
    assert.ok(language, 'no language privacy');
    assert.deepEqual(language.extensions, ['.privacy']);
    const configuration = readJson(language.configuration) as { comments: { lineComment: string } };
    assert.equal(configuration.comments.lineComment, '//');
  });

  it('contributes the TextMate grammar source.privacy', () => {
    const grammar = manifest.contributes.grammars.find((candidate) => candidate.language === 'privacy');
    assert.ok(grammar, 'no grammar for privacy');
    assert.equal(grammar.scopeName, 'source.privacy');
    assert.equal((readJson(grammar.path) as { scopeName: string }).scopeName, 'source.privacy');
  });

  it('has the Java and class path settings', () => {
    const settings = manifest.contributes.configuration.properties;
    assert.equal(settings['privacy.java.home']?.type, 'string');
    assert.equal(settings['privacy.java.executable']?.type, 'string');
    assert.equal(settings['privacy.server.classpath']?.type, 'array');
  });

  it('is ready for the Marketplace but for its licence and address: public, with an icon of 128x128 pixels and a changelog', () => {
    const marketplace = manifest as unknown as { private?: boolean; icon: string };
    assert.notEqual(marketplace.private, true);
    const icon = fs.readFileSync(path.join(EXTENSION_FOLDER, marketplace.icon));
    assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG');
    // The IHDR chunk holds the width and height, big-endian, at bytes 16 and 20.
    assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
    assert.ok(fs.existsSync(path.join(EXTENSION_FOLDER, 'CHANGELOG.md')));
  });

  it('contributes no command id that the language server offers (the client registers those itself)', () => {
    const serverCommand = fs.readFileSync(path.join(REPOSITORY_ROOT, 'org.privacy.dsl.ide', 'src', 'main', 'java',
      'org', 'privacy', 'dsl', 'ide', 'scenarios', 'RunScenariosCommand.java'), 'utf8').match(/ID = "([^"]+)"/)?.[1];
    assert.equal(serverCommand, 'privacy.runScenarios');
    const ids = (manifest.contributes as unknown as { commands: { command: string }[] }).commands.map(c => c.command);
    assert.ok(!ids.includes(serverCommand), `${serverCommand} is the server's command`);
  });

  it('contributes the commands that run the privacy tool, in the palette and the explorer', () => {
    const contributes = manifest.contributes as unknown as {
      commands: { command: string; title: string }[];
      menus: Record<string, { command: string; when: string }[]>;
    };
    const titles = Object.fromEntries(contributes.commands.map((command) => [command.command, command.title]));
    assert.equal(titles['privacy.checkDataFolder'], 'Check Data Folder…');
    assert.equal(titles['privacy.runScenariosOfFolder'], 'Run Scenarios');
    const explorer = contributes.menus['explorer/context'].map((entry) => entry.command);
    assert.deepEqual(explorer.sort(), ['privacy.checkDataFolder', 'privacy.runScenariosOfFolder']);
    assert.equal(manifest.contributes.configuration.properties['privacy.check.now']?.type, 'string');
  });

  it('targets a VS Code that vscode-languageclient 9 supports, typed against that same version', () => {
    assert.match(manifest.dependencies['vscode-languageclient'], /^[~^]?9\./);
    assert.equal(manifest.engines.vscode, '^1.82.0');
    // vsce refuses to package when @types/vscode is newer than engines.vscode.
    assert.equal(manifest.devDependencies['@types/vscode'], '1.82.0');
  });
});

describe('snippets', () => {
  const contribution = manifest.contributes.snippets.find((candidate) => candidate.language === 'privacy');
  const snippets = contribution
    ? readJson(contribution.path) as Record<string, { prefix: string | string[]; body: string[]; description: string }>
    : {};

  it('cover a rule, the three kinds of term, an entity and a policy header', () => {
    const bodies = Object.values(snippets).map((snippet) => snippet.body.join('\n'));
    for (const start of [/^rule /, /^term .*: \$\{\d+:\w+\} where/, /^term .* for .*: \$\{/, /: event /, /^entity /,
      /^policy /m]) {
      assert.ok(bodies.some((body) => start.test(body)), `no snippet matches ${start}`);
    }
  });

  it('each have a prefix, a body and a description', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.ok(snippet.prefix.length > 0, `${name} has no prefix`);
      assert.ok(snippet.body.length > 0, `${name} has no body`);
      assert.ok(snippet.description, `${name} has no description`);
    }
  });
});

describe('language configuration', () => {
  const configuration = readJson('language-configuration.json') as {
    comments: { lineComment: string; blockComment: [string, string] };
    brackets: [string, string][];
    autoClosingPairs: { open: string; close: string }[];
    folding: { markers: { start: string; end: string } };
    wordPattern: string;
    indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
  };

  it('toggles // and /* */ comments and closes brackets and quotes', () => {
    assert.equal(configuration.comments.lineComment, '//');
    assert.deepEqual(configuration.comments.blockComment, ['/*', '*/']);
    assert.deepEqual(configuration.brackets, [['{', '}'], ['(', ')']]);
    const closed = configuration.autoClosingPairs.map((pair) => pair.open + pair.close);
    for (const pair of ['{}', '()', '""']) {
      assert.ok(closed.includes(pair), `${pair} is not auto-closed`);
    }
  });

  it('selects hyphenated names, rule ids, escaped names, dates and durations as one word', () => {
    const word = new RegExp(configuration.wordPattern, 'g');
    const words = (text: string): string[] => text.match(word) ?? [];
    assert.deepEqual(words('unless soft opt-in'), ['unless', 'soft', 'opt-in']);
    assert.deepEqual(words('rule MKT-01 "x"'), ['rule', 'MKT-01', 'x']);
    assert.deepEqual(words('^date after 2023-03-01T09:00Z'), ['^date', 'after', '2023-03-01T09:00Z']);
    assert.deepEqual(words('within 72h after 2023-03-01 or 09:30'), ['within', '72h', 'after', '2023-03-01', 'or', '09:30']);
  });

  it('folds between region markers and indents after a rule header, a term header and an opening brace', () => {
    assert.match('  // region prospection', new RegExp(configuration.folding.markers.start));
    assert.match('  // endregion', new RegExp(configuration.folding.markers.end));
    const indentAfter = new RegExp(configuration.indentationRules.increaseIndentPattern);
    assert.match('rule MKT-01 "Email prospection needs consent"', indentAfter);
    assert.match('term optin for MessageSend:', indentAfter);
    assert.match('entity Prospect {', indentAfter);
    assert.doesNotMatch('\tbasis "GDPR art. 7"', indentAfter);
    assert.doesNotMatch('entity Device { model: text }', indentAfter);
    assert.match('}', new RegExp(configuration.indentationRules.decreaseIndentPattern));
  });
});
