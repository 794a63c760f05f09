package org.privacy.dsl.generator;

import java.util.ArrayList;
import java.util.List;

import org.privacy.dsl.model.JavaNames;

/**
 * Turns text from rule files into Java: string literals and Javadoc that no title, basis or message can break out of
 * (quotes, backslashes, comment ends, unicode escapes, line breaks and every non-ASCII character are escaped); and
 * keeps generated lines within {@link #WIDTH} columns, whatever the length of the names and texts of the rules.
 */
public final class JavaText {
	private JavaText() {
	}

	/** A Java string literal, quotes included. */
	public static String literal(String s) {
		StringBuilder b = new StringBuilder(s.length() + 2).append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				case '\r' -> b.append("\\r");
				case '\t' -> b.append("\\t");
				default -> {
					if (c < 0x20 || c > 0x7e) {
						b.append(String.format("\\u%04x", (int) c));
					} else {
						b.append(c);
					}
				}
			}
		}
		return b.append('"').toString();
	}

	/**
	 * Text for a Javadoc comment: HTML-escaped, with comment ends, at-signs and backslashes neutralised, and
	 * non-ASCII characters as HTML entities so the source stays ASCII.
	 */
	public static String javadoc(String s) {
		StringBuilder b = new StringBuilder(s.length() + 8);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '@' -> b.append("&#64;");
				case '\\' -> b.append("&#92;");
				case '*' -> b.append(i + 1 < s.length() && s.charAt(i + 1) == '/' ? "&#42;" : "*");
				case '/' -> b.append(i > 0 && s.charAt(i - 1) == '*' ? "&#47;" : "/");
				case '\r' -> {
				}
				case '\n' -> b.append(' ');
				default -> {
					if (c < 0x20) {
						b.append(' ');
					} else if (c > 0x7e) {
						b.append("&#").append((int) c).append(';');
					} else {
						b.append(c);
					}
				}
			}
		}
		return b.toString();
	}

	/** A Java identifier in upper snake case from any text (owned by {@link JavaNames#constantName}). */
	public static String constantName(String s) {
		return JavaNames.constantName(s);
	}

	/** A Java identifier in lower camel case from any text (owned by {@link JavaNames#methodName}). */
	public static String methodName(String s) {
		return JavaNames.methodName(s);
	}

	/** A Java class name in upper camel case (owned by {@link JavaNames#className}). */
	public static String className(String s) {
		return JavaNames.className(s);
	}

	/**
	 * {@code text} with {@code indent} before every line that is not empty (the lines the regular expression
	 * {@code (?m)^(?=.)} finds: any line terminator ends a line, {@code \r\n} as one).
	 */
	public static String indent(String text, String indent) {
		StringBuilder b = new StringBuilder(text.length() + text.length() / 8 + indent.length());
		indentInto(b, text, indent);
		return b.toString();
	}

	/** {@link #indent} into {@code b}, a line at a time. */
	private static void indentInto(StringBuilder b, String text, String indent) {
		int n = text.length();
		int start = 0;
		while (start < n) {
			int end = start;
			while (end < n && !lineTerminator(text.charAt(end))) {
				end++;
			}
			if (end > start) {
				b.append(indent);
			}
			if (end < n) {
				end += text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1;
			}
			b.append(text, start, end);
			start = end;
		}
	}

	/** What marks a piece of code that {@link #fill} puts in place: a character no generated Java holds. */
	private static final char MARK = '\u0000';

	/** A line of a template that {@link #fill} replaces by the piece of code called {@code name}. */
	static String mark(String name) {
		return MARK + name + MARK;
	}

	/**
	 * {@code text} with every line that holds only white space and a {@link #mark} replaced by the piece of code the
	 * mark names, indented as the mark was on each line that is not empty, and ending its last line: for pieces of
	 * one line of code or more without an empty line (rule bodies), what a template inserting the piece at that place
	 * gives, in one copy of the text (a template splits each piece into lines again). A mark that is not alone on its
	 * line, or names no piece, is left as it is.
	 */
	static String fill(String text, java.util.Map<String, String> pieces) {
		StringBuilder b = null;
		int copied = 0;
		int at = text.indexOf(MARK);
		while (at >= 0) {
			int end = text.indexOf(MARK, at + 1);
			if (end < 0) {
				break;
			}
			int lineStart = text.lastIndexOf('\n', at) + 1;
			String piece = pieces.get(text.substring(at + 1, end));
			if (piece != null && text.substring(lineStart, at).isBlank() && end + 1 < text.length()
					&& text.charAt(end + 1) == '\n') {
				if (b == null) {
					b = new StringBuilder(text.length() + pieces.values().stream().mapToInt(p -> p.length() * 9 / 8)
							.sum());
				}
				b.append(text, copied, lineStart);
				indentInto(b, piece, text.substring(lineStart, at));
				if (!piece.isEmpty() && !lineTerminator(piece.charAt(piece.length() - 1))) {
					b.append('\n');
				}
				copied = end + 2;
			}
			at = text.indexOf(MARK, end + 1);
		}
		return b == null ? text : b.append(text, copied, text.length()).toString();
	}

	/** The characters that end a line for {@code java.util.regex} ({@code .} does not match them). */
	private static boolean lineTerminator(char c) {
		return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
	}

	/**
	 * Whether Java code names {@code name} outside string literals, and not as a member ({@code r.name}) or a part of
	 * a longer name: what {@code (?<![.\w$])name(?![\w$])} finds in the code once every string literal
	 * ({@code "(?:[^"\\]|\\.)*"}, from the left) is emptied. One pass, nothing allocated.
	 */
	public static boolean names(String code, String name) {
		int n = code.length();
		for (int i = 0; i < n; i++) {
			char c = code.charAt(i);
			if (c == '"') {
				int close = closingQuote(code, i);
				if (close >= 0) {
					i = close;
					continue;
				}
			}
			if (code.startsWith(name, i) && (i == 0 || !wordChar(code.charAt(i - 1)) && code.charAt(i - 1) != '.')
					&& (i + name.length() >= n || !wordChar(code.charAt(i + name.length())))) {
				return true;
			}
		}
		return false;
	}

	/** A character of {@code [\w$]}. */
	private static boolean wordChar(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$';
	}

	/**
	 * The index of the quote that closes the literal {@code "(?:[^"\\]|\\.)*"} opened at {@code open}, or -1 when
	 * there is none (a backslash before a line terminator or the end, or no closing quote).
	 */
	private static int closingQuote(String code, int open) {
		for (int i = open + 1; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c == '"') {
				return i;
			}
			if (c == '\\') {
				if (i + 1 >= code.length() || lineTerminator(code.charAt(i + 1))) {
					return -1;
				}
				i++;
			}
		}
		return -1;
	}

	// ------------------------------------------------------------------ lines of at most WIDTH columns

	/** The widest line of generated code, in columns, a tab counting as four (as Eclipse's formatter counts). */
	public static final int WIDTH = 120;

	private static final String CONTINUATION = "\t\t";

	/** The columns a line takes, a tab counting as four. */
	public static int width(String line) {
		return width(line, 0, line.length());
	}

	/**
	 * Java source with every line wider than {@link #WIDTH} wrapped as Eclipse's formatter does: a statement after the
	 * {@code =} of a declaration when the value then fits on one line, else after a comma (or before an operator) at
	 * the outermost level that still fits, its continuation lines indented by two tabs more than the line; a comment
	 * between words. A string literal too long for any break is cut at a space into two literals joined by {@code +},
	 * parenthesized where a member of it is used ({@code ("a " + "b").equals(x)}); a literal with no space stays
	 * wider. Lines that fit are left as they are.
	 */
	public static String wrapLines(String code) {
		// lines that fit are copied as they are, without a string of their own: a class may hold millions of lines
		StringBuilder out = null;
		int copied = 0;
		for (int start = 0; start <= code.length();) {
			int end = code.indexOf('\n', start);
			if (end < 0) {
				end = code.length();
			}
			if (width(code, start, end) > WIDTH) {
				if (out == null) {
					out = new StringBuilder(code.length() + code.length() / 32);
				}
				out.append(code, copied, start);
				String line = code.substring(start, end);
				String text = line.strip();
				if (text.startsWith("/**") || text.startsWith("* ") || text.startsWith("//")) {
					out.append(wrapComment(line));
				} else {
					out.append(wrapStatement(line));
				}
				copied = end;
			}
			start = end + 1;
		}
		return out == null ? code : out.append(code, copied, code.length()).toString();
	}

	private static int width(String code, int start, int end) {
		int width = 0;
		for (int i = start; i < end; i++) {
			width += code.charAt(i) == '\t' ? 4 : 1;
		}
		return width;
	}

	private static int leadingTabs(String line) {
		int tabs = 0;
		while (tabs < line.length() && line.charAt(tabs) == '\t') {
			tabs++;
		}
		return tabs;
	}

	/** One line of code, wrapped; its continuation lines two tabs further in. */
	static String wrapStatement(String line) {
		int tabs = leadingTabs(line);
		String indent = line.substring(0, tabs);
		String text = line.substring(tabs);
		String next = indent + CONTINUATION;
		StringBuilder out = new StringBuilder();
		String prefix = indent;
		List<Break> breaks = breaks(text);
		List<Break> assignments = breaks.stream().filter(Break::assignment).toList();
		// where the rest of the line starts, the first break after it, and the depth there (depths count from it)
		int start = 0;
		int from = 0;
		int base = 0;
		while (width(prefix) + text.length() - start > WIDTH) {
			int room = WIDTH - width(prefix);
			boolean loop = text.startsWith("for (", start);
			Break best = null;
			// after the '=' of a declaration when the value then fits on one line
			for (int i = firstAfter(assignments, start, 0); i < assignments.size() && best == null; i++) {
				Break b = assignments.get(i);
				// (within the limit: an assignment inside an expression, (sentAt = ...), may come after it)
				if (b.depth() == base && b.end() - start <= room && width(next) + text.length() - b.next() <= WIDTH) {
					best = b;
				}
			}
			int bestRank = Break.NONE;
			Break fits = null;
			for (int i = from; best == null && i < breaks.size() && breaks.get(i).end() - start <= room; i++) {
				Break b = breaks.get(i);
				int rank = b.rank(base, loop);
				if (rank != Break.NONE && b.next() < text.length() && rank <= bestRank) {
					bestRank = rank;
					fits = b;
				}
			}
			best = best != null ? best : fits;
			if (best == null) {
				// nothing fits before the limit: a text too long is cut between words, else the shortest overflow
				String cut = cutLiteral(text.substring(start), room);
				if (cut != null) {
					text = text.substring(0, start) + cut;
					breaks = breaks(text);
					assignments = breaks.stream().filter(Break::assignment).toList();
					from = firstAfter(breaks, start, 0);
					continue;
				}
				for (int i = from; i < breaks.size() && best == null; i++) {
					Break b = breaks.get(i);
					if (b.rank(base, loop) != Break.NONE && b.next() < text.length()) {
						best = b;
					}
				}
				if (best == null) {
					break;
				}
			}
			out.append(prefix).append(text, start, best.end()).append('\n');
			start = best.next();
			base = best.depth();
			from = firstAfter(breaks, start, from);
			prefix = next;
		}
		return out.append(prefix).append(text, start, text.length()).toString();
	}

	/** The index of the first break that ends a line after {@code start}. */
	private static int firstAfter(List<Break> breaks, int start, int from) {
		int i = from;
		while (i < breaks.size() && breaks.get(i).end() <= start) {
			i++;
		}
		return i;
	}

	/**
	 * A place where a line of code may break: the end of the line before, the start of the next, the depth in
	 * parentheses, brackets and braces from the line's start, and whether it follows an {@code =} or precedes an
	 * operator.
	 */
	private record Break(int end, int next, int depth, boolean assignment, boolean operator) {

		static final int NONE = Integer.MAX_VALUE;

		/**
		 * How good a break it is in a rest of the line that starts at depth {@code base} (lower is better), or
		 * {@link #NONE} when it is none there: after a comma or before an operator, its depth from the rest's start;
		 * before the {@code :} of a loop 50 and after an {@code =} 100, as last resorts.
		 */
		int rank(int base, boolean loop) {
			int relative = depth - base;
			if (assignment) {
				return relative == 0 ? 100 : NONE;
			}
			return operator && loop && relative == 1 ? 50 : relative;
		}
	}

	/**
	 * {@code text} with the last string literal that starts before column {@code room} cut in two at its last space
	 * before it ({@code "a b"} as {@code "a " + "b"}, the same constant; {@code ("a " + "b").equals(x)} when a member
	 * of the literal is used, or it is cast), or {@code null} when no literal can be cut there.
	 */
	private static String cutLiteral(String text, int room) {
		int open = -1;
		int close = -1;
		for (int i = 0; i < text.length() && i < room; i++) {
			char c = text.charAt(i);
			if (close < open) {
				if (c == '\\') {
					i++;
				} else if (c == '"') {
					close = i;
				}
			} else if (c == '"') {
				open = i;
			} else if (c == '\'') {
				i = text.indexOf('\'', i + 1 + (i + 1 < text.length() && text.charAt(i + 1) == '\\' ? 1 : 0));
				if (i < 0) {
					return null;
				}
			}
		}
		// the last literal that starts before the limit, cut at a space of it where the piece and '" +' still fit
		int space = open < 0 ? -1 : text.lastIndexOf(' ', close > open ? Math.min(room - 4, close - 1) : room - 4);
		if (space <= open + 1) {
			return null;
		}
		String cut = text.substring(0, space + 1) + "\" + \"" + text.substring(space + 1);
		// a member of the literal ("a b".equals(x)) or a cast of it binds tighter than '+': the pieces are parenthesized
		int end = closingQuote(text, open) + 1;
		boolean member = end > 0 && end < text.length() && text.charAt(end) == '.';
		boolean cast = text.substring(0, open).stripTrailing().endsWith(")");
		if (!member && !cast) {
			return cut;
		}
		int shift = cut.length() - text.length();
		return cut.substring(0, open) + "(" + cut.substring(open, end + shift) + ")" + cut.substring(end + shift);
	}

	/**
	 * Where a line of code may break, outside string and character literals, in order: after {@code ", "}; before
	 * {@code " && "}, {@code " || "}, {@code " ? "}, {@code " : "} and {@code " + "}; after {@code " = "}.
	 */
	private static List<Break> breaks(String text) {
		List<Break> breaks = new ArrayList<>();
		int depth = 0;
		char quote = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				if (c == '\\') {
					i++;
				} else if (c == quote) {
					quote = 0;
				}
			} else if (c == '"' || c == '\'') {
				quote = c;
			} else if (c == '(' || c == '[' || c == '{') {
				depth++;
			} else if (c == ')' || c == ']' || c == '}') {
				depth--;
			} else if (c == ',' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
				breaks.add(new Break(i + 1, i + 2, depth, false, false));
			} else if (c == ' ' && operatorAt(text, i + 1)) {
				breaks.add(new Break(i, i + 1, depth, false, true));
			} else if (c == ' ' && text.startsWith("= ", i + 1)) {
				breaks.add(new Break(i + 2, i + 3, depth, true, false));
			}
		}
		return breaks;
	}

	private static boolean operatorAt(String text, int i) {
		for (String op : new String[] { "&& ", "|| ", "? ", ": ", "+ " }) {
			if (text.startsWith(op, i)) {
				return true;
			}
		}
		return false;
	}

	/** A comment line, wrapped between words; a one-line Javadoc comment becomes a block. */
	static String wrapComment(String line) {
		int tabs = leadingTabs(line);
		String indent = line.substring(0, tabs);
		String text = line.substring(tabs);
		if (text.startsWith("/** ") && text.endsWith(" */")) {
			return indent + "/**\n" + wrapWords(indent + " * ", text.substring(4, text.length() - 3)) + "\n" + indent
					+ " */";
		}
		String lead = text.startsWith("//") ? "// " : text.startsWith(" * ") ? " * " : "";
		if (lead.isEmpty() || !text.startsWith(lead)) {
			return line;
		}
		return wrapWords(indent + lead, text.substring(lead.length()));
	}

	private static String wrapWords(String prefix, String words) {
		StringBuilder out = new StringBuilder();
		StringBuilder current = new StringBuilder(prefix);
		boolean empty = true;
		for (String word : words.split(" ", -1)) {
			if (!empty && width(current.toString()) + 1 + word.length() > WIDTH) {
				out.append(current).append('\n');
				current = new StringBuilder(prefix);
				empty = true;
			}
			if (!empty) {
				current.append(' ');
			}
			current.append(word);
			empty = false;
		}
		return out.append(current).toString();
	}
}
