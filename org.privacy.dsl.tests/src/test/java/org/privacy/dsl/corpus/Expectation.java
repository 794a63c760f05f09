package org.privacy.dsl.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.privacy.dsl.compiler.Diagnostic;

/**
 * A diagnostic a bad corpus file must raise, written as its first lines: {@code // expect <code> at <line>:<column>}.
 */
record Expectation(String code, int line, int column) {

	static final String PREFIX = "// expect";

	private static final Pattern LINE = Pattern.compile("// expect (\\S+) at (\\d+):(\\d+)\\s*");

	static Expectation of(Diagnostic diagnostic) {
		return new Expectation(diagnostic.code(), diagnostic.line(), diagnostic.column());
	}

	@Override
	public String toString() {
		return code + " at " + line + ":" + column;
	}

	/**
	 * The expectations that open a file. An expect line that does not follow the pattern, or that comes after the
	 * first line of another kind, is an error in the corpus rather than something to ignore.
	 */
	static List<Expectation> parse(String text, String fileName) {
		List<Expectation> expectations = new ArrayList<>();
		String[] lines = text.split("\r?\n", -1);
		boolean header = true;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (!line.startsWith(PREFIX)) {
				header = false;
				continue;
			}
			if (!header) {
				throw new IllegalArgumentException(fileName + ":" + (i + 1)
						+ ": expect lines must be the first lines of the file, before anything else");
			}
			Matcher m = LINE.matcher(line);
			if (!m.matches()) {
				throw new IllegalArgumentException(fileName + ":" + (i + 1) + ": write '" + PREFIX
						+ " <issue-code> at <line>:<column>', not '" + line + "'");
			}
			expectations.add(new Expectation(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
		}
		return expectations;
	}
}
