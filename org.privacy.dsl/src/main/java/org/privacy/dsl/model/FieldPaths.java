package org.privacy.dsl.model;

import org.eclipse.emf.ecore.EObject;
import org.privacy.dsl.privacy.Aggregate;
import org.privacy.dsl.privacy.Count;
import org.privacy.dsl.privacy.Expression;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.FieldAccess;
import org.privacy.dsl.privacy.Parameter;
import org.privacy.dsl.privacy.Quantified;
import org.privacy.dsl.privacy.Reference;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.privacy.Variable;

/**
 * The field path an expression reads, as reports and data errors show it: {@code recipient.consents[].givenAt}. A
 * variable of {@code some}, {@code every}, {@code count} or an aggregate stands for the elements of its collection
 * ({@code consents[]}), an event term for the date-time it happens at, a parameter for its name; anything else reads
 * no field ({@code ""}). The generator's report paths and the list of fields a rule reads both come from here.
 */
public final class FieldPaths {
	private FieldPaths() {
	}

	public static String of(Expression e) {
		if (e instanceof FieldAccess access) {
			return of(access.getReceiver()) + "." + access.getField().getName();
		}
		if (e instanceof Reference ref) {
			EObject target = ref.getTarget();
			if (target instanceof Field f) {
				return f.getName();
			}
			if (target instanceof Variable v) {
				Expression collection = collectionOf(v);
				return collection == null ? v.getName() : of(collection) + "[]";
			}
			if (target instanceof Term t && t.isEvent()) {
				return of(t.getAt());
			}
			if (target instanceof Parameter p) {
				return p.getName();
			}
		}
		return "";
	}

	/** The collection whose elements a variable stands for, or {@code null} outside a quantifier or aggregate. */
	private static Expression collectionOf(Variable v) {
		EObject container = v.eContainer();
		if (container instanceof Quantified q) {
			return q.getCollection();
		}
		if (container instanceof Aggregate a) {
			return a.getCollection();
		}
		if (container instanceof Count c) {
			return c.getCollection();
		}
		return null;
	}
}
