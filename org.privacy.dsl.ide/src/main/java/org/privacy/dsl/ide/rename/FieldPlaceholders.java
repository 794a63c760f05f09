package org.privacy.dsl.ide.rename;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.privacy.dsl.model.Placeholders;
import org.privacy.dsl.privacy.Element;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.typing.PrivacyTypeComputer;

import com.google.inject.Inject;

/**
 * Where a field is named in text rather than by a reference: the {@code {placeholders}} of the {@code explain}
 * sentences of rules about the field's entity ({@code explain "account {account} stores ..."}).
 */
public class FieldPlaceholders {

	@Inject
	private PrivacyTypeComputer types;

	/** The regions of the field's name inside the placeholders of the rules of {@code model}. */
	public List<ITextRegion> in(Model model, Field field) {
		List<ITextRegion> regions = new ArrayList<>();
		for (Element element : model.getElements()) {
			if (!(element instanceof Rule rule) || rule.getExplanation() == null
					|| types.subjectEntity(rule) != field.eContainer()) {
				continue;
			}
			for (INode node : NodeModelUtils.findNodesForFeature(rule, PrivacyPackage.eINSTANCE.getRule_Explanation())) {
				Matcher m = Placeholders.PATTERN.matcher(node.getText());
				while (m.find()) {
					if (m.group(1).equals(field.getName())) {
						regions.add(new TextRegion(node.getOffset() + m.start(1), m.group(1).length()));
					}
				}
			}
		}
		return regions;
	}
}
