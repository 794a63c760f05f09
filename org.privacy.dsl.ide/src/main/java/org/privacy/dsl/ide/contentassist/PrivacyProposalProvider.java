package org.privacy.dsl.ide.contentassist;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.privacy.dsl.privacy.Compare;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Enumeration;
import org.privacy.dsl.privacy.Expression;
import org.privacy.dsl.privacy.FieldAccess;
import org.privacy.dsl.privacy.Membership;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Reference;
import org.privacy.dsl.privacy.Statement;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.services.PrivacyGrammarAccess;
import org.privacy.dsl.typing.PrivacyType;
import org.privacy.dsl.typing.PrivacyTypeComputer;

import com.google.inject.Inject;

/**
 * Completion for rule files. Besides Xtext's keywords: names as rules write them (terms of several words, with
 * {@code ^} before keywords), fields after a dot and bare fields of the rule's entity, the values of the enumeration
 * a comparison expects, data category keys after {@code category}, legal bases after {@code basis} and units after
 * the number of a deadline.
 */
public class PrivacyProposalProvider extends IdeContentProposalProvider {

	private static final PrivacyPackage P = PrivacyPackage.eINSTANCE;
	private static final int ENUM_VALUE_PRIORITY = 700;
	private static final int NAME_PRIORITY = 500;
	private static final int BASIS_PRIORITY = 900;

	@Inject
	private PrivacyGrammarAccess grammar;

	@Inject
	private PrivacyTypeComputer types;

	@Inject
	private WrittenNames written;

	@Override
	public void createProposals(Collection<ContentAssistContext> contexts, IIdeContentProposalAcceptor acceptor) {
		if (contexts.isEmpty()) {
			return;
		}
		ContentAssistContext first = contexts.iterator().next();
		String before = textBefore(first);
		List<ContentAssistEntry> units = DurationProposals.at(before);
		if (!units.isEmpty()) {
			int priority = NAME_PRIORITY;
			for (ContentAssistEntry unit : units) {
				acceptor.accept(unit, priority--);
			}
			return;
		}
		Set<String> offered = new HashSet<>();
		boolean namesExpected = false;
		for (ContentAssistContext context : contexts) {
			for (AbstractElement element : context.getFirstSetGrammarElements()) {
				if (element instanceof CrossReference ref && isName(ref)) {
					namesExpected = true;
				}
			}
		}
		super.createProposals(contexts, new DeduplicatingAcceptor(acceptor, offered));
		if (!namesExpected) {
			proposeContinuations(contexts, acceptor, offered);
		}
	}

