package org.privacy.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.privacy.dsl.naming.NameKeywords.Place;
import org.privacy.dsl.privacy.AggregateFunction;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.typing.PrivacyType;

/**
 * Every sentence the language's diagnostics say, in one place and one voice: one line, lower case, no final period,
 * names from the user's file in quotes, never a Java class of ours, what is wrong and the way out where there is one
 * (STYLE.md, "Diagnostics"). The validators of this package and the linking and syntax message providers call these
 * methods and write no sentence of their own ({@code MessagesTest} checks that they report nothing else).
 * <p>
 * The methods are grouped by issue code, in the order of {@link IssueCodes}; each returns the sentence with its code.
 * A few return a part of a sentence (a reason, a hint), named so, next to the messages that use it. Parameters are
 * names and source text as the user wrote them, and {@link PrivacyType}s, described here.
 */
public final class Messages {
	private Messages() {
	}

	// ---------------------------------------------------------------------------------------------- privacy.syntax

	/** {@link IssueCodes#SYNTAX}: a parser error, said in {@code sentence} ({@link #fileEndsEarly} and the others). */
	public static Message syntax(String sentence) {
		return new Message(IssueCodes.SYNTAX, sentence);
	}

	/** Part of a syntax message: the parser gave no words. */
	public static String textDoesNotFollowTheLanguage() {
		return "the text does not follow the rule language here";
	}

	/** Part of a syntax message; {@code expected} is null when the parser does not say. */
	public static String fileEndsEarly(String expected) {
		return "the file ends too early" + (expected != null ? ", expected " + expected : "");
	}

	/** Part of a syntax message. */
	public static String unexpectedToken(String found, String expected) {
		return "unexpected '" + found + "', expected " + expected;
	}

	/** Part of a syntax message. */
	public static String missingToken(String missing, String before) {
		return "missing " + missing + " before '" + before + "'";
	}

	/** Part of a syntax message: a character no token starts with, most often an incomplete date. */
	public static String unexpectedCharacter(String character) {
		return "unexpected character '" + character + "': is a date, time or date-time incomplete? write them as "
				+ "2023-03-01, 09:30 and 2023-03-01T09:00Z (with its offset)";
	}

	/** Part of a syntax message. */
	public static String unexpectedHere(String found) {
		return "unexpected '" + found + "' here";
	}

	/** The words for a kind of token the parser expected ({@code ID}, {@code STRING}...), or the token itself. */
	public static String expectedToken(String token) {
		return switch (token) {
			case "ID" -> "a name";
			case "STRING" -> "text in quotes";
			case "INT" -> "a number";
			case "DATE" -> "a date like 2023-03-01";
			case "DATETIME" -> "a date-time like 2023-03-01T09:00Z";
			default -> token;
		};
	}

	/**
	 * The end of a syntax message when the unexpected word is a keyword: how to use it as a name;
	 * {@code notInTermNames} when it cannot be a word of a term's name either.
	 */
	public static String keywordAsNameHint(String keyword, boolean notInTermNames) {
		String hint = "; '" + keyword + "' is a word of the language: to use it as a name, write ^" + keyword;
		return notInTermNames ? hint + ", or join the words of a term's name with hyphens" : hint;
	}

	/** Part of a syntax message: a value converter's, for a whole number past {@code largest}. */
	public static String wholeNumberTooLarge(String number, int largest) {
		return "'" + number + "' is too large a whole number: it can be at most " + largest;
	}

	/** Part of a syntax message: a value converter's. */
	public static String notANumber(String text) {
		return "not a number: '" + text + "'";
	}

	/** {@link IssueCodes#SYNTAX}: the formatter found a file that does not parse, without the parser's words. */
	public static Message fileDoesNotParse() {
		return syntax("the file does not parse");
	}

	/** {@link IssueCodes#SYNTAX}: {@code is holiday} for {@code is a public holiday}. */
	public static Message writeIsA(boolean holiday) {
		return syntax("write 'is a " + (holiday ? "public holiday" : "working day") + "'");
	}

	// ------------------------------------------------------------------------------------------ privacy.unknown-name

	/** {@link IssueCodes#UNKNOWN_NAME}: a name that does not resolve; {@code suggestion} may be null. */
	public static Message unknownName(EClass expected, String name, String suggestion) {
		return new Message(IssueCodes.UNKNOWN_NAME, unknown(expected, name, suggestion));
	}

	/** {@link IssueCodes#UNKNOWN_NAME}: an import of a package no file declares. */
	public static Message unknownPackage(String packageName) {
		return new Message(IssueCodes.UNKNOWN_NAME, "no rule file declares the package '" + packageName + "'");
	}

	private static String unknown(EClass expected, String name, String suggestion) {
		return "unknown " + nameKind(expected) + " '" + name + "'"
				+ (suggestion == null ? "" : "; did you mean '" + suggestion + "'?");
	}

	private static String nameKind(EClass type) {
		PrivacyPackage p = PrivacyPackage.eINSTANCE;
		if (type == p.getField()) {
			return "field";
		}
		if (type == p.getCategory()) {
			return "data category";
		}
		if (type == p.getType()) {
			return "type";
		}
		if (type == p.getApplicable()) {
			return "activity or entity";
		}
		if (type == p.getEntity()) {
			return "entity";
		}
		return "name";
	}

	// ------------------------------------------------------------------------------------- privacy.duplicate-rule-id

	/** {@link IssueCodes#DUPLICATE_RULE_ID}: in one file. */
	public static Message ruleIdUsedOnLine(String id, int line) {
		return new Message(IssueCodes.DUPLICATE_RULE_ID,
				"rule id '" + id + "' is already used on line " + line + "; give each rule its own id");
	}

	/** {@link IssueCodes#DUPLICATE_RULE_ID}: in another file of the package. */
	public static Message ruleIdUsedInFile(String id, String file) {
		return new Message(IssueCodes.DUPLICATE_RULE_ID,
				"rule id '" + id + "' is also used in " + file + "; give each rule its own id");
	}

	// ---------------------------------------------------------------------------------------- privacy.duplicate-name

	/** {@link IssueCodes#DUPLICATE_NAME}: in one file. */
	public static Message declaredOnLine(String name, int line) {
		return new Message(IssueCodes.DUPLICATE_NAME, "'" + name + "' is already declared on line " + line);
	}

	/** {@link IssueCodes#DUPLICATE_NAME}: in another file of the package. */
	public static Message declaredInFile(String name, String file) {
		return new Message(IssueCodes.DUPLICATE_NAME,
				"'" + name + "' is also declared in " + file + "; the files of a package share their names");
	}

	/** {@link IssueCodes#DUPLICATE_NAME} */
	public static Message fieldDeclaredTwice(String entity, String field) {
		return new Message(IssueCodes.DUPLICATE_NAME, "'" + entity + "' already has a field '" + field + "'");
	}

	/** {@link IssueCodes#DUPLICATE_NAME} */
	public static Message enumerationValueDeclaredTwice(String enumeration, String value) {
		return new Message(IssueCodes.DUPLICATE_NAME, "'" + enumeration + "' already has the value '" + value + "'");
	}

	/** {@link IssueCodes#DUPLICATE_NAME}: a calendar named like a built-in one. */
	public static Message builtInCalendarName(String name) {
		return new Message(IssueCodes.DUPLICATE_NAME, "'" + name + "' is a built-in calendar; give this one another "
				+ "name, and write 'holidays " + name + "' in it to build on it");
	}

