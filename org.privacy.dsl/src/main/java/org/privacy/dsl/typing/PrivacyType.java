package org.privacy.dsl.typing;

import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Enumeration;

/**
 * The type of an expression: a kind, the declaration for enumerations and entities, and whether it is a list.
 */
public record PrivacyType(Kind kind, Object declaration, boolean list) {

	/** The kinds of value the language knows. */
	public enum Kind {
		TEXT("text"), NUMBER("number"), BOOLEAN("true or false"), DATE("a date"), DATETIME("a date-time"),
		DURATION("a length of time"), TIME("a time of day"), WEEKDAY("a day of the week"), ENUM("a named value"),
		ENTITY("a record"), UNKNOWN("unknown");

		private final String words;

		Kind(String words) {
			this.words = words;
		}

		/** How messages name the kind. */
		public String words() {
			return words;
		}
	}

	public static final PrivacyType TEXT = new PrivacyType(Kind.TEXT, null, false);
	public static final PrivacyType NUMBER = new PrivacyType(Kind.NUMBER, null, false);
	public static final PrivacyType BOOLEAN = new PrivacyType(Kind.BOOLEAN, null, false);
	public static final PrivacyType DATE = new PrivacyType(Kind.DATE, null, false);
	public static final PrivacyType DATETIME = new PrivacyType(Kind.DATETIME, null, false);
	public static final PrivacyType DURATION = new PrivacyType(Kind.DURATION, null, false);
	public static final PrivacyType TIME = new PrivacyType(Kind.TIME, null, false);
	public static final PrivacyType WEEKDAY = new PrivacyType(Kind.WEEKDAY, null, false);
	public static final PrivacyType UNKNOWN = new PrivacyType(Kind.UNKNOWN, null, false);

	public static PrivacyType of(Enumeration enumeration) {
		return new PrivacyType(Kind.ENUM, enumeration, false);
	}

	public static PrivacyType of(Entity entity) {
		return new PrivacyType(Kind.ENTITY, entity, false);
	}

	public PrivacyType asList() {
		return new PrivacyType(kind, declaration, true);
	}

	/** The type of one element of a list. */
	public PrivacyType element() {
		return new PrivacyType(kind, declaration, false);
	}

	public boolean is(Kind k) {
		return kind == k && !list;
	}

	public boolean isUnknown() {
		return kind == Kind.UNKNOWN;
	}

	/** Whether values of this type are points in time: dates and date-times. */
	public boolean isTime() {
		return !list && (kind == Kind.DATE || kind == Kind.DATETIME);
	}

	public Entity entity() {
		return declaration instanceof Entity e ? e : null;
	}

	public Enumeration enumeration() {
		return declaration instanceof Enumeration e ? e : null;
	}

	/** How messages name the type: "a date-time", "a list of Consent", "a value of RiskLevel". */
	public String describe() {
		String single = switch (kind) {
			case ENUM -> "a value of " + (enumeration() == null ? "an enumeration" : enumeration().getName());
			case ENTITY -> entity() == null ? "a record" : "a " + entity().getName();
			default -> kind.words();
		};
		if (!list) {
			return single;
		}
		return "a list of " + switch (kind) {
			case ENUM -> enumeration() == null ? "values" : enumeration().getName();
			case ENTITY -> entity() == null ? "records" : entity().getName();
			default -> kind.words();
		};
	}

	/** Whether a value of this type can be compared with one of {@code other} (unknown types compare with anything). */
	public boolean comparableWith(PrivacyType other) {
		if (isUnknown() || other.isUnknown()) {
			return true;
		}
		if (list || other.list) {
			return false;
		}
		if (kind != other.kind) {
			return false;
		}
		return declaration == null || other.declaration == null || declaration == other.declaration;
	}
}
