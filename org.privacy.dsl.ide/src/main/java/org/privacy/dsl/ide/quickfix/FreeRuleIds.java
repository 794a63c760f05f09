package org.privacy.dsl.ide.quickfix;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.privacy.dsl.model.JavaNames;
import org.privacy.dsl.privacy.Element;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Rule;

import com.google.inject.Inject;

/**
 * A rule id no other rule of the package uses, in its files or in the index, and whose Java names (a constant and a
 * method of the generated class) no other rule of the file takes: {@code MKT-01} gives {@code MKT-01-2}, or
 * {@code MKT-01-3} if that is taken.
 */
class FreeRuleIds {

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private ResourceDescriptionsProvider indexes;

	String freeIdFor(Rule rule) {
		Set<String> ids = new HashSet<>();
		Set<String> javaNames = new HashSet<>(JavaNames.CONSTANTS_IN_USE);
		QualifiedName own = names.getFullyQualifiedName(rule);
		if (own != null) {
			QualifiedName pkg = own.skipLast(1);
			for (IEObjectDescription d : indexes.getResourceDescriptions(rule.eResource())
					.getExportedObjectsByType(PrivacyPackage.eINSTANCE.getRule())) {
				if (d.getName().skipLast(1).equals(pkg)) {
					ids.add(d.getName().getLastSegment());
				}
			}
		}
		Model model = EcoreUtil2.getContainerOfType(rule, Model.class);
		for (Element element : model.getElements()) {
			if (element instanceof Rule other && other.getName() != null) {
				ids.add(other.getName());
				if (other != rule) {
					javaNames.add(JavaNames.ruleConstant(other.getName()));
					javaNames.add(JavaNames.ruleFieldsConstant(other.getName()));
					javaNames.add(JavaNames.ruleMethod(other.getName()));
				}
			}
		}
		for (int n = 2;; n++) {
			String candidate = rule.getName() + "-" + n;
			if (!ids.contains(candidate) && !javaNames.contains(JavaNames.ruleConstant(candidate))
					&& !javaNames.contains(JavaNames.ruleFieldsConstant(candidate))
					&& !javaNames.contains(JavaNames.ruleMethod(candidate))) {
				return candidate;
			}
		}
	}
}