	/** {@link IssueCodes#DUPLICATE_NAME}: calendars and opening hours of one file. */
	public static Message calendarDeclaredTwice(String name) {
		return new Message(IssueCodes.DUPLICATE_NAME, "'" + name + "' is declared twice; rename one of them");
	}

	// ------------------------------------------------------------------------------------------- privacy.too-deep

	/** {@link IssueCodes#TOO_DEEP}: the compiler ran out of stack. */
	public static Message tooDeep() {
		return new Message(IssueCodes.TOO_DEEP,
				"the file nests expressions too deeply to be compiled; give parts of the condition names with terms");
	}

	// ------------------------------------------------------------------------------------ privacy.unreadable-file

	/** {@link IssueCodes#UNREADABLE_FILE} */
	public static Message cannotReadFile() {
		return new Message(IssueCodes.UNREADABLE_FILE, "cannot read the file");
	}

	/** {@link IssueCodes#UNREADABLE_FILE}: {@code reason} says why, never with the file's content. */
	public static Message cannotReadFileBecause(String reason) {
		return new Message(IssueCodes.UNREADABLE_FILE, "cannot read the file: " + reason);
	}

	/** {@link IssueCodes#UNREADABLE_FILE}: {@code privacy fmt} given another file. */
	public static Message notARuleFile() {
		return new Message(IssueCodes.UNREADABLE_FILE, "not a rule file: rule files end in .privacy");
	}

	// ---------------------------------------------------------------------------------------- privacy.missing-basis

	/** {@link IssueCodes#MISSING_BASIS} (a warning). */
	public static Message missingBasis(String rule) {
		return new Message(IssueCodes.MISSING_BASIS,
				"rule '" + rule + "' cites no legal basis; add e.g. basis \"GDPR art. 6(1)(a)\"");
	}

	// ------------------------------------------------------------------------------------------ privacy.not-checked

	/** {@link IssueCodes#NOT_CHECKED} (a warning of the language server): the file took all its memory. */
	public static Message notCheckedOutOfMemory() {
		return new Message(IssueCodes.NOT_CHECKED, "checking this file ran out of the language server's memory, so it"
				+ " is not checked here until it changes; split it into smaller files of the same package, or give the"
				+ " server more memory (-Xmx)");
	}

	/** {@link IssueCodes#NOT_CHECKED} (a warning of the language server): a file longer than it checks. */
	public static Message notCheckedTooLarge(int maxCharacters) {
		return new Message(IssueCodes.NOT_CHECKED, "this file has more than " + maxCharacters + " characters, the most"
				+ " the editor checks, so it is not checked here; split it into smaller files of the same package, or"
				+ " check it with 'privacy compile'");
	}

	// ----------------------------------------------------------------------------------------- privacy.check-failed

	/** {@link IssueCodes#CHECK_FAILED} (a warning of the language server): a check threw. */
	public static Message checkFailed() {
		return new Message(IssueCodes.CHECK_FAILED, "a check of this element failed inside the language server, so it"
				+ " may not be fully checked here; the server's standard error has the details");
	}

	// ---------------------------------------------------------------------------------------- privacy.type-mismatch

	/** {@link IssueCodes#TYPE_MISMATCH}: two types that cannot be compared. */
	public static Message cannotCompare(PrivacyType left, PrivacyType right) {
		return typeMismatch("cannot compare " + left.describe() + " with " + right.describe());
	}

	/** {@link IssueCodes#TYPE_MISMATCH}: values of two enumerations. */
	public static Message cannotCompareEnumerations(PrivacyType left, PrivacyType right) {
		return typeMismatch("cannot compare " + left.describe() + " with " + right.describe()
				+ ": values of two enumerations are never equal; declare both fields with one enumeration, or"
				+ " compare each with its own values ('a = x and b = y')");
	}

	/** {@link IssueCodes#TYPE_MISMATCH}: a reference ({@code reference}, as written) compared with text. */
	public static Message cannotCompareReferenceWithText(PrivacyType left, PrivacyType right, String reference,
			String key) {
		return typeMismatch("cannot compare " + left.describe() + " with " + right.describe() + "; compare its key: '"
				+ reference + "." + key + " = ...'");
	}

	/** {@link IssueCodes#TYPE_MISMATCH}: {@code before} or {@code after} on values that are not times. */
	public static Message timeOrderOnNonTime(String operator, PrivacyType type) {
		return typeMismatch("'" + operator + "' compares dates and times, not " + type.describe()
				+ "; use <, >, = or !=");
	}

	/** {@link IssueCodes#TYPE_MISMATCH}: {@code <} and the others on values without an order. */
	public static Message orderOnUnordered(String operator, PrivacyType type) {
		return typeMismatch("'" + operator + "' compares numbers, lengths of time, dates and times, not "
				+ type.describe() + "; use = or !=");
	}

	/** {@link IssueCodes#TYPE_MISMATCH}: {@code required when}; {@code wanted} is null when no value is written. */
	public static Message requiredWhenType(String field, PrivacyType type, String wanted) {
		return typeMismatch("'" + field + "' is " + type.describe() + ", not " + (wanted == null ? "a value" : wanted)
				+ "; compare it with a value of its type");
	}

	/** {@link IssueCodes#TYPE_MISMATCH} */
	public static Message membershipType(PrivacyType operand, PrivacyType value) {
		return typeMismatch("'is one of' compares " + operand.describe() + " with " + value.describe());
	}

	/** {@link IssueCodes#TYPE_MISMATCH} */
	public static Message lengthOfType(PrivacyType type) {
		return typeMismatch("'length of' measures text or lists, not " + type.describe());
	}

	/** {@link IssueCodes#TYPE_MISMATCH} */
	public static Message weekdayOfType(PrivacyType type) {
		return typeMismatch("'weekday of' needs a date or a date-time, not " + type.describe());
	}

	/** {@link IssueCodes#TYPE_MISMATCH} */
	public static Message timeOfType(PrivacyType type) {
		return typeMismatch("'time of' needs a date-time, not " + type.describe());
	}

	/** {@link IssueCodes#TYPE_MISMATCH} */
	public static Message dateOfType(PrivacyType type) {
		return typeMismatch("'date of' needs a date-time, not " + type.describe());
	}

	/** {@link IssueCodes#TYPE_MISMATCH}: a zone after {@code in} read from a field that is not text. */
	public static Message zoneType(PrivacyType type) {
		return typeMismatch("a time zone is a name such as \"Europe/Paris\" or a text field, not " + type.describe());
	}

	/** {@link IssueCodes#TYPE_MISMATCH} */
	public static Message parameterDefaultType() {
		return typeMismatch("a parameter's default is a length of time, a number, true or false, text, or a list in"
				+ " brackets");
	}

	/** {@link IssueCodes#TYPE_MISMATCH} */
	public static Message listParameterEmpty() {
		return typeMismatch("a list parameter needs one value or more, which give the type of its elements");
	}

	/** {@link IssueCodes#TYPE_MISMATCH} */
	public static Message listParameterType(PrivacyType type) {
		return typeMismatch("a list parameter holds values of an enumeration, texts, numbers or dates, not "
				+ type.describe());
	}

	/**
	 * {@link IssueCodes#TYPE_MISMATCH}: a value of a list parameter of another type than the first; {@code value}
	 * and {@code enumeration} name the value when it is one of an enumeration, else are null.
	 */
	public static Message listParameterMixed(String parameter, PrivacyType first, String value, String enumeration) {
		String which = value != null ? " ('" + value + "' is a value of " + enumeration + ")" : "";
		return typeMismatch("the values of '" + parameter + "' must all be " + first.describe() + which);
	}

