package org.privacy.dsl.typing;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.privacy.dsl.privacy.Aggregate;
import org.privacy.dsl.privacy.AggregateFunction;
import org.privacy.dsl.privacy.Applicable;
import org.privacy.dsl.privacy.Arithmetic;
import org.privacy.dsl.privacy.Log2;
import org.privacy.dsl.privacy.Rounding;
import org.privacy.dsl.privacy.ValueList;
import org.privacy.dsl.privacy.ValueName;
import org.privacy.dsl.privacy.Binary;
import org.privacy.dsl.privacy.BooleanLiteral;
import org.privacy.dsl.privacy.CalendarTest;
import org.privacy.dsl.privacy.Compare;
import org.privacy.dsl.privacy.Count;
import org.privacy.dsl.privacy.DateLiteral;
import org.privacy.dsl.privacy.DateOf;
import org.privacy.dsl.privacy.DateTimeLiteral;
import org.privacy.dsl.privacy.DurationLiteral;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Enumeration;
import org.privacy.dsl.privacy.Expression;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.FieldAccess;
import org.privacy.dsl.privacy.LengthOf;
import org.privacy.dsl.privacy.Membership;
import org.privacy.dsl.privacy.Not;
import org.privacy.dsl.privacy.Now;
import org.privacy.dsl.privacy.NumberLiteral;
import org.privacy.dsl.privacy.Parameter;
import org.privacy.dsl.privacy.Presence;
import org.privacy.dsl.privacy.Quantified;
import org.privacy.dsl.privacy.Reference;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Shift;
import org.privacy.dsl.privacy.Statement;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.privacy.TextLiteral;
import org.privacy.dsl.privacy.TimeLiteral;
import org.privacy.dsl.privacy.TimeOf;
import org.privacy.dsl.privacy.Today;
import org.privacy.dsl.privacy.TypeRef;
import org.privacy.dsl.privacy.Variable;
import org.privacy.dsl.privacy.WeekdayOf;
import org.privacy.dsl.privacy.WithinHours;

import com.google.inject.Singleton;

/**
 * Computes the type of every expression, and which entity bare field names refer to. Used by scoping, validation and
 * the generator alike, so the three always agree.
 */
@Singleton
public class PrivacyTypeComputer {

	/** The name of the built-in enumeration of days; {@code weekday of} compares with its values. */
	public static final String WEEKDAY_ENUM = "Weekday";

	public PrivacyType typeOf(Expression e) {
		return typeOf(e, new HashSet<>());
	}

	private PrivacyType typeOf(Expression e, Set<Term> visiting) {
		if (e == null) {
			return PrivacyType.UNKNOWN;
		}
		if (e instanceof Binary || e instanceof Not || e instanceof Compare || e instanceof Presence
				|| e instanceof Membership || e instanceof Quantified || e instanceof BooleanLiteral
				|| e instanceof CalendarTest || e instanceof WithinHours) {
			return PrivacyType.BOOLEAN;
		}
		if (e instanceof Count || e instanceof LengthOf || e instanceof NumberLiteral || e instanceof Arithmetic
				|| e instanceof Rounding || e instanceof Log2) {
			return PrivacyType.NUMBER;
		}
		if (e instanceof TextLiteral) {
			return PrivacyType.TEXT;
		}
		if (e instanceof DateLiteral || e instanceof Today || e instanceof DateOf) {
			return PrivacyType.DATE;
		}
		if (e instanceof DateTimeLiteral || e instanceof Now) {
			return PrivacyType.DATETIME;
		}
		if (e instanceof TimeLiteral || e instanceof TimeOf) {
			return PrivacyType.TIME;
		}
		if (e instanceof WeekdayOf) {
			return PrivacyType.WEEKDAY;
		}
		if (e instanceof DurationLiteral) {
			return PrivacyType.DURATION;
		}
		if (e instanceof Shift shift) {
			return typeOf(shift.getBase(), visiting);
		}
		if (e instanceof Aggregate aggregate) {
			PrivacyType element = aggregateElement(aggregate, visiting);
			return aggregate.getFunction() == AggregateFunction.SUM && !element.is(PrivacyType.Kind.DURATION)
					? PrivacyType.NUMBER : element;
		}
		if (e instanceof ValueName name) {
			return name.getTarget() instanceof EnumValue value ? PrivacyType.of((Enumeration) value.eContainer())
					: PrivacyType.UNKNOWN;
		}
		if (e instanceof ValueList list) {
			return list.getItems().isEmpty() ? PrivacyType.UNKNOWN.asList()
					: typeOf(list.getItems().get(0), visiting).asList();
		}
		if (e instanceof FieldAccess access) {
			Field field = access.getField();
			return field == null || field.eIsProxy() ? PrivacyType.UNKNOWN : typeOf(field);
		}
		if (e instanceof Reference ref) {
			EObject target = ref.getTarget();
			if (target == null || target.eIsProxy()) {
				return PrivacyType.UNKNOWN;
			}
			if (target instanceof Field field) {
				return typeOf(field);
			}
			if (target instanceof Variable variable) {
				return typeOf(variable);
			}
			if (target instanceof Parameter parameter) {
				return typeOf(parameter.getValue(), visiting);
			}
			if (target instanceof EnumValue value) {
				Enumeration enumeration = (Enumeration) value.eContainer();
				return WEEKDAY_ENUM.equals(enumeration.getName()) ? PrivacyType.WEEKDAY : PrivacyType.of(enumeration);
			}
			if (target instanceof Term term) {
				if (term.isEvent()) {
					if (!visiting.add(term)) {
						return PrivacyType.UNKNOWN;
					}
					return typeOf(term.getAt(), visiting);
				}
				return PrivacyType.BOOLEAN;
			}
		}
		return PrivacyType.UNKNOWN;
	}

