package org.privacy.dsl.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.privacy.dsl.generator.SourceText;
import org.privacy.dsl.privacy.Binary;
import org.privacy.dsl.privacy.Count;
import org.privacy.dsl.privacy.Expression;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.FieldAccess;
import org.privacy.dsl.privacy.Presence;
import org.privacy.dsl.privacy.Quantified;
import org.privacy.dsl.privacy.Reference;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Statement;
import org.privacy.dsl.privacy.Term;

/**
 * Optional fields read without a guard: {@code answeredAt before x} where {@code answeredAt} may be missing. At run
 * time a missing value makes the record a data error; a guard ({@code answeredAt is present and ...}) says what the
 * rule means when it is missing.
 */
public class OptionalFieldValidator extends ConcernValidator {


	@Check
	public void guarded(Reference ref) {
		if (ref.getTarget() instanceof Field field && field.isOptional() && !(ref.eContainer() instanceof FieldAccess)) {
			check(ref, field);
		}
	}

	@Check
	public void guarded(FieldAccess access) {
		if (access.getField() != null && access.getField().isOptional()
				&& !(access.eContainer() instanceof FieldAccess)) {
			check(access, access.getField());
		}
	}

	private void check(Expression read, Field field) {
		if (isExempt(read) || isGuarded(read, SourceText.of(read), new HashSet<>())) {
			return;
		}
		String path = SourceText.of(read);
		warning("'" + path + "' is optional and may be missing, which makes the record a data error; guard it: '"
				+ path + " is present and ...' or '" + path + " is missing or ...'", read, null,
				IssueCodes.UNGUARDED_OPTIONAL, path);
	}

	/**
	 * Reads that handle a missing value themselves: presence tests, the time of an event, and a date-time required
	 * within a deadline (missing means overdue or pending).
	 */
	private static boolean isExempt(Expression read) {
		EObject container = read.eContainer();
		if (container instanceof Presence) {
			return true;
		}
		if (container instanceof Statement s && s.getRequirement() == read && s.getDeadline() != null) {
			return true;
		}
		return container instanceof Term term && term.getAt() == read;
	}

	/**
	 * Whether a left operand of an enclosing 'and' tests presence, or of an enclosing 'or' tests absence, or the rule
	 * only applies where the field is present (its 'where' or its activity's condition say so). A read inside a
	 * condition or event term is guarded when every use of the term is: the term is read on the records of the rules
	 * (or terms) that use it.
	 */
	private static boolean isGuarded(EObject read, String path, Set<Term> visited) {
		EObject child = read;
		for (EObject c = read.eContainer(); c != null; child = c, c = c.eContainer()) {
			if (c instanceof Rule rule && rule.getStatement() != null && child != rule.getStatement()
					|| c instanceof Statement) {
				Statement s = c instanceof Statement st ? st : ((Rule) c).getStatement();
				if (child != s.getFilter() && requiresPresence(s, path)) {
					return true;
				}
			}
			if (c instanceof Binary b && b.getRight() == child) {
				boolean wanted = "and".equals(b.getOp());
				for (Presence p : EcoreUtil2.eAllOfType(b.getLeft(), Presence.class)) {
					if (p.isPresent() == wanted && path.equals(SourceText.of(p.getOperand()))) {
						return true;
					}
				}
				if (b.getLeft() instanceof Presence p && p.isPresent() == wanted
						&& path.equals(SourceText.of(p.getOperand()))) {
					return true;
				}
			}
			if (c instanceof Term term && term.getSubject() != null) {
				return usesAreGuarded(term, path, visited);
			}
		}
		return false;
	}

	/** Whether the term is used, and every use of it in the files loaded with it guards {@code path}. */
	private static boolean usesAreGuarded(Term term, String path, Set<Term> visited) {
		if (!visited.add(term) || term.eResource() == null || term.eResource().getResourceSet() == null) {
			return false;
		}
		List<Reference> uses = new ArrayList<>();
		for (Resource resource : List.copyOf(term.eResource().getResourceSet().getResources())) {
			for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				if (it.next() instanceof Reference ref && !ref.eIsProxy() && ref.getTarget() == term) {
					uses.add(ref);
				}
			}
		}
		try {
			return !uses.isEmpty() && allGuarded(uses, path, visited);
		} finally {
			visited.remove(term); // a cycle guard, not a memo: another use may reach this term again
		}
	}

	private static boolean allGuarded(List<Reference> uses, String path, Set<Term> visited) {
		for (Reference use : uses) {
			// a term used inside 'some ... satisfies' or 'count of' may be read on other records than the rule's
			boolean onOtherRecords = EcoreUtil2.getContainerOfType(use, Quantified.class) != null
					|| EcoreUtil2.getContainerOfType(use, Count.class) != null;
			if (onOtherRecords || !isGuarded(use, path, visited)) {
				return false;
			}
		}
		return true;
	}

	/** Whether the statement's filter or its activity's condition, as a conjunction, tests {@code path} is present. */
	private static boolean requiresPresence(Statement s, String path) {
		Expression activity = s.getSubject() instanceof Term t && !t.eIsProxy() ? t.getCondition() : null;
		for (Expression condition : new Expression[] { s.getFilter(), activity }) {
			for (Expression conjunct : conjuncts(condition)) {
				if (conjunct instanceof Presence p && p.isPresent() && path.equals(SourceText.of(p.getOperand()))) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<Expression> conjuncts(Expression e) {
		List<Expression> result = new ArrayList<>();
		if (e instanceof Binary b && "and".equals(b.getOp())) {
			result.addAll(conjuncts(b.getLeft()));
			result.addAll(conjuncts(b.getRight()));
		} else if (e != null) {
			result.add(e);
		}
		return result;
	}
}