	/** {@link IssueCodes#TYPE_MISMATCH}: a deadline's length. */
	public static Message notALengthOfTime(PrivacyType type) {
		return typeMismatch("expected a length of time such as 72h or 1 month, not " + type.describe());
	}

	/** {@link IssueCodes#TYPE_MISMATCH}: a deadline counted from a date for an event at a date-time, or back. */
	public static Message deadlineStartType(PrivacyType from, PrivacyType at) {
		return typeMismatch("the deadline is counted from " + from.describe() + " but the event happens at "
				+ at.describe() + "; count dates from dates and date-times from date-times");
	}

	/** {@link IssueCodes#TYPE_MISMATCH}: an event counted from a date and happening at a date-time, or back. */
	public static Message eventStartType(PrivacyType at, PrivacyType from) {
		return typeMismatch("an event is counted from " + at.describe() + ", not from " + from.describe());
	}

	/** {@link IssueCodes#TYPE_MISMATCH}: {@code *} or {@code /} on something that is not a number. */
	public static Message arithmeticOnNonNumber(String operator, PrivacyType type) {
		String verb = operator.equals("*") ? "multiplies" : "divides";
		return typeMismatch("'" + operator + "' " + verb + " numbers, not " + type.describe());
	}

	/** {@link IssueCodes#TYPE_MISMATCH} */
	public static Message roundingOnNonNumber(PrivacyType type) {
		return typeMismatch("'rounded' rounds numbers, not " + type.describe());
	}

	/** {@link IssueCodes#TYPE_MISMATCH} */
	public static Message log2OnNonNumber(PrivacyType type) {
		return typeMismatch("'log2 of' takes a number, not " + type.describe());
	}

	/** {@link IssueCodes#TYPE_MISMATCH} */
	public static Message log2OfNonPositive() {
		return typeMismatch("'log2 of' needs a number greater than 0");
	}

	/** {@link IssueCodes#TYPE_MISMATCH}: {@code +} or {@code -} between a number and something else. */
	public static Message shiftOfNumber(String operator, PrivacyType other) {
		return typeMismatch("'" + operator + "' between a number and " + other.describe()
				+ "; both sides must be numbers");
	}

	/** {@link IssueCodes#TYPE_MISMATCH}: {@code 3 days + receivedAt}; the sources as written. */
	public static Message dateFirst(String date, String operator, String length) {
		return typeMismatch("write the date first: '" + date + " " + operator + " " + length + "'");
	}

	/** {@link IssueCodes#TYPE_MISMATCH} */
	public static Message addedToLength(PrivacyType type) {
		return typeMismatch("a length of time can only be added to a length of time, a date or a date-time, not to "
				+ type.describe());
	}

	/** {@link IssueCodes#TYPE_MISMATCH} */
	public static Message lengthSubtracted() {
		return typeMismatch("a length of time cannot be subtracted from another; add them, or shift the date in two"
				+ " steps");
	}

	/** {@link IssueCodes#TYPE_MISMATCH} */
	public static Message shiftOnWrongType(String operator, PrivacyType type) {
		return typeMismatch("'" + operator + "' works on numbers, lengths of time, and dates shifted by a length of"
				+ " time, not on " + type.describe());
	}

	/** {@link IssueCodes#TYPE_MISMATCH} */
	public static Message aggregateValuesAndList(AggregateFunction function) {
		String f = function.getLiteral();
		return typeMismatch("'" + f + " of' takes either values ('" + f + " of a, b') or one value per element of a"
				+ " list ('" + f + " of x.field for x in list'), not both");
	}

	/** {@link IssueCodes#TYPE_MISMATCH}: what each aggregate takes. */
	public static Message aggregateType(AggregateFunction function, PrivacyType element) {
		String expected = switch (function) {
			case LATEST, EARLIEST -> "dates or date-times; use 'minimum of' or 'maximum of' for numbers";
			case SUM -> "numbers or lengths of time";
			default -> "numbers, dates, date-times or lengths of time";
		};
		return typeMismatch("'" + function.getLiteral() + " of' takes " + expected + ", not " + element.describe());
	}

	/** {@link IssueCodes#TYPE_MISMATCH} */
	public static Message aggregateMixed(AggregateFunction function, PrivacyType element, PrivacyType value) {
		return typeMismatch("'" + function.getLiteral() + " of' takes values of one type: " + element.describe()
				+ ", not " + value.describe());
	}

	/** {@link IssueCodes#TYPE_MISMATCH}: {@code is a public holiday} or {@code is a working day}. */
	public static Message calendarTestType(boolean holiday, PrivacyType type) {
		return typeMismatch(calendarTest(holiday) + " needs a date or a date-time, not " + type.describe());
	}

	/** {@link IssueCodes#TYPE_MISMATCH} */
	public static Message withinHoursType(PrivacyType type) {
		return typeMismatch("'is within' opening hours needs a date-time, not " + type.describe());
	}

	private static Message typeMismatch(String text) {
		return new Message(IssueCodes.TYPE_MISMATCH, text);
	}

	// ------------------------------------------------------------------------------------- privacy.not-a-condition

	/** {@link IssueCodes#NOT_A_CONDITION}; {@code source} as written. */
	public static Message notACondition(String source, PrivacyType type) {
		return new Message(IssueCodes.NOT_A_CONDITION, "'" + source + "' is " + type.describe()
				+ ", not a condition; compare it, e.g. '" + source + " is present'");
	}

	/** {@link IssueCodes#NOT_A_CONDITION}: the condition of an aggregate over a list. */
	public static Message aggregateConditionNotACondition(String source, PrivacyType type) {
		return new Message(IssueCodes.NOT_A_CONDITION, "'" + source + "' is " + type.describe() + ", not a condition");
	}

	/** {@link IssueCodes#NOT_A_CONDITION}: {@code count of list where ...} without a name for the element. */
	public static Message countWithoutElement() {
		return new Message(IssueCodes.NOT_A_CONDITION, "name the element to test: 'count of c in ... where c...'");
	}

	// -------------------------------------------------------------------------------- privacy.duration-on-non-time

	/** {@link IssueCodes#DURATION_ON_NON_TIME} */
	public static Message deadlineFromNonTime(PrivacyType type) {
		return new Message(IssueCodes.DURATION_ON_NON_TIME,
				"a deadline is counted from a date or a date-time, not " + type.describe());
	}

	/** {@link IssueCodes#DURATION_ON_NON_TIME} */
	public static Message lengthAddedToNonTime(PrivacyType type) {
		return new Message(IssueCodes.DURATION_ON_NON_TIME,
				"a length of time can only be added to a date or a date-time, not to " + type.describe());
	}

	// ----------------------------------------------------------------------------------- privacy.division-by-zero

	/** {@link IssueCodes#DIVISION_BY_ZERO}; {@code source} as written. */
	public static Message divisionByZero(String source) {
		return new Message(IssueCodes.DIVISION_BY_ZERO, "'" + source + "' divides by zero");
	}

	// ---------------------------------------------------------------------- privacy.calendar-dependent-comparison

	/** {@link IssueCodes#CALENDAR_DEPENDENT_COMPARISON}: {@code source} (as written) adds or compares the two. */
	public static Message calendarWithExactLength(String source, boolean adds) {
		return new Message(IssueCodes.CALENDAR_DEPENDENT_COMPARISON, "'" + source + "' " + (adds ? "adds" : "compares")
				+ " a calendar length of time (months, years) with an exact one (minutes to weeks), which depends on"
				+ " the length of each month; use one kind, e.g. '30 days' or '1 month'");
	}

	// ---------------------------------------------------------------------------------- privacy.deadline-needs-event