	/**
	 * The type of the values an aggregate compares or adds: its value per element ({@code c.contactedAt for c in
	 * contacts}), the elements of its list ({@code latest of dates}), or its values ({@code maximum of a, b}).
	 */
	public PrivacyType aggregateElement(Aggregate aggregate) {
		return aggregateElement(aggregate, new HashSet<>());
	}

	private PrivacyType aggregateElement(Aggregate aggregate, Set<Term> visiting) {
		PrivacyType value = typeOf(aggregate.getValue(), visiting);
		if (aggregate.getVar() != null || !aggregate.getValues().isEmpty()) {
			return value;
		}
		return value.list() ? value.element() : value;
	}

	/**
	 * Whether an aggregate may have no value: the latest, earliest, minimum or maximum of a list that is empty or
	 * whose elements all fail the filter. Such a value is read like an optional field.
	 */
	public static boolean mayBeMissing(Aggregate aggregate) {
		return aggregate.getFunction() != AggregateFunction.SUM && aggregate.getValues().isEmpty();
	}

	public PrivacyType typeOf(Field field) {
		TypeRef ref = field.getType();
		if (ref == null) {
			return PrivacyType.UNKNOWN;
		}
		PrivacyType single;
		if (ref.getType() != null) {
			if (ref.getType().eIsProxy()) {
				single = PrivacyType.UNKNOWN;
			} else if (ref.getType() instanceof Entity entity) {
				single = PrivacyType.of(entity);
			} else {
				Enumeration enumeration = (Enumeration) ref.getType();
				single = WEEKDAY_ENUM.equals(enumeration.getName()) ? PrivacyType.WEEKDAY : PrivacyType.of(enumeration);
			}
		} else {
			single = switch (ref.getPrimitive()) {
				case TEXT -> PrivacyType.TEXT;
				case NUMBER -> PrivacyType.NUMBER;
				case BOOLEAN -> PrivacyType.BOOLEAN;
				case DATE -> PrivacyType.DATE;
				case DATETIME -> PrivacyType.DATETIME;
				case DURATION -> PrivacyType.DURATION;
				case TIME -> PrivacyType.TIME;
			};
		}
		return ref.isList() ? single.asList() : single;
	}

	/** The type of a quantifier's variable: an element of the collection it ranges over. */
	public PrivacyType typeOf(Variable variable) {
		EObject container = variable.eContainer();
		Expression collection = container instanceof Quantified q ? q.getCollection()
				: container instanceof Count c ? c.getCollection()
				: container instanceof Aggregate a ? a.getCollection() : null;
		PrivacyType type = typeOf(collection);
		return type.list() ? type.element() : PrivacyType.UNKNOWN;
	}

	/**
	 * The entity whose fields bare names refer to at {@code context}: the entity a term is about, or the entity of a
	 * rule's subject; {@code null} where there is none (parameters) or it cannot be known yet.
	 */
	public Entity subjectEntity(EObject context) {
		for (EObject c = context; c != null; c = c.eContainer()) {
			if (c instanceof Term term) {
				Entity e = term.getActivity() != null ? term.getActivity() : term.getSubject();
				return e == null || e.eIsProxy() ? null : e;
			}
			if (c instanceof Rule rule) {
				return rule.getStatement() == null ? null : subjectEntity(rule.getStatement().getSubject());
			}
			if (c instanceof Statement statement) {
				return subjectEntity(statement.getSubject());
			}
		}
		return null;
	}

	/** The entity a rule subject stands for: the entity itself, or the entity of an activity term. */
	public Entity subjectEntity(Applicable subject) {
		if (subject == null || subject.eIsProxy()) {
			return null;
		}
		if (subject instanceof Entity entity) {
			return entity;
		}
		Term term = (Term) subject;
		Entity e = term.getActivity() != null ? term.getActivity() : term.getSubject();
		return e == null || e.eIsProxy() ? null : e;
	}
}
