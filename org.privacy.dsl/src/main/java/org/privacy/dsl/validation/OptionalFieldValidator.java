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
import org.privacy.dsl.model.SourceText;
import org.privacy.dsl.privacy.Aggregate;
import org.privacy.dsl.privacy.Binary;
import org.privacy.dsl.privacy.Count;
import org.privacy.dsl.privacy.Deadline;
import org.privacy.dsl.privacy.Expression;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.FieldAccess;
import org.privacy.dsl.privacy.Presence;
import org.privacy.dsl.privacy.Quantified;
import org.privacy.dsl.privacy.Reference;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Statement;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.typing.ElementDeadline;

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

	/** {@code latest of c.at for c in contacts}: missing when no element counts, read like an optional field. */
	@Check
	public void guarded(Aggregate aggregate) {
		if (org.privacy.dsl.typing.PrivacyTypeComputer.mayBeMissing(aggregate)) {
			check(aggregate, Messages::unguardedAggregate);
		}
	}

	private void check(Expression read, Field field) {
		check(read, Messages::unguardedOptional);
	}

	private void check(Expression read, java.util.function.Function<String, Message> unguarded) {
		if (isExempt(read) || isGuarded(read, unparenthesized(read), new HashSet<>())) {
			return;
		}
		String path = unparenthesized(read);
		warning(unguarded.apply(path), read, null, path);
	}

	/**
	 * Reads that handle a missing value themselves: presence tests, the time of an event, a date-time required
	 * within a deadline, for the whole record or per element (missing means overdue or pending), the start of a
	 * deadline (missing means the deadline has not started), and the fields a rule {@code needs} (missing is a data
	 * error the rule reports before judging).
	 */
	/** Whether {@code read} is a length of a deadline, alone or added up: missing, it adds nothing (no extension). */
	private static boolean inDeadlineLength(Expression read) {
		EObject child = read;
		EObject parent = read.eContainer();
		while (parent instanceof org.privacy.dsl.privacy.Shift) {
			child = parent;
			parent = parent.eContainer();
		}
		return parent instanceof Deadline d && d.getSpan() == child;
	}

	private static boolean isExempt(Expression read) {
		EObject container = read.eContainer();
		if (container instanceof Presence || ElementDeadline.isEvent(read)) {
			return true;
		}
		if (container instanceof Statement s && s.getRequirement() == read && s.getDeadline() != null) {
			return true;
		}
		if (container instanceof Deadline d && d.getFrom() == read) {
			return true;
		}
		if (inDeadlineLength(read)) {
			return true;
		}
		if (container instanceof Term term && (term.getAt() == read || term.getFrom() == read)) {
			return true;
		}
		Rule rule = EcoreUtil2.getContainerOfType(read, Rule.class);
		Field field = read instanceof Reference r && r.getTarget() instanceof Field f ? f : null;
		if (rule == null || field == null) {
			return false;
		}
		return rule.getNeeds().contains(field) || field.getRequiredWhen() != null && rule.getStatement() != null
				&& inCaseWhereRequired(rule.getStatement(), field);
	}

	/**
	 * Whether the rule only applies where a field marked {@code required when} is required: its 'where' or its
	 * activity's condition says so, as a conjunction, in the same words. There a missing value is a data error.
	 */
	private static boolean inCaseWhereRequired(Statement s, Field field) {
		String when = SourceText.of(field.getRequiredWhen()).replaceAll("\\s+", " ");
		Expression activity = s.getSubject() instanceof Term t && !t.eIsProxy() ? t.getCondition() : null;
		for (Expression condition : new Expression[] { s.getFilter(), activity }) {
			for (Expression conjunct : conjuncts(condition)) {
				if (SourceText.of(conjunct).replaceAll("\\s+", " ").equals(when)) {
					return true;
				}
			}
		}
		return false;
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
					if (p.isPresent() == wanted && path.equals(unparenthesized(p.getOperand()))) {
						return true;
					}
				}
				if (b.getLeft() instanceof Presence p && p.isPresent() == wanted
						&& path.equals(unparenthesized(p.getOperand()))) {
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
				if (conjunct instanceof Presence p && p.isPresent() && path.equals(unparenthesized(p.getOperand()))) {
					return true;
				}
			}
		}
		return false;
	}

	private static String unparenthesized(Expression e) {
		return SourceText.unparenthesized(e);
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
