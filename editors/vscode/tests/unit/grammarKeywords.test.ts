// The TextMate grammar colours every keyword of the language: the keywords are read from the Xtext grammar, so a
// keyword added there and forgotten here fails this test.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { XTEXT_GRAMMAR } from '../support/paths';
import { Token, tokenize } from '../support/textmate';

/** Scopes that colour a word as a keyword of some kind. */
const KEYWORD_SCOPES = /^(keyword|storage|constant\.language|variable\.language|support\.function)\./;

/** `of` and `to` are keywords only next to the word they go with; alone they may be part of a term's name. */
const KEYWORDS_IN_CONTEXT: Record<string, string> = {
  of: 'list of',
  to: 'bound to',
};

function keywordsOfXtextGrammar(): string[] {
  const xtext = fs.readFileSync(XTEXT_GRAMMAR, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    // Terminal rules spell characters ('a'..'z', 'T', 'h'), not keywords.
    .replace(/^terminal\s[^;]*;/gm, '');
  const words = new Set<string>();
  for (const match of xtext.matchAll(/'([A-Za-z]+)'/g)) {
    words.add(match[1]);
  }
  return [...words].sort();
}

function innermostScope(token: Token): string {
  return token.scopes[token.scopes.length - 1];
}

describe('keywords of Privacy.xtext', { skip: !fs.existsSync(XTEXT_GRAMMAR) && `no ${XTEXT_GRAMMAR}` }, () => {
  const keywords = fs.existsSync(XTEXT_GRAMMAR) ? keywordsOfXtextGrammar() : [];

  it('are found in the Xtext grammar', () => {
    // A sanity check on the extraction: these are sure to be there.
    for (const word of ['rule', 'requires', 'within', 'entity', 'term', 'satisfies', 'months']) {
      assert.ok(keywords.includes(word), `'${word}' not read from ${XTEXT_GRAMMAR}`);
    }
  });

  for (const keyword of keywords) {
    it(`'${keyword}' is coloured as a keyword, and '^${keyword}' as a name`, async () => {
      const line = KEYWORDS_IN_CONTEXT[keyword] ?? keyword;
      const [tokens] = await tokenize(line);
      const token = tokens.find((candidate) => candidate.text === keyword);
      assert.ok(token, `no token '${keyword}' in ${JSON.stringify(tokens)}`);
      assert.match(innermostScope(token), KEYWORD_SCOPES, `'${keyword}' is ${token.scopes.join(' ')}`);

      const [escaped] = await tokenize(`x ^${keyword} y`);
      for (const escapedToken of escaped) {
        assert.doesNotMatch(innermostScope(escapedToken).replace(/^constant\.character\.escape.*/, ''), KEYWORD_SCOPES,
          `'^${keyword}' has '${escapedToken.text}' coloured as ${escapedToken.scopes.join(' ')}`);
      }
    });
  }
});
