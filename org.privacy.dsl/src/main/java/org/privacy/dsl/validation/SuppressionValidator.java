package org.privacy.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.privacy.dsl.naming.Spelling;
import org.privacy.dsl.privacy.Model;

/**
 * {@code // privacy: allow CODE} comments ({@link Suppressions}) name codes that exist: a misspelt code would
 * silence nothing, and the warning it was meant for would come back with no word of why.
 */
public class SuppressionValidator extends ConcernValidator {

	private static final Set<String> CODES = IssueCodes.all();

	@Check
	public void allowedCodesExist(Model model) {
		ICompositeNode root = NodeModelUtils.getNode(model);
		if (root == null) {
			return;
		}
		// the whole file's comments, not just the model's: an allow comment may come before the first declaration
		for (ILeafNode leaf : root.getRootNode().getLeafNodes()) {
			if (!leaf.isHidden() || !(leaf.getGrammarElement() instanceof TerminalRule rule)
					|| !"SL_COMMENT".equals(rule.getName())) {
				continue;
			}
			for (Suppressions.Written written : Suppressions.codesIn(leaf.getText())) {
				if (!CODES.contains(written.full())) {
					unknown(model, leaf, written);
				}
			}
		}
	}

	private void unknown(Model model, ILeafNode leaf, Suppressions.Written written) {
		List<String> plain = new ArrayList<>();
		for (String code : CODES) {
			plain.add(code.substring("privacy.".length()));
		}
		String bare = written.full().substring("privacy.".length());
		String suggestion = Spelling.nearest(bare, plain);
		warningAt(Messages.unknownAllowCode(written.code(), suggestion), model, leaf.getOffset() + written.offset(),
				written.length(),
				suggestion == null ? new String[] { written.code() } : new String[] { written.code(), suggestion });
	}
}
