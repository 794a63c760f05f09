package org.privacy.dsl.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Changes a rule file the way typing, pasting and broken tools do: at the level of tokens (delete, duplicate, swap,
 * insert a keyword, put one name where another was), of lines (delete, duplicate, swap), and of characters (truncate,
 * insert control and unicode characters, cut a range). A mutant is a pure function of the text and the random source,
 * so a seed replays it.
 */
final class Mutator {

	private final Random random;

	Mutator(Random random) {
		this.random = random;
	}

	/** One to four mutations of one file of the set; the origin records which. */
	RuleSet mutate(RuleSet seed) {
		int index = random.nextInt(seed.files().size());
		String text = seed.files().get(index).text();
		StringBuilder changes = new StringBuilder("[" + seed.files().get(index).name() + ":");
		int count = 1 + random.nextInt(4);
		for (int i = 0; i < count; i++) {
			Mutation mutation = Tokens.pick(random, List.of(Mutation.values()));
			text = apply(mutation, text);
			changes.append(' ').append(mutation.name().toLowerCase(java.util.Locale.ROOT));
		}
		return seed.withText(index, text, changes.append(']').toString());
	}

	enum Mutation {
		DELETE_TOKEN, DUPLICATE_TOKEN, SWAP_TOKENS, INSERT_KEYWORD, INSERT_TOKEN, REPLACE_WORD_WITH_OTHER_WORD,
		REPLACE_TOKEN_WITH_LITERAL, REPLACE_TOKEN_WITH_KEYWORD, DELETE_LINE, DUPLICATE_LINE, SWAP_LINES,
		DUPLICATE_BLOCK, TRUNCATE, INSERT_ODD_CHARACTER, DELETE_RANGE, REMOVE_WHITESPACE
	}

	String apply(Mutation mutation, String text) {
		return switch (mutation) {
			case DELETE_TOKEN -> onTokens(text, (tokens, i) -> tokens.remove(i));
			case DUPLICATE_TOKEN -> onTokens(text, (tokens, i) -> tokens.add(i, tokens.get(i)));
			case SWAP_TOKENS -> onTokens(text, (tokens, i) -> {
				int j = random.nextInt(tokens.size());
				String t = tokens.get(i);
				tokens.set(i, tokens.get(j));
				tokens.set(j, t);
			});
			case INSERT_KEYWORD -> onTokens(text, (tokens, i) -> tokens.add(i, " " + Tokens.pick(random,
					Tokens.KEYWORDS) + " "));
			case INSERT_TOKEN -> onTokens(text, (tokens, i) -> tokens.add(i, " " + Tokens.any(random) + " "));
			case REPLACE_WORD_WITH_OTHER_WORD -> onTokens(text, (tokens, i) -> {
				// a name of the same file keeps most mutants linkable, which reaches the validator and the generator
				List<String> words = tokens.stream().filter(Tokens::isWord).toList();
				if (!words.isEmpty() && Tokens.isWord(tokens.get(i))) {
					tokens.set(i, Tokens.pick(random, words));
				}
			});
			case REPLACE_TOKEN_WITH_LITERAL -> onTokens(text, (tokens, i) -> tokens.set(i, random.nextBoolean()
					? Tokens.pick(random, Tokens.LITERALS) : Tokens.pick(random, Tokens.EDGE_LITERALS)));
			case REPLACE_TOKEN_WITH_KEYWORD -> onTokens(text, (tokens, i) -> tokens.set(i, Tokens.pick(random,
					Tokens.KEYWORDS)));
			case DELETE_LINE -> onLines(text, (lines, i) -> lines.remove(i));
			case DUPLICATE_LINE -> onLines(text, (lines, i) -> lines.add(i, lines.get(i)));
			case SWAP_LINES -> onLines(text, (lines, i) -> {
				int j = random.nextInt(lines.size());
				String l = lines.get(i);
				lines.set(i, lines.get(j));
				lines.set(j, l);
			});
			case DUPLICATE_BLOCK -> onLines(text, (lines, i) -> {
				int end = Math.min(lines.size(), i + 1 + random.nextInt(12));
				lines.addAll(end, new ArrayList<>(lines.subList(i, end)));
			});
			case TRUNCATE -> text.substring(0, text.isEmpty() ? 0 : random.nextInt(text.length()));
			case INSERT_ODD_CHARACTER -> {
				int at = random.nextInt(text.length() + 1);
				yield text.substring(0, at) + Tokens.pick(random, Tokens.ODD_CHARACTERS) + text.substring(at);
			}
			case DELETE_RANGE -> {
				if (text.isEmpty()) {
					yield text;
				}
				int from = random.nextInt(text.length());
				int to = Math.min(text.length(), from + 1 + random.nextInt(40));
				yield text.substring(0, from) + text.substring(to);
			}
			case REMOVE_WHITESPACE -> onTokens(text, (tokens, i) -> {
				for (int k = i; k < tokens.size() && k < i + 8; k++) {
					if (Tokens.isBlank(tokens.get(k))) {
						tokens.set(k, "");
					}
				}
			});
		};
	}

	private interface Edit {
		void apply(List<String> parts, int index);
	}

	private String onTokens(String text, Edit edit) {
		List<String> tokens = new ArrayList<>(Tokens.split(text));
		if (tokens.isEmpty()) {
			return Tokens.any(random);
		}
		edit.apply(tokens, random.nextInt(tokens.size()));
		return String.join("", tokens);
	}

	private String onLines(String text, Edit edit) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		edit.apply(lines, random.nextInt(lines.size()));
		return String.join("\n", lines);
	}
}