	/** {@link IssueCodes#DEADLINE_NEEDS_EVENT} */
	public static Message deadlineNeedsEvent(PrivacyType type) {
		return new Message(IssueCodes.DEADLINE_NEEDS_EVENT, "a deadline needs an event to meet it ('term answer for"
				+ " Request: event answeredAt counted from receivedAt') or a date-time field, not " + type.describe());
	}

	// ------------------------------------------------------------------------------ privacy.deadline-without-start

	/** {@link IssueCodes#DEADLINE_WITHOUT_START} */
	public static Message deadlineWithoutStart() {
		return new Message(IssueCodes.DEADLINE_WITHOUT_START,
				"say when the deadline starts: 'within ... after receivedAt', or 'counted from' in the event's term");
	}

	// --------------------------------------------------------------------------------- privacy.deadline-needs-every

	/** {@link IssueCodes#DEADLINE_NEEDS_EVERY}: {@code variable} names the element. */
	public static Message deadlineNeedsEvery(String variable) {
		return new Message(IssueCodes.DEADLINE_NEEDS_EVERY, "a deadline applies to each element with 'every': write"
				+ " 'every " + variable + " in ... satisfies ... within ...', or drop the deadline and compare the"
				+ " dates");
	}

	// ---------------------------------------------------------------------------------- privacy.start-never-missing

	/** {@link IssueCodes#START_NEVER_MISSING} (a warning); {@code start} as written. */
	public static Message startNeverMissing(String start) {
		return new Message(IssueCodes.START_NEVER_MISSING, "the deadline always starts: '" + start + "' is not an"
				+ " optional field; drop ', pending while missing', or mark the field optional");
	}

	// ------------------------------------------------------------------------------ privacy.exception-never-applies

	/** {@link IssueCodes#EXCEPTION_NEVER_APPLIES} (a warning): {@code unless false}. */
	public static Message exceptionAlwaysFalse() {
		return exceptionNeverApplies("it is always false");
	}

	/** {@link IssueCodes#EXCEPTION_NEVER_APPLIES} (a warning): {@code unless f is missing} for a required field. */
	public static Message exceptionOnRequiredMissing(String field) {
		return exceptionNeverApplies("'" + field + "' is not optional: when it is missing the record is a data error");
	}

	/** {@link IssueCodes#EXCEPTION_NEVER_APPLIES} (a warning): the rule applies where the field has another value. */
	public static Message exceptionExcludedByValue(String field, String value) {
		return exceptionNeverApplies("the rule only applies where " + field + " = " + value);
	}

	/** {@link IssueCodes#EXCEPTION_NEVER_APPLIES} (a warning): the rule applies where the field has other values. */
	public static Message exceptionExcludedByValues(String field, List<String> values) {
		return exceptionNeverApplies("the rule only applies where " + field + " is one of "
				+ String.join(", ", values));
	}

	private static Message exceptionNeverApplies(String reason) {
		return new Message(IssueCodes.EXCEPTION_NEVER_APPLIES, "this exception can never apply: " + reason);
	}

	// ---------------------------------------------------------------------------------- privacy.unguarded-optional

	/** {@link IssueCodes#UNGUARDED_OPTIONAL} (a warning): an optional field; {@code path} as written. */
	public static Message unguardedOptional(String path) {
		return unguarded(path, "is optional and may be missing");
	}

	/** {@link IssueCodes#UNGUARDED_OPTIONAL} (a warning): an aggregate with no value when no element counts. */
	public static Message unguardedAggregate(String path) {
		return unguarded(path, "may be missing (no element of the list counts)");
	}

	private static Message unguarded(String path, String why) {
		return new Message(IssueCodes.UNGUARDED_OPTIONAL, "'" + path + "' " + why + ", which makes the record a data"
				+ " error; guard it: '" + path + " is present and ...' or '" + path + " is missing or ...'");
	}

	// ---------------------------------------------------------------------------------------- privacy.wrong-entity

	/** {@link IssueCodes#WRONG_ENTITY} */
	public static Message wrongEntity(String term, String own, String here) {
		return new Message(IssueCodes.WRONG_ENTITY,
				"'" + term + "' is defined for " + own + ", but here the records are " + here);
	}

	// ----------------------------------------------------------------------------------------- privacy.cyclic-term

	/** Cycles of terms longer than this are shown by their ends: a ring of 10,000 terms gives a short message. */
	static final int LONGEST_CYCLE_SHOWN = 8;

	/** {@link IssueCodes#CYCLIC_TERM}: {@code path} names the terms from {@code term} back to itself. */
	public static Message cyclicTerm(String term, List<String> path) {
		String chain = path.size() <= LONGEST_CYCLE_SHOWN ? String.join(" -> ", path)
				: String.join(" -> ", path.subList(0, 3)) + " -> ... -> "
						+ String.join(" -> ", path.subList(path.size() - 3, path.size())) + ", " + (path.size() - 1)
						+ " terms";
		return new Message(IssueCodes.CYCLIC_TERM, "'" + term + "' is defined in terms of itself (" + chain + ")");
	}

	// ------------------------------------------------------------------------------- privacy.bound-class-not-found

	/** {@link IssueCodes#BOUND_CLASS_NOT_FOUND} (a warning) */
	public static Message boundClassNotFound(String javaClass) {
		return new Message(IssueCodes.BOUND_CLASS_NOT_FOUND, "class '" + javaClass + "' is not on the class path, so"
				+ " its fields are not checked here; they are checked when the validators compile with the"
				+ " application");
	}

	/** {@link IssueCodes#BOUND_CLASS_NOT_FOUND} (a warning): the class an accessor returns. */
	public static Message fieldClassNotFound(String field, String javaClass) {
		return new Message(IssueCodes.BOUND_CLASS_NOT_FOUND, "the type of '" + field + "', class '" + javaClass
				+ "', is not on the class path, so '" + field + "' is not checked here; it is checked when the"
				+ " validators compile with the application");
	}

	// ------------------------------------------------------------------------------- privacy.bound-field-missing

