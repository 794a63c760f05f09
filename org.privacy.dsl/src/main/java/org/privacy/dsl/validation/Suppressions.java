package org.privacy.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.privacy.dsl.privacy.Element;
import org.privacy.dsl.privacy.Model;

/**
 * Warnings the author chose to keep, said in the file next to the reason: a comment
 * {@code // privacy: allow unguarded-optional} on the lines just above a declaration (a rule, a term, an entity...)
 * silences that warning in the whole declaration, and on the line just above any other line, on that line only.
 * Several codes are separated by commas; the {@code privacy.} prefix may be left out. Errors cannot be silenced.
 */
public final class Suppressions {

	private static final Pattern ALLOW = Pattern.compile("^\\s*//\\s*privacy:\\s*allow\\s+(.+?)\\s*$");

	/** One code of an allow comment: anything between the commas. */
	private static final Pattern CODE = Pattern.compile("[^,\\s]+");

	private Suppressions() {
	}

	/**
	 * Whether {@code issue}, a diagnostic of {@code resource}, is a warning or a note its file silences. Only the
	 * comment lines just above are read, never the whole text: a file may have thousands of warnings.
	 */
	public static boolean isSuppressed(Resource resource, Issue issue) {
		if (issue.getSeverity() == Severity.ERROR || issue.getCode() == null || issue.getOffset() == null
				|| !(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
			return false;
		}
		String text = xtext.getParseResult().getRootNode().getText();
		int offset = Math.min(issue.getOffset(), text.length());
		if (allowedAbove(text, lineStart(text, offset)).contains(issue.getCode())) {
			return true;
		}
		EObject root = xtext.getContents().isEmpty() ? null : xtext.getContents().get(0);
		if (!(root instanceof Model model)) {
			return false;
		}
		for (Element element : model.getElements()) {
			ICompositeNode node = NodeModelUtils.getNode(element);
			if (node != null && node.getOffset() <= offset && offset < node.getEndOffset()) {
				return allowedAbove(text, lineStart(text, firstTokenOffset(node))).contains(issue.getCode());
			}
		}
		return false;
	}

	/** The codes named by the comments on the lines just above the line that starts at {@code start}. */
	static List<String> allowedAbove(String text, int start) {
		List<String> codes = new ArrayList<>();
		int end = start - 1; // the line break ending the line above
		while (end >= 0) {
			int from = lineStart(text, end);
			String line = text.substring(from, end).strip();
			if (!line.startsWith("//")) {
				break;
			}
			Matcher m = ALLOW.matcher(line);
			if (m.matches()) {
				for (String code : m.group(1).split("\\s*,\\s*")) {
					String plain = code.toLowerCase(Locale.ROOT);
					codes.add(plain.startsWith("privacy.") ? plain : "privacy." + plain);
				}
			}
			end = from - 1;
		}
		return codes;
	}

	/** A code as written in an allow comment, with its place in the comment's text. */
	public record Written(String code, int offset, int length) {

		/** The code with its {@code privacy.} prefix, in lower case, as diagnostics carry it. */
		public String full() {
			String plain = code.toLowerCase(Locale.ROOT);
			return plain.startsWith("privacy.") ? plain : "privacy." + plain;
		}
	}

	/** The codes a comment allows, as written; none when it is no {@code // privacy: allow} comment. */
	public static List<Written> codesIn(String comment) {
		List<Written> codes = new ArrayList<>();
		Matcher m = ALLOW.matcher(comment.stripTrailing());
		if (m.matches()) {
			Matcher code = CODE.matcher(m.group(1));
			while (code.find()) {
				codes.add(new Written(code.group(), m.start(1) + code.start(), code.group().length()));
			}
		}
		return codes;
	}

	/** The offset where the line holding {@code offset} starts. */
	private static int lineStart(String text, int offset) {
		return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
	}

	private static int firstTokenOffset(ICompositeNode node) {
		for (var leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf.getOffset();
			}
		}
		return node.getOffset();
	}
}
