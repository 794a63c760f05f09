package org.privacy.dsl.ide.highlighting;

import java.util.List;

import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;

/**
 * The semantic token types and modifiers of the language. Types are the protocol's standard ones, so that every
 * editor's colour theme colours them; the modifiers of our own say what a token is in the rules' terms.
 *
 * <table>
 * <tr><th>construct</th><th>type</th><th>modifiers</th></tr>
 * <tr><td>term</td><td>function</td><td>activity, condition or event</td></tr>
 * <tr><td>entity</td><td>class</td><td></td></tr>
 * <tr><td>field</td><td>property</td><td>personalData when its category is under {@code user}</td></tr>
 * <tr><td>rule id</td><td>decorator</td><td></td></tr>
 * <tr><td>legal basis</td><td>string</td><td>legalBasis</td></tr>
 * <tr><td>length of time</td><td>number</td><td>duration, and calendar for months and years</td></tr>
 * <tr><td>calendar of public holidays</td><td>struct</td><td>holidays; defaultLibrary when built in</td></tr>
 * <tr><td>opening hours</td><td>struct</td><td>openingHours</td></tr>
 * </table>
 * Declarations also carry the standard {@code declaration} modifier.
 */
public final class PrivacyTokenStyles {

	public static final String TERM = SemanticTokenTypes.Function;
	public static final String ENTITY = SemanticTokenTypes.Class;
	public static final String ENUMERATION = SemanticTokenTypes.Enum;
	public static final String ENUM_VALUE = SemanticTokenTypes.EnumMember;
	public static final String FIELD = SemanticTokenTypes.Property;
	public static final String PARAMETER = SemanticTokenTypes.Parameter;
	public static final String VARIABLE = SemanticTokenTypes.Variable;
	public static final String RULE_ID = SemanticTokenTypes.Decorator;
	public static final String LEGAL_BASIS = SemanticTokenTypes.String;
	public static final String DURATION = SemanticTokenTypes.Number;
	public static final String CATEGORY = SemanticTokenTypes.Namespace;
	public static final String POLICY = SemanticTokenTypes.Type;
	/** Calendars of public holidays and opening hours: declared names, told apart by a modifier. */
	public static final String CALENDAR = SemanticTokenTypes.Struct;

	public static final String DECLARATION = SemanticTokenModifiers.Declaration;
	public static final String READONLY = SemanticTokenModifiers.Readonly;
	public static final String DEFAULT_LIBRARY = SemanticTokenModifiers.DefaultLibrary;

	/** Modifier of an activity term: which records a rule is about. */
	public static final String ACTIVITY_MODIFIER = "activity";
	/** Modifier of a condition term: true or false for one record. */
	public static final String CONDITION_MODIFIER = "condition";
	/** Modifier of an event term: when something happened. */
	public static final String EVENT_MODIFIER = "event";
	/** Modifier of a field or category that holds personal data (a category under {@code user}). */
	public static final String PERSONAL_DATA_MODIFIER = "personalData";
	/** Modifier of a text that cites a legal basis. */
	public static final String LEGAL_BASIS_MODIFIER = "legalBasis";
	/** Modifier of a length of time. */
	public static final String DURATION_MODIFIER = "duration";
	/** Modifier of a calendar length of time (months, years), counted in the policy's time zone. */
	public static final String CALENDAR_MODIFIER = "calendar";

	/** Modifier of the name of a calendar of public holidays. */
	public static final String HOLIDAYS_MODIFIER = "holidays";
	/** Modifier of the name of opening hours. */
	public static final String OPENING_HOURS_MODIFIER = "openingHours";

	/** Our modifiers, added after the protocol's standard ones in the legend. */
	public static final List<String> CUSTOM_MODIFIERS = List.of(ACTIVITY_MODIFIER, CONDITION_MODIFIER,
			EVENT_MODIFIER, PERSONAL_DATA_MODIFIER, LEGAL_BASIS_MODIFIER, DURATION_MODIFIER, CALENDAR_MODIFIER,
			HOLIDAYS_MODIFIER, OPENING_HOURS_MODIFIER);

	private PrivacyTokenStyles() {
	}
}
