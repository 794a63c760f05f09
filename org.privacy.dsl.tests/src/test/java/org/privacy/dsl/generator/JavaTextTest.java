package org.privacy.dsl.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.privacy.dsl.tests.PrivacyTestSupport;

/**
 * Generated lines kept within 120 columns ({@link JavaText#wrapLines}): where they break and what they keep; and rule
 * bodies put in the class's text in place of their marks ({@link JavaText#fill}).
 */
class JavaTextTest {

	@Test
	void aFilledMarkGivesWhatATemplateInsertingThePieceGives() {
		java.util.Random random = new java.util.Random(13);
		for (int round = 0; round < 2_000; round++) {
			java.util.Map<String, String> pieces = new java.util.LinkedHashMap<>();
			org.eclipse.xtend2.lib.StringConcatenation template = new org.eclipse.xtend2.lib.StringConcatenation("\n");
			StringBuilder marked = new StringBuilder();
			for (int part = 0; part < 1 + random.nextInt(4); part++) {
				String indent = "\t".repeat(random.nextInt(3));
				String name = "rule" + part;
				// a body as the rule templates lay it out: one line of code or more, no empty line, ending its last
				// line or not (a template keeps the indentation of an empty piece; fill is given none)
				String piece = IntStream.range(0, 1 + random.nextInt(4))
						.mapToObj(i -> "\t".repeat(random.nextInt(3)) + "x" + random.nextInt(99) + " = \"a\\n\";")
						.collect(Collectors.joining("\n")) + (random.nextBoolean() ? "\n" : "");
				pieces.put(name, piece);
				String before = "\tclass " + part + " {\n";
				template.append(before);
				template.append(indent);
				template.append(piece, indent);
				template.newLineIfNotEmpty();
				marked.append(before).append(indent).append(JavaText.mark(name)).append('\n');
			}
			assertThat(JavaText.fill(marked.toString(), pieces)).as("round %d", round)
					.isEqualTo(template.toString());
		}
	}

	@Test
	void aMarkThatIsNotAloneOnItsLineOrNamesNoPieceIsLeftAsItIs() {
		java.util.Map<String, String> pieces = java.util.Map.of("a", "x;\ny;");
		String notAlone = "\tint " + JavaText.mark("a") + "\n";
		String unknown = "\t" + JavaText.mark("b") + "\n";
		assertThat(JavaText.fill(notAlone + unknown, pieces)).isEqualTo(notAlone + unknown);
		assertThat(JavaText.fill("{\n\t\t" + JavaText.mark("a") + "\n}", pieces)).isEqualTo("{\n\t\tx;\n\t\ty;\n}");
		assertThat(JavaText.fill("no mark", pieces)).isEqualTo("no mark");
	}

	@Test
	void aLineThatFitsIsLeftAsItIs() {
		String code = "\tprivate static final List<String> A_FIELDS = List.of(\"a\", \"b\");\n\t}\n";
		assertThat(JavaText.wrapLines(code)).isEqualTo(code);
	}

	@Test
	void aLongListBreaksAfterCommasAtItsOutermostLevelWithContinuationLinesTwoTabsIn() {
		String items = IntStream.range(0, 30).mapToObj(i -> "\"field" + i + "\"").collect(Collectors.joining(", "));
		String line = "\tprivate static final List<String> R_FIELDS = List.of(" + items + ");";
		String wrapped = JavaText.wrapLines(line);

		List<String> lines = wrapped.lines().toList();
		assertThat(lines).hasSizeGreaterThan(2);
		assertThat(PrivacyTestSupport.linesWiderThan(wrapped, 120)).isEmpty();
		assertThat(lines.get(0)).startsWith("\tprivate static final List<String> R_FIELDS = List.of(\"field0\", ")
				.endsWith(",");
		assertThat(lines.subList(1, lines.size())).allMatch(l -> l.startsWith("\t\t\t\"field"));
		// nothing but line breaks and indentation added: the same tokens in the same order
		assertThat(String.join(" ", lines.stream().map(String::strip).toList())).isEqualTo(line.strip());
	}

	@Test
	void aConditionBreaksBeforeItsOutermostOperatorRatherThanInsideACall() {
		String a = "Values.bool(r.get(\"analogousProduct\"), \"analogousProduct\")";
		String b = "Values.isPresent(Values.resolve(ctx, \"Prospect\", r.get(\"recipient\"), \"recipient\").get(\"since\"))";
		String line = "\t\tif (" + a + " && " + b + ") {";
		assertThat(JavaText.wrapLines(line)).isEqualTo("\t\tif (" + a + "\n\t\t\t\t&& " + b + ") {");
	}

	@Test
	void aCommaInsideAStringLiteralIsNoPlaceToBreak() {
		String text = "a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, one, two, three";
		String line = "\t\t\tsink.accept(Finding.of(R, Status.VIOLATED, key, R_FIELDS, Sentences.notMet(\"record\", key, \""
				+ text + "\", List.of(), R)));";
		String wrapped = JavaText.wrapLines(line);
		assertThat(PrivacyTestSupport.linesWiderThan(wrapped, 120)).isEmpty();
		// the text cut at a space, as the concatenation of two literals: the same constant
		String joined = wrapped.replaceAll("\"\\n\\t*\\+ \"", "").replaceAll("\" \\+\\n\\t*\"", "")
				.replaceAll("\\n\\t*", " ");
		assertThat(joined.replace("\" + \"", "")).isEqualTo(line);
	}

	@Test
	void aLiteralWhoseMemberIsUsedIsCutInsideParentheses() {
		// "a " + "b".equals(body) would compare "b" alone (and not compile as a condition)
		String text = "Donn\\u00e9es \\u2014 \\u500b\\u4eba\\u60c5\\u5831 \\u2014 \\u062d\\u0645\\u0627\\u064a\\u0629 "
				+ "\\u0627\\u0644\\u0628\\u064a\\u0627\\u0646\\u0627\\u062a \\u2014 \\u041f\\u0435\\u0440\\u0441\\u043e";
		String line = "\t\t\tif (\"" + text + "\".equals(body)) {";
		String wrapped = JavaText.wrapLines(line);

		assertThat(PrivacyTestSupport.linesWiderThan(wrapped, 120)).isEmpty();
		String joined = wrapped.replaceAll("\\n\\t*", " ");
		assertThat(joined).startsWith("\t\t\tif ((\"Donn").endsWith("\").equals(body)) {");
		assertThat(joined.replace("\" + \"", "").replace("((", "(").replace(").equals", ".equals")).isEqualTo(line);
	}

	@Test
	void aOneLineJavadocTooWideBecomesABlockWrappedBetweenWords() {
		String words = IntStream.range(0, 40).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
		String wrapped = JavaText.wrapLines("\t/** " + words + " */");
		List<String> lines = wrapped.lines().toList();
		assertThat(lines.get(0)).isEqualTo("\t/**");
		assertThat(lines.get(lines.size() - 1)).isEqualTo("\t */");
		assertThat(lines.subList(1, lines.size() - 1)).allMatch(l -> l.startsWith("\t * "));
		assertThat(PrivacyTestSupport.linesWiderThan(wrapped, 120)).isEmpty();
		assertThat(String.join(" ", lines.subList(1, lines.size() - 1).stream().map(l -> l.substring(4)).toList()))
				.isEqualTo(words);
	}
}
