package org.privacy.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.privacy.dsl.ide.rename.NameSyntax;
import org.privacy.dsl.ide.rename.NodeText;
import org.privacy.dsl.privacy.Binary;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Statement;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * {@code optin requires ...} where {@code optin} is a condition term — make the rule about the term's entity and
 * move the condition into its {@code where}: {@code MessageSend where optin requires ...}. An event term has no
 * obvious replacement. The data is [term name]; the entity comes from the term's declaration.
 */
class NotAnActivityFix implements QuickFix {

	private static final PrivacyPackage P = PrivacyPackage.eINSTANCE;

	@Inject
	private NameSyntax syntax;

	@Inject
	private IScopeProvider scopes;

	@Override
	public String code() {
		return IssueCodes.NOT_AN_ACTIVITY;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		Statement statement = context.element(Statement.class);
		if (statement == null || !(statement.getSubject() instanceof Term term) || term.isEvent()
				|| term.getSubject() == null || term.getSubject().eIsProxy() || !isVisible(statement, term.getSubject())) {
			return List.of();
		}
		List<INode> subject = NodeModelUtils.findNodesForFeature(statement, P.getStatement_Subject());
		if (subject.isEmpty()) {
			return List.of();
		}
		ITextRegion from = NodeText.visibleRegion(subject.get(0));
		String entity = term.getSubject().getName();
		String condition = syntax.phrase(term.getName());
		int end = from.getOffset() + from.getLength();
		String replacement = entity + " where " + condition;
		if (statement.getFilter() != null) {
			ITextRegion filter = NodeText.visibleRegion(NodeModelUtils.findActualNodeFor(statement.getFilter()));
			String text = context.text(filter);
			boolean or = statement.getFilter() instanceof Binary b && "or".equals(b.getOp());
			replacement += " and " + (or ? "(" + text + ")" : text);
			end = filter.getOffset() + filter.getLength();
		}
		return List.of(context.action("Apply the rule to " + entity + " where " + condition,
				context.replace(from.getOffset(), end, replacement)));
	}

	/** Whether a rule subject written as the entity's simple name finds that entity. */
	private boolean isVisible(Statement statement, Entity entity) {
		IEObjectDescription found = scopes.getScope(statement, P.getStatement_Subject())
				.getSingleElement(QualifiedName.create(entity.getName()));
		if (found == null) {
			return false;
		}
		EObject resolved = EcoreUtil.resolve(found.getEObjectOrProxy(), statement);
		return resolved == entity;
	}
}
