package org.privacy.dsl.typing;

import org.eclipse.emf.ecore.EObject;
import org.privacy.dsl.privacy.Expression;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.FieldAccess;
import org.privacy.dsl.privacy.Quantified;
import org.privacy.dsl.privacy.Reference;
import org.privacy.dsl.privacy.Statement;
import org.privacy.dsl.privacy.Term;

/**
 * A deadline per element of a list: {@code requires every r in recipients satisfies told within 1 month after
 * erasedAt}. The quantifier's condition is then the event each element must meet, not a condition, and the deadline's
 * start may name the element ({@code after r.addedAt}). Scoping, typing, validation and generation ask here.
 */
public final class ElementDeadline {
	private ElementDeadline() {
	}

	/** The quantifier a statement's deadline applies to element by element, or {@code null}. */
	public static Quantified of(Statement statement) {
		return statement != null && statement.getDeadline() != null
				&& statement.getRequirement() instanceof Quantified q ? q : null;
	}

	/** Whether {@code e} is the event of a per-element deadline: the condition of its quantifier. */
	public static boolean isEvent(EObject e) {
		return e != null && e.eContainer() instanceof Quantified q && q.getCondition() == e
				&& q.eContainer() instanceof Statement s && of(s) == q;
	}

	/** The event term an element must meet ({@code told}), or {@code null} when the event is a date-time. */
	public static Term eventTerm(Quantified q) {
		Expression c = q.getCondition();
		return c instanceof Reference r && r.getTarget() instanceof Term t && !t.eIsProxy() && t.isEvent() ? t : null;
	}

	/**
	 * Whether the start of a deadline may be missing, so that the deadline may not have started: it reads an
	 * optional field, directly or as the time of an event term. Shared by the validator and the generator.
	 */
	public static boolean startMayBeMissing(Expression start) {
		if (start instanceof org.privacy.dsl.privacy.Aggregate aggregate) {
			// 'latest of ...' of an empty list has no value: the deadline has not started
			return PrivacyTypeComputer.mayBeMissing(aggregate);
		}
		Field last = lastField(start);
		return last != null && last.isOptional();
	}

	private static Field lastField(Expression e) {
		if (e instanceof FieldAccess access) {
			return access.getField();
		}
		if (e instanceof Reference r && r.getTarget() instanceof Field f) {
			return f;
		}
		if (e instanceof Reference r && r.getTarget() instanceof Term t && t.isEvent()) {
			return lastField(t.getAt());
		}
		return null;
	}
}
