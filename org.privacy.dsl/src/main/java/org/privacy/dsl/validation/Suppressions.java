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

	private Suppressions() {
	}

	/** Whether {@code issue}, a diagnostic of {@code resource}, is a warning or a note its file silences. */
	public static boolean isSuppressed(Resource resource, Issue issue) {
		if (issue.getSeverity() == Severity.ERROR || issue.getCode() == null || issue.getLineNumber() == null
				|| !(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
			return false;
		}
		String[] lines = xtext.getParseResult().getRootNode().getText().split("\r?\n", -1);
		int line = issue.getLineNumber();
		if (allows(lines, line, issue.getCode())) {
			return true;
		}
		Integer offset = issue.getOffset();
		EObject root = xtext.getContents().isEmpty() ? null : xtext.getContents().get(0);
		if (offset == null || !(root instanceof Model model)) {
			return false;
		}
		for (Element element : model.getElements()) {
			ICompositeNode node = NodeModelUtils.getNode(element);
			if (node != null && node.getOffset() <= offset && offset < node.getEndOffset()) {
				return allows(lines, NodeModelUtils.getTokenText(node).isEmpty() ? node.getStartLine()
						: firstTokenLine(node), issue.getCode());
			}
		}
		return false;
	}

	/** The codes named by the comments on the lines just above line {@code line} (1-based). */
	static List<String> allowedAbove(String[] lines, int line) {
		List<String> codes = new ArrayList<>();
		for (int i = line - 2; i >= 0 && i < lines.length; i--) {
			String text = lines[i].strip();
			if (!text.startsWith("//")) {
				break;
			}
			Matcher m = ALLOW.matcher(text);
			if (m.matches()) {
				for (String code : m.group(1).split("\\s*,\\s*")) {
					String plain = code.toLowerCase(Locale.ROOT);
					codes.add(plain.startsWith("privacy.") ? plain : "privacy." + plain);
				}
			}
		}
		return codes;
	}

	private static boolean allows(String[] lines, int line, String code) {
		return allowedAbove(lines, line).contains(code);
	}

	private static int firstTokenLine(ICompositeNode node) {
		for (var leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf.getStartLine();
			}
		}
		return node.getStartLine();
	}
}
