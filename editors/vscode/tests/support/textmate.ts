// Tokenises privacy text with the extension's TextMate grammar, through the same libraries VS Code uses.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { EXTENSION_FOLDER, TEXTMATE_GRAMMAR } from './paths';

export interface Token {
  readonly text: string;
  /** Scopes from the outermost (source.privacy) to the innermost. */
  readonly scopes: readonly string[];
}

let grammarPromise: Promise<textmate.IGrammar> | undefined;

function loadGrammar(): Promise<textmate.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(path.join(EXTENSION_FOLDER, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName: string) => scopeName === 'source.privacy'
        ? textmate.parseRawGrammar(fs.readFileSync(TEXTMATE_GRAMMAR, 'utf8'), TEXTMATE_GRAMMAR)
        : null,
    });
    const grammar = await registry.loadGrammar('source.privacy');
    if (!grammar) {
      throw new Error('the grammar source.privacy did not load');
    }
    return grammar;
  })();
  return grammarPromise;
}

/** The tokens of each line of the text, blanks left out. */
export async function tokenize(text: string): Promise<Token[][]> {
  const grammar = await loadGrammar();
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens
      .map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }))
      .filter((token) => token.text.trim() !== '');
  });
}
