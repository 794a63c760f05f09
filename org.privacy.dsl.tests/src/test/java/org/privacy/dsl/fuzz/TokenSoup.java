package org.privacy.dsl.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Rule files made of random tokens: keywords, names and literals of the language strung together, sometimes after a
 * declaration keyword so that the parser gets past the first token. Almost none parses; they test that the parser,
 * its error recovery and everything after it turn nonsense into syntax errors with positions.
 */
final class TokenSoup {

	private static final List<String> STARTS = List.of("", "package p\n", "entity E {\n", "rule R-1 \"t\" basis \"b\"\n",
			"term t for E: ", "enum E { a, b }\n", "policy P \"t\"\n", "scenario \"s\" given E e1 { ");

	private final Random random;

	TokenSoup(Random random) {
		this.random = random;
	}

	RuleSet next(String origin) {
		StringBuilder text = new StringBuilder(Tokens.pick(random, STARTS));
		int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 60);
		for (int i = 0; i < length; i++) {
			text.append(Tokens.any(random)).append(random.nextInt(8) == 0 ? "\n" : " ");
		}
		return RuleSet.single(origin, text.toString());
	}
}