	/** Words only: operators and brackets ({@code +}, {@code .}, {@code (}) are quicker typed than chosen. */
	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		String word = keyword.getValue();
		return Character.isLetter(word.charAt(0)) && word.chars().allMatch(Character::isLetterOrDigit); // log2
	}

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if ("bases".equals(assignment.getFeature())
				&& GrammarUtil.containingRule(assignment) == grammar.getRuleRule()) {
			int priority = BASIS_PRIORITY;
			for (ContentAssistEntry entry : LegalBasisProposals.matching(context.getPrefix())) {
				acceptor.accept(entry, priority--);
			}
			return;
		}
		if (assignment.getTerminal() instanceof CrossReference) {
			super._createProposals(assignment, context, acceptor);
		}
		// no placeholder proposals such as "value" or "amount" for literals
	}

	@Override
	protected void _createProposals(CrossReference reference, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		EReference eReference = referenceOf(reference);
		EObject model = context.getCurrentModel();
		if (eReference == null || model == null) {
			return;
		}
		if (eReference == P.getField_Category()) {
			proposeCategories(context, acceptor);
		} else if (eReference == P.getFieldAccess_Field()) {
			proposeFields(context, acceptor);
		} else if (eReference == P.getReference_Target() || eReference == P.getStatement_Subject()) {
			if (eReference == P.getReference_Target()) {
				proposeEnumValues(context, acceptor);
			}
			proposeNames(getScopeProvider().getScope(model, eReference), context, acceptor, false, Set.of());
		} else {
			proposeNames(getScopeProvider().getScope(model, eReference), context, acceptor, false, Set.of());
		}
	}

	/** Fields after a dot: those of the entity on the left of the dot. */
	private void proposeFields(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		EObject model = context.getCurrentModel();
		EObject scopeContext = model;
		if (!(model instanceof FieldAccess) && model instanceof Expression receiver) {
			// the parser has not built the access yet: the expression before the dot is its receiver
			PrivacyType type = types.typeOf(receiver);
			if (type.entity() == null) {
				return;
			}
			for (var field : type.entity().getFields()) {
				accept(written.phrase(field.getName()), field, context, acceptor, NAME_PRIORITY, false);
			}
			return;
		}
		proposeNames(getScopeProvider().getScope(scopeContext, P.getFieldAccess_Field()), context, acceptor, false,
				Set.of());
	}

	/** The values of the enumeration that the comparison or {@code is one of} around the caret expects. */
	private void proposeEnumValues(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		EObject model = context.getCurrentModel();
		PrivacyType expected = null;
		if (model instanceof Compare compare) {
			expected = types.typeOf(compare.getLeft());
		} else if (model instanceof Membership membership) {
			expected = types.typeOf(membership.getOperand());
		}
		if (expected == null) {
			return;
		}
		Enumeration enumeration = expected.enumeration();
		if (enumeration == null && expected.kind() == PrivacyType.Kind.WEEKDAY) {
			IEObjectDescription weekday = getScopeProvider().getScope(model, P.getTypeRef_Type())
					.getSingleElement(org.eclipse.xtext.naming.QualifiedName.create(PrivacyTypeComputer.WEEKDAY_ENUM));
			EObject resolved = weekday == null ? null
					: org.eclipse.emf.ecore.util.EcoreUtil.resolve(weekday.getEObjectOrProxy(), model);
			enumeration = resolved instanceof Enumeration e ? e : null;
		}
		if (enumeration == null || expected.list()) {
			return;
		}
		for (EnumValue value : enumeration.getValues()) {
			ContentAssistEntry entry = accept(written.phrase(value.getName()), value, context, acceptor,
					ENUM_VALUE_PRIORITY, false);
			if (entry != null) {
				entry.setKind(ContentAssistEntry.KIND_VALUE);
				entry.setDescription(enumeration.getName() + (value.getTitle() == null ? "" : ": " + value.getTitle()));
			}
		}
	}

	/** Data category keys after {@code category}, each as one proposal ({@code user.contact.email}). */
	private void proposeCategories(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		IScope scope = getScopeProvider().getScope(context.getCurrentModel(), P.getField_Category());
		Set<String> seen = new HashSet<>();
		for (IEObjectDescription description : scope.getAllElements()) {
			String key = getQualifiedNameConverter().toString(description.getName());
			if (key.startsWith("privacy.vocabulary.") || !seen.add(key)) {
				continue;
			}
			String proposal = written.dotted(key);
			if (!proposal.toLowerCase().startsWith(context.getPrefix().toLowerCase())) {
				continue;
			}
			ContentAssistEntry entry = new ContentAssistEntry();
			entry.setProposal(proposal);
			entry.setPrefix(context.getPrefix());
			entry.setKind(ContentAssistEntry.KIND_VALUE);
			entry.setSource(description);
			String title = description.getUserData("title");
			entry.setDescription(title != null ? title : key.startsWith("user") ? "personal data" : "category");
			if (acceptor.canAcceptMoreProposals()) {
				acceptor.accept(entry, NAME_PRIORITY);
			}
		}
	}

	/**
	 * Names of a scope, simple names only (the scope also holds qualified ones, which rules cannot write), as rules
	 * write them. With {@code continuationsOnly}, only names of several words whose first words are already typed.
	 */
	private void proposeNames(IScope scope, ContentAssistContext context, IIdeContentProposalAcceptor acceptor,
			boolean continuationsOnly, Set<String> offered) {
		Set<String> seen = new HashSet<>(offered);
		for (IEObjectDescription description : scope.getAllElements()) {
			if (!acceptor.canAcceptMoreProposals()) {
				return;
			}
			if (description.getName().getSegmentCount() != 1) {
				continue;
			}
			String name = description.getName().getFirstSegment();
			String proposal = written.phrase(name);
			if (!seen.add(proposal)) {
				continue;
			}
			accept(proposal, description, context, acceptor, NAME_PRIORITY, continuationsOnly);
		}
	}

	/**
	 * After the first words of a term's name ({@code requires sent ‸}) the parser takes the words for a whole name and
	 * expects what follows one: propose the names of several words that start with them.
	 */
	private void proposeContinuations(Collection<ContentAssistContext> contexts, IIdeContentProposalAcceptor acceptor,
			Set<String> offered) {
		for (ContentAssistContext context : contexts) {
			EObject previous = context.getPreviousModel();
			EReference reference = previous instanceof Reference ? P.getReference_Target()
					: previous instanceof Statement || previous instanceof org.privacy.dsl.privacy.Rule
							? P.getStatement_Subject() : null;
			INode last = context.getLastCompleteNode();
			if (reference == null || last == null || !isPartOfName(last)) {
				continue;
			}
			proposeNames(getScopeProvider().getScope(previous, reference), context, acceptor, true, offered);
			return;
		}
	}

	private ContentAssistEntry accept(String proposal, Object source, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor, int priority, boolean continuationsOnly) {
		TypedPrefix typed = new TypedPrefix(context.getRootNode().getText(), context.getOffset());
		String name = source instanceof IEObjectDescription d ? d.getName().getFirstSegment()
				: source instanceof org.privacy.dsl.privacy.Named n ? n.getName() : proposal;
		String prefix = typed.longestMatch(proposal, name);
		if (prefix == null || continuationsOnly && !TypedPrefix.spansWords(prefix)) {
			return null;
		}
		ContentAssistEntry entry = new ContentAssistEntry();
		entry.setProposal(proposal);
		entry.setPrefix(prefix);
		describe(entry, source);
		acceptor.accept(entry, priority);
		return entry;
	}

	private static void describe(ContentAssistEntry entry, Object source) {
		EClass eClass = source instanceof IEObjectDescription d ? d.getEClass()
				: source instanceof EObject o ? o.eClass() : null;
		if (source instanceof IEObjectDescription d) {
			entry.setSource(d);
		}
		if (eClass == null) {
			return;
		}
		entry.setDescription(eClass.getName().toLowerCase());
		if (eClass == P.getField()) {
			entry.setKind(ContentAssistEntry.KIND_FIELD);
		} else if (eClass == P.getTerm()) {
			entry.setKind(ContentAssistEntry.KIND_FUNCTION);
		} else if (eClass == P.getEntity()) {
			entry.setKind(ContentAssistEntry.KIND_CLASS);
		} else if (eClass == P.getEnumeration()) {
			entry.setKind(ContentAssistEntry.KIND_ENUM);
		} else if (eClass == P.getEnumValue()) {
			entry.setKind(ContentAssistEntry.KIND_VALUE);
		} else if (eClass == P.getParameter() || eClass == P.getVariable()) {
			entry.setKind(ContentAssistEntry.KIND_VARIABLE);
		} else {
			entry.setKind(ContentAssistEntry.KIND_REFERENCE);
		}
	}

	private boolean isName(CrossReference ref) {
		EReference eReference = referenceOf(ref);
		return eReference == P.getReference_Target() || eReference == P.getStatement_Subject();
	}

	private static EReference referenceOf(CrossReference ref) {
		EObject container = ref.eContainer();
		if (container instanceof Assignment assignment) {
			EClass type = (EClass) GrammarUtil.findCurrentType(assignment);
			return type == null ? (EReference) null : GrammarUtil.getReference(ref, type);
		}
		return null;
	}

	/** Whether a leaf belongs to a name of words (a term's name where it is used). */
	private boolean isPartOfName(INode node) {
		EObject element = node.getGrammarElement();
		AbstractRule rule = element instanceof RuleCall call ? GrammarUtil.containingRule(call)
				: element instanceof Keyword keyword ? GrammarUtil.containingRule(keyword)
						: element instanceof CrossReference ref ? GrammarUtil.containingRule(ref) : null;
		return rule == grammar.getPhraseRule() || rule == grammar.getPhraseBeforeInRule() || rule == grammar.getWordRule() || element instanceof CrossReference;
	}

	private static String textBefore(ContentAssistContext context) {
		String text = context.getRootNode().getText();
		int offset = Math.min(context.getOffset(), text.length());
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		return text.substring(lineStart, offset);
	}

	/** Passes entries on, dropping those with a proposal already given, and remembers what it passed. */
	private record DeduplicatingAcceptor(IIdeContentProposalAcceptor delegate, Set<String> offered)
			implements IIdeContentProposalAcceptor {
		@Override
		public void accept(ContentAssistEntry entry, int priority) {
			if (entry != null && offered.add(entry.getProposal())) {
				delegate.accept(entry, priority);
			}
		}

		@Override
		public boolean canAcceptMoreProposals() {
			return delegate.canAcceptMoreProposals();
		}
	}
}