	/** {@link IssueCodes#BOUND_FIELD_MISSING}: {@code javaClass} is the bound class's simple name. */
	public static Message boundFieldMissing(String javaClass, String property) {
		String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1) + "()";
		return new Message(IssueCodes.BOUND_FIELD_MISSING, "class '" + javaClass + "' has no '" + property + "' ("
				+ getter + " or a record component): add it, or, if you cannot change the class, bind the entity to an"
				+ " adapter class of yours that wraps an instance and has " + getter + " (README: binding a class you"
				+ " cannot change)");
	}

	// ---------------------------------------------------------------------------------- privacy.bound-field-type

	/**
	 * Part of the messages of {@link IssueCodes#BOUND_FIELD_TYPE}: what the accessor returns, by simple names
	 * ({@code Subscriber.getAge() returns String}).
	 */
	public static String accessorReturns(String javaClass, String accessor, String returned) {
		return javaClass + "." + accessor + "() returns " + returned;
	}

	/**
	 * {@link IssueCodes#BOUND_FIELD_TYPE}: the accessor's type does not fit; {@code problem} is one of the parts
	 * below, or empty.
	 */
	public static Message boundFieldType(String field, PrivacyType type, String returns, String problem) {
		return new Message(IssueCodes.BOUND_FIELD_TYPE,
				"'" + field + "' is " + type.describe() + " but " + returns + problem);
	}

	/** {@link IssueCodes#BOUND_FIELD_TYPE}: a field read from a map entry. */
	public static Message boundEntryType(String field, String map, String returns, String problem) {
		return new Message(IssueCodes.BOUND_FIELD_TYPE,
				"'" + field + "' is read from the map '" + map + "' but " + returns + problem);
	}

	/** {@link IssueCodes#BOUND_FIELD_TYPE}: {@code from epoch millis} on an accessor that is not a long. */
	public static Message boundMillisType(String field, String returns) {
		return new Message(IssueCodes.BOUND_FIELD_TYPE, "'" + field + "' is read from epoch millis but " + returns
				+ ", not a long: remove 'from epoch millis'");
	}

	/** Part of a {@link IssueCodes#BOUND_FIELD_TYPE} message. */
	public static String notAMap() {
		return ", not a map";
	}

	/** Part of a {@link IssueCodes#BOUND_FIELD_TYPE} message. */
	public static String keysNotText() {
		return ", whose keys are not text";
	}

	/** Part of a {@link IssueCodes#BOUND_FIELD_TYPE} message: the values of a map, then why they do not fit. */
	public static String mapValues(String valueType, String problem) {
		return ", whose values are " + valueType + problem;
	}

	/** Part of a {@link IssueCodes#BOUND_FIELD_TYPE} message. */
	public static String notAJavaList() {
		return ", not a list";
	}

	/** Part of a {@link IssueCodes#BOUND_FIELD_TYPE} message: a Java enum without a value of the enumeration. */
	public static String noConstant(String value) {
		return ", which has no constant " + value;
	}

	/** Part of a {@link IssueCodes#BOUND_FIELD_TYPE} message: a long that may count milliseconds. */
	public static String maybeEpochMillis(String field, boolean date) {
		return "; if it counts milliseconds since 1970, write '" + field + ": " + (date ? "date" : "datetime")
				+ " from epoch millis'";
	}

	// ------------------------------------------------------------------------------ privacy.invalid-field-source

	/** {@link IssueCodes#INVALID_FIELD_SOURCE} */
	public static Message epochMillisType(String field, PrivacyType type) {
		return invalidFieldSource("'from epoch millis' reads a date-time or a date from a number of milliseconds"
				+ " since 1970; '" + field + "' is " + type.describe());
	}

	/** {@link IssueCodes#INVALID_FIELD_SOURCE} */
	public static Message entryOfRecords(String field, String map) {
		return invalidFieldSource("an entry of a map holds plain values (text, numbers, dates...), not records: '"
				+ field + "' cannot be read from '" + map + "'");
	}

	/** {@link IssueCodes#INVALID_FIELD_SOURCE} */
	public static Message keyReadOtherwise() {
		return invalidFieldSource("a key is read under its own name, so that records can be found by it: remove"
				+ " 'from ...' or 'key'");
	}

	/** {@link IssueCodes#INVALID_FIELD_SOURCE} */
	public static Message emptyWhenMissingOnValue(String field, PrivacyType type) {
		return invalidFieldSource("'empty when missing' is for lists; '" + field + "' is " + type.describe()
				+ ": write 'optional' for a value that may be missing");
	}

	/** {@link IssueCodes#INVALID_FIELD_SOURCE} */
	public static Message emptyWhenMissingOnRelation() {
		return invalidFieldSource("a 'via' or 'sharing' list is never missing (it is found in the data), so 'empty"
				+ " when missing' says nothing here");
	}

	/** {@link IssueCodes#INVALID_FIELD_SOURCE}: {@code via} or {@code sharing} by a field read from elsewhere. */
	public static Message relatedByFieldReadOtherwise(String field) {
		return invalidFieldSource("records are related by a field read under its own name, and '" + field
				+ "' is read 'from ...': relate them by another field");
	}

	private static Message invalidFieldSource(String text) {
		return new Message(IssueCodes.INVALID_FIELD_SOURCE, text);
	}

	// ---------------------------------------------------------------------------------------- privacy.multiple-keys

	/** {@link IssueCodes#MULTIPLE_KEYS} */
	public static Message multipleKeys(String entity, String key) {
		return new Message(IssueCodes.MULTIPLE_KEYS,
				"'" + entity + "' already has the key '" + key + "'; an entity has one key field");
	}

	// ------------------------------------------------------------------------------------------ privacy.invalid-via

	/** {@link IssueCodes#INVALID_VIA} */
	public static Message viaOnNonList() {
		return new Message(IssueCodes.INVALID_VIA, "'via' is for lists of records: 'list of Consent via prospect'");
	}

	/** {@link IssueCodes#INVALID_VIA} */
	public static Message viaWrongTarget(String field, String owner) {
		return new Message(IssueCodes.INVALID_VIA,
				"'" + field + "' should refer to " + owner + " for 'via' to find the records");
	}

	/** {@link IssueCodes#INVALID_VIA} */
	public static Message viaWithoutKey(String owner) {
		return new Message(IssueCodes.INVALID_VIA,
				"'" + owner + "' needs a key field (e.g. 'id: text key') so that records can refer to it");
	}

	// -------------------------------------------------------------------------------------- privacy.invalid-sharing

	/** {@link IssueCodes#INVALID_SHARING} */
	public static Message sharingOnNonList() {
		return invalidSharing("'sharing' is for lists of records: 'list of Call sharing personId'");
	}

	/** {@link IssueCodes#INVALID_SHARING} */
	public static Message sharedWithItself(String field) {
		return invalidSharing("'" + field + "' cannot be shared with itself; name a plain field of this entity, such"
				+ " as 'personId'");
	}

	/** {@link IssueCodes#INVALID_SHARING} */
	public static Message sharingNotPlain(String field, PrivacyType type) {
		return invalidSharing("'" + field + "' is " + type.describe() + "; 'sharing' relates records by a plain value"
				+ " (text, number, date, a value of an enumeration...)");
	}

	/** {@link IssueCodes#INVALID_SHARING} */
	public static Message sharingFieldMissing(String entity, String field) {
		return invalidSharing("'" + entity + "' has no field '" + field + "'; name its field with 'as': 'sharing "
				+ field + " as otherField'");
	}

	/** {@link IssueCodes#INVALID_SHARING} */
	public static Message sharingTypes(String field, PrivacyType own, String entity, String other,
			PrivacyType otherType) {
		return invalidSharing("'" + field + "' is " + own.describe() + " but '" + entity + "." + other + "' is "
				+ otherType.describe() + "; records share a value of one type");
	}

	private static Message invalidSharing(String text) {
		return new Message(IssueCodes.INVALID_SHARING, text);
	}

	// ----------------------------------------------------------------------------------- privacy.compare-without-key

	/** {@link IssueCodes#COMPARE_WITHOUT_KEY} */
	public static Message compareWithoutKey(String entity) {
		return new Message(IssueCodes.COMPARE_WITHOUT_KEY, "records of '" + entity + "' are compared by key, and '"
				+ entity + "' has none; mark its identifying field 'key', or compare fields");
	}

	// ------------------------------------------------------------------------------------ privacy.unknown-time-zone

	/** {@link IssueCodes#UNKNOWN_TIME_ZONE} */
	public static Message unknownTimeZone(String zone) {
		return new Message(IssueCodes.UNKNOWN_TIME_ZONE,
				"unknown time zone '" + zone + "'; use a name such as \"Europe/Paris\" or \"UTC\"");
	}

	// ---------------------------------------------------------------------------------- privacy.unknown-placeholder

	/** {@link IssueCodes#UNKNOWN_PLACEHOLDER} */
	public static Message unknownPlaceholder(String name, String entity) {
		return new Message(IssueCodes.UNKNOWN_PLACEHOLDER, "'{" + name + "}' names no field of '" + entity + "'");
	}

	// ------------------------------------------------------------------------------ privacy.placeholder-not-a-value

	/** {@link IssueCodes#PLACEHOLDER_NOT_A_VALUE} */
	public static Message placeholderNotAValue(String name, PrivacyType type, String entity) {
		return new Message(IssueCodes.PLACEHOLDER_NOT_A_VALUE, "'{" + name + "}' is " + type.describe()
				+ ", which an explanation cannot show: name a field of '" + entity + "' that holds one value, or leave"
				+ " it out");
	}

	// -------------------------------------------------------------------------------------- privacy.invalid-literal

	/** {@link IssueCodes#INVALID_LITERAL} */
	public static Message notADate(String value) {
		return invalidLiteral("'" + value + "' is not a date of the calendar");
	}

	/** {@link IssueCodes#INVALID_LITERAL} */
	public static Message notADateTime(String value) {
		return invalidLiteral("'" + value + "' is not a valid date-time");
	}

	/** {@link IssueCodes#INVALID_LITERAL} */
	public static Message notATime(String value) {
		return invalidLiteral("'" + value + "' is not a time of day");
	}

	/** {@link IssueCodes#INVALID_LITERAL} */
	public static Message tooManyDecimals(int most) {
		return invalidLiteral("a number keeps at most " + most + " decimals; round to fewer");
	}

	private static Message invalidLiteral(String text) {
		return new Message(IssueCodes.INVALID_LITERAL, text);
	}

	// ---------------------------------------------------------------------------------------- privacy.list-as-value

	/** {@link IssueCodes#LIST_AS_VALUE}: a field read on a list; {@code source} as written. */
	public static Message listAsValue(String source) {
		return new Message(IssueCodes.LIST_AS_VALUE, "'" + source + "' is a list: test its elements with 'some x in"
				+ " ... satisfies', 'every' or 'count of'");
	}

	// ------------------------------------------------------------------------------------------- privacy.not-a-list

	/** {@link IssueCodes#NOT_A_LIST}; {@code source} as written. */
	public static Message notAList(String source, PrivacyType type) {
		return new Message(IssueCodes.NOT_A_LIST, "'" + source + "' is " + type.describe() + ", not a list");
	}

	/** {@link IssueCodes#NOT_A_LIST}: an aggregate of one value that is not a list. */
	public static Message aggregateOfOneValue(AggregateFunction function, String source) {
		String f = function.getLiteral();
		return new Message(IssueCodes.NOT_A_LIST,
				"'" + f + " of' takes a list, or two values or more: '" + f + " of " + source + ", ...'");
	}

	// ------------------------------------------------------------------------------------ privacy.not-an-activity

	/** {@link IssueCodes#NOT_AN_ACTIVITY} */
	public static Message notAnActivity(String term, boolean event) {
		return new Message(IssueCodes.NOT_AN_ACTIVITY, "'" + term + "' is " + (event ? "an event" : "a condition")
				+ ", not an activity: a rule is about an entity or an activity term (term x: Entity where ...)");
	}

	// ---------------------------------------------------------------------------------------- privacy.not-a-value

	/** {@link IssueCodes#NOT_A_VALUE}: an entity or an enumeration ({@code source}, as written) used as a value. */
	public static Message notAValue(String source, boolean entity) {
		return new Message(IssueCodes.NOT_A_VALUE,
				"'" + source + "' is " + (entity ? "an entity" : "an enumeration") + ", not a value");
	}

	// ------------------------------------------------------------------------------- privacy.effective-on-not-time

	/** {@link IssueCodes#EFFECTIVE_ON_NOT_TIME} */
	public static Message effectiveOnNotTime(String field, PrivacyType type) {
		return new Message(IssueCodes.EFFECTIVE_ON_NOT_TIME, "'" + field + "' is " + type.describe()
				+ ": an effective date is compared with a date or date-time field");
	}

	// ---------------------------------------------------------------------------------------- privacy.empty-period

	/** {@link IssueCodes#EMPTY_PERIOD}: the dates as written. */
	public static Message emptyPeriod(String from, String until) {
		return new Message(IssueCodes.EMPTY_PERIOD,
				"the rule stops before it starts: " + until + " is before " + from);
	}

	// --------------------------------------------------------------------------------------- privacy.invalid-event

	/** {@link IssueCodes#INVALID_EVENT} */
	public static Message eventNotAtTime(PrivacyType type) {
		return new Message(IssueCodes.INVALID_EVENT,
				"an event happens at a date or a date-time, not at " + type.describe());
	}

	// ------------------------------------------------------------------------------------ privacy.duplicate-policy

	/** {@link IssueCodes#DUPLICATE_POLICY}: in another file of the package. */
	public static Message policyDeclaredInFile(String policy, String file) {
		return new Message(IssueCodes.DUPLICATE_POLICY, "policy '" + policy + "' is also declared in " + file
				+ "; both would generate the same Java class, so give one another name");
	}

	/**
	 * {@link IssueCodes#DUPLICATE_POLICY}: two files without a policy name, in two folders, give one class;
	 * {@code folder} is where the other file is, said from this file's folder, or null when it cannot be said.
	 */
	public static Message sameClassFromTwoFiles(String otherFile, String folder, String className) {
		return new Message(IssueCodes.DUPLICATE_POLICY, "the rules of this file and of '" + otherFile + "' in "
				+ (folder == null ? "another folder" : "the folder '" + folder + "'") + " would both generate "
				+ className + "; name a policy in one of them ('policy OtherName')");
	}

	// ----------------------------------------------------------------------------------- privacy.invalid-term-name

	/** {@link IssueCodes#INVALID_TERM_NAME}: {@code word} is the first word of {@code name} that is not one. */
	public static Message invalidTermName(String name, String word) {
		return new Message(IssueCodes.INVALID_TERM_NAME, "a rule cannot refer to '" + name + "': term names are words"
				+ " of letters, digits and hyphens, and '" + word + "' is not one");
	}

	// ------------------------------------------------------------------------------------ privacy.keyword-in-name

	/** {@link IssueCodes#KEYWORD_IN_NAME}: a term's name that is a keyword alone. */
	public static Message keywordAsWholeName(String keyword) {
		return new Message(IssueCodes.KEYWORD_IN_NAME, "'" + keyword + "' is a keyword and cannot be a name on its"
				+ " own: add a word or choose another name");
	}

	/** {@link IssueCodes#KEYWORD_IN_NAME}: a keyword at a {@code place} of a term's name where it cannot stand. */
	public static Message keywordInName(String keyword, Place place, String name) {
		String where = switch (place) {
			case FIRST -> "begin";
			case INNER -> "be part of";
			case LAST -> "end";
			case ONLY -> "be";
		};
		return new Message(IssueCodes.KEYWORD_IN_NAME, "'" + keyword + "' cannot " + where + " a name: write '" + name
				+ "' as '" + name.replace(' ', '-') + "' or choose another word");
	}

	// ---------------------------------------------------------------------------- privacy.deadline-on-prohibition

	/** {@link IssueCodes#DEADLINE_ON_PROHIBITION} */
	public static Message deadlineOnProhibition() {
		return new Message(IssueCodes.DEADLINE_ON_PROHIBITION,
				"a deadline belongs to an obligation: write 'requires ... within', or drop the deadline");
	}

	// -------------------------------------------------------------------------------------- privacy.reserved-name

	/** {@link IssueCodes#RESERVED_NAME}: a policy named like a Java keyword or a class the generated code uses. */
	public static Message reservedPolicyName(String name, boolean javaKeyword) {
		return new Message(IssueCodes.RESERVED_NAME, "'" + name + "' cannot name a policy: " + (javaKeyword
				? "it is a Java keyword" : "the generated Java class uses that name already") + "; choose another");
	}

	/** {@link IssueCodes#RESERVED_NAME} */
	public static Message keywordInPackageName(String segment) {
		return new Message(IssueCodes.RESERVED_NAME,
				"'" + segment + "' cannot be part of a package name: it is a Java keyword");
	}

	/** {@link IssueCodes#RESERVED_NAME}: two rule ids that give one Java name. */
	public static Message ruleIdClash(String id, String other, String javaName) {
		return reservedRuleId(id, "rule '" + other + "' gives the same Java name " + javaName);
	}

	/** {@link IssueCodes#RESERVED_NAME}: a rule id whose Java name the generated class uses already. */
	public static Message ruleIdInUse(String id, String javaName) {
		return reservedRuleId(id, "the generated class uses the name " + javaName + " already");
	}

	private static Message reservedRuleId(String id, String clash) {
		return new Message(IssueCodes.RESERVED_NAME,
				"rule id '" + id + "' cannot be used here: " + clash + "; change one id");
	}

	// ------------------------------------------------------------------------------------ privacy.reserved-package

	/**
	 * {@link IssueCodes#RESERVED_PACKAGE}: {@code java} or a package under it ({@code javaItself}), or a package of
	 * a module of the platform.
	 */
	public static Message reservedPackage(boolean javaItself) {
		return new Message(IssueCodes.RESERVED_PACKAGE, (javaItself
				? "the Java platform reserves 'java' and the packages under it: no validator can be loaded there"
				: "this package belongs to a module of the Java platform: no validator can be loaded in it")
				+ "; choose a package of your own, e.g. 'com.acme.rules'");
	}

	// ---------------------------------------------------------------------------- privacy.scenario-unknown-field

	/** {@link IssueCodes#SCENARIO_UNKNOWN_FIELD}: a field of a scenario's record that does not resolve. */
	public static Message scenarioUnknownField(EClass expected, String name, String suggestion) {
		return new Message(IssueCodes.SCENARIO_UNKNOWN_FIELD, unknown(expected, name, suggestion));
	}

	// ---------------------------------------------------------------------------- privacy.scenario-type-mismatch

	/** {@link IssueCodes#SCENARIO_TYPE_MISMATCH}: {@code actual} says what the value is ({@link #valueKind}). */
	public static Message scenarioValueType(String field, PrivacyType type, String actual) {
		return new Message(IssueCodes.SCENARIO_TYPE_MISMATCH, "'" + field + "' is " + type.describe() + ", not "
				+ actual);
	}

	/**
	 * Part of a {@link IssueCodes#SCENARIO_TYPE_MISMATCH} message: what a value written in a scenario is, by the
	 * kind of literal or name ({@code "text"}, {@code "a list"}, {@code "a single value"}...).
	 */
	public static String valueKind(ValueKind kind) {
		return kind.words;
	}

	/** Part of a {@link IssueCodes#SCENARIO_TYPE_MISMATCH} message: a value of another enumeration. */
	public static String valueOfEnumeration(String enumeration) {
		return "a value of " + enumeration;
	}

	/** Part of a {@link IssueCodes#SCENARIO_TYPE_MISMATCH} message: a record of another entity, or of none. */
	public static String recordOf(String entity) {
		return "a record of " + (entity == null ? "another entity" : entity);
	}

	/** What a value written in a scenario is, for {@link #valueKind}. */
	public enum ValueKind {
		TEXT("text"), NUMBER("a number"), BOOLEAN("true or false"), DATE("a date"), DATE_TIME("a date-time"),
		TIME("a time of day"), LENGTH_OF_TIME("a length of time"), LIST("a list"), SINGLE_VALUE("a single value");

		private final String words;

		ValueKind(String words) {
			this.words = words;
		}
	}

	/** {@link IssueCodes#SCENARIO_TYPE_MISMATCH}: a {@code via} list set in a scenario. */
	public static Message viaListSet(String field, String via) {
		return new Message(IssueCodes.SCENARIO_TYPE_MISMATCH, "'" + field + "' is not set: it holds the records whose"
				+ " '" + via + "' refers to this one");
	}

	/** {@link IssueCodes#SCENARIO_TYPE_MISMATCH}: a {@code sharing} list set in a scenario. */
	public static Message sharingListSet(String field, String shared) {
		return new Message(IssueCodes.SCENARIO_TYPE_MISMATCH, "'" + field + "' is not set: it holds the records that"
				+ " share this one's '" + shared + "'");
	}

	// ------------------------------------------------------------------------- privacy.scenario-duplicate-record

	/** {@link IssueCodes#SCENARIO_DUPLICATE_RECORD} */
	public static Message scenarioRecordTwice(String record) {
		return new Message(IssueCodes.SCENARIO_DUPLICATE_RECORD,
				"the scenario already gives a record named '" + record + "'");
	}

	// -------------------------------------------------------------------------- privacy.scenario-duplicate-field

	/** {@link IssueCodes#SCENARIO_DUPLICATE_FIELD} */
	public static Message scenarioFieldTwice(String field) {
		return new Message(IssueCodes.SCENARIO_DUPLICATE_FIELD, "'" + field + "' is already set in this record");
	}

	// --------------------------------------------------------------------------- privacy.scenario-unknown-status

	/** {@link IssueCodes#SCENARIO_UNKNOWN_STATUS} */
	public static Message unknownOutcome(String outcome) {
		return new Message(IssueCodes.SCENARIO_UNKNOWN_STATUS, "unknown outcome '" + outcome
				+ "'; write violated, late, overdue, pending, exempt, data-error, satisfied or not-applicable");
	}

	/** {@link IssueCodes#SCENARIO_UNKNOWN_STATUS}: {@code 2 results} for {@code 2 findings}. */
	public static Message writeFindings(String noun) {
		return new Message(IssueCodes.SCENARIO_UNKNOWN_STATUS,
				"write 'findings' after the count, not '" + noun + "'");
	}

	// ----------------------------------------------------------------------- privacy.scenario-record-not-checked

	/** {@link IssueCodes#SCENARIO_RECORD_NOT_CHECKED} */
	public static Message recordNotChecked(String rule, String subject, String record, String entity) {
		return new Message(IssueCodes.SCENARIO_RECORD_NOT_CHECKED, "'" + rule + "' checks records of " + subject
				+ ", and '" + record + "' is a record of " + entity);
	}

	// ----------------------------------------------------------------------------------- privacy.value-out-of-range

	/** {@link IssueCodes#VALUE_OUT_OF_RANGE}: {@code length} as written. */
	public static Message lengthOutOfRange(String length, long maxYears) {
		return new Message(IssueCodes.VALUE_OUT_OF_RANGE, "'" + length + "' is longer than " + maxYears
				+ " years, beyond what dates can count; write a shorter length of time");
	}

	/** {@link IssueCodes#VALUE_OUT_OF_RANGE} */
	public static Message numberOutOfRange() {
		return new Message(IssueCodes.VALUE_OUT_OF_RANGE,
				"this number has more digits than a rule can count with (about 10^308 at most)");
	}

	// -------------------------------------------------------------------------------------- privacy.duplicate-value

	/** {@link IssueCodes#DUPLICATE_VALUE} (a warning) */
	public static Message valueListedTwice(String value) {
		return new Message(IssueCodes.DUPLICATE_VALUE,
				"'" + value + "' is listed twice; remove one, or write the value you meant");
	}

	// ------------------------------------------------------------------------------------ privacy.invalid-java-name

	/** {@link IssueCodes#INVALID_JAVA_NAME} */
	public static Message notAJavaClassName() {
		return new Message(IssueCodes.INVALID_JAVA_NAME, "the text after 'bound to' is not a Java class name; write"
				+ " the full name of the class, e.g. \"com.acme.Subscriber\"");
	}

	// ------------------------------------------------------------------------------------ privacy.invisible-control

	/** {@link IssueCodes#INVISIBLE_CONTROL} (a warning), for a character {@link #controlName} names. */
	public static Message invisibleControl(char control) {
		return new Message(IssueCodes.INVISIBLE_CONTROL, "invisible " + controlName(control) + " here: it makes the"
				+ " text show otherwise than it reads; delete it, or write the text without it");
	}

	/** What the character is, for the message, or {@code null} when it is not an invisible control. */
	public static String controlName(char c) {
		return switch (c) {
			case '\u202A' -> "left-to-right embedding (U+202A)";
			case '\u202B' -> "right-to-left embedding (U+202B)";
			case '\u202C' -> "pop directional formatting (U+202C)";
			case '\u202D' -> "left-to-right override (U+202D)";
			case '\u202E' -> "right-to-left override (U+202E)";
			case '\u2066' -> "left-to-right isolate (U+2066)";
			case '\u2067' -> "right-to-left isolate (U+2067)";
			case '\u2068' -> "first strong isolate (U+2068)";
			case '\u2069' -> "pop directional isolate (U+2069)";
			case '\u200E' -> "left-to-right mark (U+200E)";
			case '\u200F' -> "right-to-left mark (U+200F)";
			case '\u061C' -> "arabic letter mark (U+061C)";
			case '\u2028' -> "line separator (U+2028)";
			case '\u2029' -> "paragraph separator (U+2029)";
			default -> null;
		};
	}

	// ---------------------------------------------------------------------------------- privacy.unknown-allow-code

	/** {@link IssueCodes#UNKNOWN_ALLOW_CODE} (a warning); {@code suggestion} may be null. */
	public static Message unknownAllowCode(String code, String suggestion) {
		return new Message(IssueCodes.UNKNOWN_ALLOW_CODE, "no diagnostic has the code '" + code + "', so this comment"
				+ " silences nothing" + (suggestion != null ? "; did you mean '" + suggestion + "'?"
						: "; write a code that 'privacy lint' prints, such as unguarded-optional"));
	}

	// ------------------------------------------------------------------------------------ privacy.unknown-calendar

	/** {@link IssueCodes#UNKNOWN_CALENDAR}: {@code suggestion} may be null, then the calendars there are. */
	public static Message unknownCalendar(String name, String suggestion, List<String> calendars) {
		return new Message(IssueCodes.UNKNOWN_CALENDAR, "no calendar is named '" + name + "'" + (suggestion != null
				? "; did you mean '" + suggestion + "'?"
				: "; use one of " + String.join(", ", calendars) + ", or declare it with 'calendar " + name + "'"));
	}

	// --------------------------------------------------------------------------------- privacy.no-default-calendar

	/** {@link IssueCodes#NO_DEFAULT_CALENDAR} */
	public static Message closedOnHolidaysWithoutCalendar() {
		return noDefaultCalendar("'closed on public holidays' needs a calendar: add 'holidays France' to the policy"
				+ " line, or write 'closed on public holidays in France'");
	}

	/** {@link IssueCodes#NO_DEFAULT_CALENDAR}: {@code is a public holiday} or {@code is a working day}. */
	public static Message calendarTestWithoutCalendar(boolean holiday) {
		String test = holiday ? "is a public holiday" : "is a working day";
		return noDefaultCalendar("'" + test + "' needs a calendar: add 'holidays France' to the policy line, or write '"
				+ test + " in France'");
	}

	/** {@link IssueCodes#NO_DEFAULT_CALENDAR} */
	public static Message workingDaysWithoutCalendar() {
		return noDefaultCalendar("'deadlines extend to working days' needs the policy's calendar of public holidays:"
				+ " add 'holidays France' (or a calendar of this file) before it");
	}

	private static Message noDefaultCalendar(String text) {
		return new Message(IssueCodes.NO_DEFAULT_CALENDAR, text);
	}

	private static String calendarTest(boolean holiday) {
		return holiday ? "'is a public holiday'" : "'is a working day'";
	}

	// ------------------------------------------------------------------------------------ privacy.impossible-day

	/** {@link IssueCodes#IMPOSSIBLE_DAY} */
	public static Message notADayOfTheYear(String day) {
		return impossibleDay("'" + day + "' is not a day of the year; write the month then the day, as in 'yearly"
				+ " 12-26'");
	}

	/** {@link IssueCodes#IMPOSSIBLE_DAY}: {@code days} before (negative) or after easter. */
	public static Message easterOffsetTooFar(int days) {
		return impossibleDay("a day " + Math.abs(days) + " days " + (days < 0 ? "before" : "after") + " easter can"
				+ " fall in another year; count at most 80 days before and 250 days after easter, or list the dates");
	}

	/** {@link IssueCodes#IMPOSSIBLE_DAY} */
	public static Message listedDateImpossible(String date) {
		return impossibleDay("'" + date + "' is not a date of the calendar; check the month and the day");
	}

	private static Message impossibleDay(String text) {
		return new Message(IssueCodes.IMPOSSIBLE_DAY, text);
	}

	// ------------------------------------------------------------------------ privacy.duplicate-calendar-entry

	/** {@link IssueCodes#DUPLICATE_CALENDAR_ENTRY} (a warning): {@code entry} is the day as written. */
	public static Message calendarEntryTwice(String entry) {
		return new Message(IssueCodes.DUPLICATE_CALENDAR_ENTRY,
				"'" + entry + "' is listed twice in this calendar; remove one");
	}

	// ---------------------------------------------------------------------------------- privacy.cyclic-calendar

	/** {@link IssueCodes#CYCLIC_CALENDAR}: {@code path} names the calendars from this one back to itself. */
	public static Message cyclicCalendar(String calendar, List<String> path) {
		List<String> quoted = path.stream().map(name -> "'" + name + "'").toList();
		return new Message(IssueCodes.CYCLIC_CALENDAR, "calendar '" + calendar + "' includes itself through "
				+ String.join(", ", quoted) + "; remove one of these 'holidays' lines");
	}

	// ---------------------------------------------------------------------------- privacy.unknown-opening-hours

	/** {@link IssueCodes#UNKNOWN_OPENING_HOURS}: {@code suggestion} may be null. */
	public static Message unknownOpeningHours(String name, String suggestion) {
		return new Message(IssueCodes.UNKNOWN_OPENING_HOURS, "no opening hours are named '" + name + "'"
				+ (suggestion != null ? "; did you mean '" + suggestion + "'?"
						: "; declare them with 'opening hours " + name + "' and one window a line"));
	}

	// ----------------------------------------------------------------------------------- privacy.unknown-weekday

	/** {@link IssueCodes#UNKNOWN_WEEKDAY} */
	public static Message unknownWeekday(String name) {
		return new Message(IssueCodes.UNKNOWN_WEEKDAY, "'" + name + "' is not a day of the week; write monday,"
				+ " tuesday, wednesday, thursday, friday, saturday or sunday");
	}

	// -------------------------------------------------------------------------------------- privacy.empty-window

	/** {@link IssueCodes#EMPTY_WINDOW}: the times as written. */
	public static Message emptyWindow(String start, String end) {
		return new Message(IssueCodes.EMPTY_WINDOW, "the window from " + start + " to " + end + " holds no time; its"
				+ " end is excluded and must come after its start (write two windows across midnight)");
	}
}
