package org.privacy.dsl.validation;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every diagnostic the compiler gives has one of these codes. Tests assert the code and the position, never the
 * wording; quick fixes are keyed by code. Each constant shows a file that triggers it; the sentences said with each
 * code are in {@link Messages}, grouped under it.
 */
public final class IssueCodes {
	private IssueCodes() {
	}

	private static final String PREFIX = "privacy.";

	/** Every code of this class, read from its constants. */
	public static Set<String> all() {
		Set<String> codes = new TreeSet<>();
		for (Field f : IssueCodes.class.getFields()) {
			if (f.getType() == String.class && Modifier.isStatic(f.getModifiers())) {
				try {
					codes.add((String) f.get(null));
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		return Collections.unmodifiableSet(codes);
	}

	/** {@code rule MKT-01 "t" email marketing requires} — the text does not follow the grammar. */
	public static final String SYNTAX = PREFIX + "syntax";

	/** {@code email marketing requires optn} — no term, field, parameter or value has that name. */
	public static final String UNKNOWN_NAME = PREFIX + "unknown-name";

	/** Two rules {@code rule MKT-01 ...} in one package. */
	public static final String DUPLICATE_RULE_ID = PREFIX + "duplicate-rule-id";

	/** Two declarations (entities, terms, fields of one entity, enumeration values) with the same name. */
	public static final String DUPLICATE_NAME = PREFIX + "duplicate-name";

	/** {@code rule X "t" Consent requires advertiserNamed} — no {@code basis} line. */
	public static final String MISSING_BASIS = PREFIX + "missing-basis";

	/** {@code where givenAt = "yesterday"} — the two sides of a comparison are of different types. */
	public static final String TYPE_MISMATCH = PREFIX + "type-mismatch";

	/** {@code requires retentionPeriod} — a condition is expected, and this is not true or false. */
	public static final String NOT_A_CONDITION = PREFIX + "not-a-condition";

	/** {@code where name + 3 days} or {@code within 72h after channel} — a length of time on something not a time. */
	public static final String DURATION_ON_NON_TIME = PREFIX + "duration-on-non-time";

	/** {@code where count of flows / 0 > 1} — a division by the number 0. */
	public static final String DIVISION_BY_ZERO = PREFIX + "division-by-zero";

	/** {@code where retentionPeriod <= 1 month} with {@code parameter retentionPeriod = 30 days}, or {@code 1 month + 2 days}. */
	public static final String CALENDAR_DEPENDENT_COMPARISON = PREFIX + "calendar-dependent-comparison";

	/** {@code requires advertiserNamed within 72h} — a deadline needs an event or a date-time to meet it. */
	public static final String DEADLINE_NEEDS_EVENT = PREFIX + "deadline-needs-event";

	/** {@code within 1 month} for an event with no {@code counted from} and no {@code after}. */
	public static final String DEADLINE_WITHOUT_START = PREFIX + "deadline-without-start";

	/**
	 * {@code requires some r in recipients satisfies told within 1 month after erasedAt} — a deadline per element
	 * needs {@code every}: each element then gets its own outcome.
	 */
	public static final String DEADLINE_NEEDS_EVERY = PREFIX + "deadline-needs-every";

	/**
	 * {@code within 1 month after receivedAt, pending while missing} where {@code receivedAt} is not optional: the
	 * deadline always starts, so the clause never applies.
	 */
	public static final String START_NEVER_MISSING = PREFIX + "start-never-missing";

	/** {@code unless risk is missing} where {@code risk} is not optional: the exception can never apply. */
	public static final String EXCEPTION_NEVER_APPLIES = PREFIX + "exception-never-applies";

	/** {@code requires answeredAt before receivedAt + 1 month} with {@code answeredAt} optional and no guard. */
	public static final String UNGUARDED_OPTIONAL = PREFIX + "unguarded-optional";

	/** A condition term for one entity used in a rule about another. */
	public static final String WRONG_ENTITY = PREFIX + "wrong-entity";

	/** {@code term a for X: b} and {@code term b for X: a}. */
	public static final String CYCLIC_TERM = PREFIX + "cyclic-term";

	/** {@code entity X bound to "com.acme.X"} where the class is not on the class path: fields are not checked. */
	public static final String BOUND_CLASS_NOT_FOUND = PREFIX + "bound-class-not-found";

	/** A field of a bound entity that the Java class does not have. */
	public static final String BOUND_FIELD_MISSING = PREFIX + "bound-field-missing";

	/** A field of a bound entity whose Java getter returns an incompatible type. */
	public static final String BOUND_FIELD_TYPE = PREFIX + "bound-field-type";

	/**
	 * A way of reading a field that does not fit it: {@code n: number from epoch millis}, {@code tags: text empty when
	 * missing}, {@code id: text from attributes key "id" key}, or a {@code via}/{@code sharing} list that matches
	 * records by a field read from milliseconds or from a map.
	 */
	public static final String INVALID_FIELD_SOURCE = PREFIX + "invalid-field-source";

	/** Two fields marked {@code key} in one entity. */
	public static final String MULTIPLE_KEYS = PREFIX + "multiple-keys";

	/** {@code list of Consent via channel} where {@code channel} does not refer back to this entity. */
	public static final String INVALID_VIA = PREFIX + "invalid-via";

	/**
	 * {@code list of Call sharing personId} where {@code Call} has no field {@code personId}, or one of another type, or
	 * {@code sharing} after something not a list of records.
	 */
	public static final String INVALID_SHARING = PREFIX + "invalid-sharing";

	/** {@code caller = callee} where {@code caller} and {@code callee} refer to a {@code Person} that has no key. */
	public static final String COMPARE_WITHOUT_KEY = PREFIX + "compare-without-key";

	/** {@code time zone "Europe/Pariss"}. */
	public static final String UNKNOWN_TIME_ZONE = PREFIX + "unknown-time-zone";

	/** {@code explain "{acount} ..."} where the placeholder names no field. */
	public static final String UNKNOWN_PLACEHOLDER = PREFIX + "unknown-placeholder";

	/**
	 * {@code explain "{devices}"} where {@code devices} is a list, or a reference to an entity without a key: its text
	 * would be whole records, personal data unmasked.
	 */
	public static final String PLACEHOLDER_NOT_A_VALUE = PREFIX + "placeholder-not-a-value";

	/** {@code 2023-02-30} or {@code 25:00}. */
	public static final String INVALID_LITERAL = PREFIX + "invalid-literal";

	/** {@code where consents = 3} — a list used where one value is expected. */
	public static final String LIST_AS_VALUE = PREFIX + "list-as-value";

	/** {@code count of channel} — a single value used where a list is expected. */
	public static final String NOT_A_LIST = PREFIX + "not-a-list";

	/** {@code email marketing requires optin} where {@code email marketing} is a condition, not an activity. */
	public static final String NOT_AN_ACTIVITY = PREFIX + "not-an-activity";

	/** {@code where Prospect} — an entity or enumeration used as a value. */
	public static final String NOT_A_VALUE = PREFIX + "not-a-value";

	/** {@code effective from 2026-01-01 on channel} — the field is not a date or date-time. */
	public static final String EFFECTIVE_ON_NOT_TIME = PREFIX + "effective-on-not-time";

	/** {@code effective from 2026-01-01 until 2025-01-01}. */
	public static final String EMPTY_PERIOD = PREFIX + "empty-period";

	/** {@code term sent for Message: event channel} — an event happens at a date or a date-time. */
	public static final String INVALID_EVENT = PREFIX + "invalid-event";

	/** Two rule files of one package whose policies compile to the same Java class ({@code policy Same} twice). */
	public static final String DUPLICATE_POLICY = PREFIX + "duplicate-policy";

	/** {@code term "a+b": ...} — a term name that a rule cannot write (only words, hyphens, "of" and "to"). */
	public static final String INVALID_TERM_NAME = PREFIX + "invalid-term-name";

	/** {@code term "objection and notice" for Request: ...} — a keyword that can follow a name cannot be part of one. */
	public static final String KEYWORD_IN_NAME = PREFIX + "keyword-in-name";

	/** {@code Incident forbids notify within 72h} — a deadline belongs to an obligation ({@code requires}). */
	public static final String DEADLINE_ON_PROHIBITION = PREFIX + "deadline-on-prohibition";

	/**
	 * {@code policy Times}, {@code package com.class.rules}, rules {@code R-1} and {@code R_1} — names that the
	 * generated Java cannot use, because Java or the generated class already does.
	 */
	public static final String RESERVED_NAME = PREFIX + "reserved-name";

	/** {@code requires ((((… thousands of levels …))))} — nesting deeper than the compiler can follow. */
	public static final String TOO_DEEP = PREFIX + "too-deep";

	/** A file that cannot be read. */
	public static final String UNREADABLE_FILE = PREFIX + "unreadable-file";

	/** {@code given Prospect p1 { nmae = "Ann" }} — a scenario sets a field its entity does not have. */
	public static final String SCENARIO_UNKNOWN_FIELD = PREFIX + "scenario-unknown-field";

	/** {@code given Prospect p1 { age = "old" }} — a scenario value of another type than its field's. */
	public static final String SCENARIO_TYPE_MISMATCH = PREFIX + "scenario-type-mismatch";

	/** {@code given Prospect p1 {} given Consent p1 {}} — two records of one scenario with the same name. */
	public static final String SCENARIO_DUPLICATE_RECORD = PREFIX + "scenario-duplicate-record";

	/** {@code given Prospect p1 { age = 30, age = 31 }} — a scenario sets one field twice. */
	public static final String SCENARIO_DUPLICATE_FIELD = PREFIX + "scenario-duplicate-field";

	/** {@code expect MKT-01 broken} — an expected outcome that is none of the statuses a rule reports. */
	public static final String SCENARIO_UNKNOWN_STATUS = PREFIX + "scenario-unknown-status";

	/** {@code expect MKT-01 violated for c1} where MKT-01 is about sends and c1 is a consent: no finding can match. */
	public static final String SCENARIO_RECORD_NOT_CHECKED = PREFIX + "scenario-record-not-checked";

	/**
	 * A rule file the language server does not parse: over its size limit (8 million characters), or its check ran
	 * out of memory. Raised by the language server only ({@code org.privacy.dsl.ide.limits.LimitedResource}).
	 */
	public static final String NOT_CHECKED = PREFIX + "not-checked";

	/**
	 * A check that failed with an exception inside the language server: the element may not be fully checked. Raised
	 * by the language server only ({@code org.privacy.dsl.ide.limits.GuardedCompositeValidator}).
	 */
	public static final String CHECK_FAILED = PREFIX + "check-failed";

	/**
	 * {@code within 99999 years}, {@code parameter grace = 999999999 days}, a number with 400 digits — a literal
	 * beyond what dates and numbers can count (lengths of time up to 10000 years).
	 */
	public static final String VALUE_OUT_OF_RANGE = PREFIX + "value-out-of-range";

	/** {@code channel is one of EMAIL, SMS, EMAIL} — a value listed twice. */
	public static final String DUPLICATE_VALUE = PREFIX + "duplicate-value";

	/** {@code entity X bound to "java.lang.Object o) { }"} — the class of a bound entity is not a Java class name. */
	public static final String INVALID_JAVA_NAME = PREFIX + "invalid-java-name";

	/** {@code package java.lang} — a package that belongs to the Java platform, where no class can be loaded. */
	public static final String RESERVED_PACKAGE = PREFIX + "reserved-package";

	/**
	 * A string, comment or name holding U+202E (right-to-left override) or U+2028 — an invisible control that
	 * reorders text or breaks a line, so that the file reads differently from what it means (Trojan Source,
	 * CVE-2021-42574).
	 */
	public static final String INVISIBLE_CONTROL = PREFIX + "invisible-control";

	/** {@code // privacy: allow unguarded-optionl} — no diagnostic has that code, so the comment silences nothing. */
	public static final String UNKNOWN_ALLOW_CODE = PREFIX + "unknown-allow-code";

	/** {@code holidays Frnace} or {@code is a public holiday in Closures} where no calendar has that name. */
	public static final String UNKNOWN_CALENDAR = PREFIX + "unknown-calendar";

	/** {@code sentAt is a public holiday} in a file whose policy declares no {@code holidays} calendar. */
	public static final String NO_DEFAULT_CALENDAR = PREFIX + "no-default-calendar";

	/** {@code yearly 02-30}, or {@code easter + 300 days} (outside Easter's year): a day no year has. */
	public static final String IMPOSSIBLE_DAY = PREFIX + "impossible-day";

	/** {@code yearly 12-26} twice in one calendar: the second line adds nothing. */
	public static final String DUPLICATE_CALENDAR_ENTRY = PREFIX + "duplicate-calendar-entry";

	/** {@code calendar A holidays B} and {@code calendar B holidays A}. */
	public static final String CYCLIC_CALENDAR = PREFIX + "cyclic-calendar";

	/** {@code calledAt is within CallngHours} where no opening hours have that name. */
	public static final String UNKNOWN_OPENING_HOURS = PREFIX + "unknown-opening-hours";

	/** {@code mondy to friday from 10:00 to 13:00} — not a day of the week. */
	public static final String UNKNOWN_WEEKDAY = PREFIX + "unknown-weekday";

	/** {@code monday from 13:00 to 10:00} — a window that ends before it starts holds no time. */
	public static final String EMPTY_WINDOW = PREFIX + "empty-window";
}
