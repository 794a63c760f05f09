package org.privacy.dsl.generator;

import java.util.List;
import java.util.Map;

/**
 * What the check method of one rule needs, worked out by {@link RuleCompiler} from the model: names, the subject's
 * words, the Java of its conditions and reads, the pieces of its deadline. {@code RuleTemplates} lays it out as Java
 * and decides nothing. Every string is a Java expression or statement, ready to be written.
 *
 * @param constant the rule's {@code RuleInfo} constant
 * @param subject how the findings name the record
 * @param termMemo whether the method declares the rule's {@code TermMemo} (terms evaluated or helpers called)
 * @param scopeReads the required fields the rule's scope reads, each read once before judging
 * @param guards when the rule does not apply, in order (activity term, filter, effective dates)
 * @param requiredReads the reads of fields required in the record's case and of fields the rule {@code needs}
 * @param judgingReads the other required fields judging may read
 * @param judgement what the rule requires or forbids
 */
record RulePlan(String constant, Subject subject, boolean termMemo, List<String> scopeReads, List<Guard> guards,
		List<String> requiredReads, List<String> judgingReads, Judgement judgement) {

	/** The constant of the fields the rule reads, as findings list them. */
	String fields() {
		return constant + "_FIELDS";
	}

	/**
	 * The same plan with reads that nothing after them uses replaced by the statement that reads the value alone
	 * (the declaration to that statement; which still makes a missing value a data error).
	 */
	RulePlan withReadsReplaced(Map<String, String> unused) {
		return new RulePlan(constant, subject, termMemo, replaced(scopeReads, unused), guards,
				replaced(requiredReads, unused), replaced(judgingReads, unused), judgement);
	}

	private static List<String> replaced(List<String> reads, Map<String, String> unused) {
		return reads.stream().map(read -> unused.getOrDefault(read, read)).toList();
	}

	/**
	 * How findings name the record.
	 *
	 * @param words the entity's words as a Java literal ({@code "data subject request"})
	 * @param activity the activity term's name as a Java literal, or {@code null}
	 * @param key the Java expression of the record's key
	 */
	record Subject(String words, String activity, String key) {
	}

	/**
	 * A test that makes the rule not apply: {@code if (condition)} the outcome is not applicable, for the reason
	 * {@code why} (a constant of the runtime's {@code Explanations}: {@code OUTSIDE_SCOPE}, {@code BEFORE_EFFECTIVE},
	 * {@code AFTER_EFFECTIVE}).
	 */
	record Guard(String condition, String why) {
	}

	/** What a rule requires: a condition (obligation, prohibition), a deadline, or a deadline per element of a list. */
	interface Judgement {
	}

	/**
	 * An obligation ({@code must}) or a prohibition ({@code must not}). An obligation "a and b" names the parts not
	 * met; a prohibition "a or b" the parts that held.
	 *
	 * @param prohibition whether the condition is forbidden
	 * @param parts the parts of the condition at its first level, as Java conditions (one when it is not compound)
	 * @param partNames how each part is named in the finding, as Java literals
	 * @param shown per part, the values it compares shown in the finding, or {@code null}; empty when no part shows any
	 * @param elements whether a quantifier remembers the element that decides it ({@code terms.watch()})
	 * @param exceptions the Java expression naming the exception that applies, or {@code null} without exceptions
	 * @param text the condition as the author wrote it, as a Java literal
	 * @param custom the rule's own explanation as a Java string expression, or {@code null}
	 * @param calendarReason why a calendar test failed, as a Java string expression, or {@code null}
	 * @param sentence the constant {@code Finding.Template} of the violation's sentence when it names nothing but the
	 *        record (one part, nothing shown or read), else {@code null}
	 */
	record Requirement(boolean prohibition, List<String> parts, List<String> partNames, List<String> shown,
			boolean elements, String exceptions, String text, String custom, String calendarReason, String sentence)
			implements Judgement {

		boolean showing() {
			return !shown.isEmpty();
		}

		/** A sentence that reads the record, or shows the values compared, is built at once. */
		boolean eager() {
			return custom != null || calendarReason != null || showing();
		}
	}

	/** A deadline about the record itself. */
	record Deadline(Outcome outcome) implements Judgement {
	}

	/**
	 * A deadline per element of a list ({@code every r in recipients satisfies told within 1 month after erasedAt}):
	 * one outcome per element, the element named by its key or position.
	 *
	 * @param loop the loop's header line ({@code for (...) {})
	 * @param element the statement that reads the element, or empty
	 */
	record ElementDeadline(String loop, String element, Outcome outcome) implements Judgement {
	}

	/**
	 * How findings name the record (or the element): the lines that compute {@code key} (and, for an element of a
	 * list, {@code subject}), and the arguments of {@code Sentences} that name the subject.
	 */
	record Naming(String words, String key, String activity, List<String> lines) {

		String arguments() {
			return words + ", " + key + ", " + activity;
		}

		/** The subject as a string now, for a sentence built at once. */
		String subject() {
			return words.equals("subject") ? "subject" : "Explanations.subject(" + arguments() + ")";
		}
	}

	/**
	 * What a record that reaches the report of a rule means for the verdict-only check ({@code sink} null), which
	 * builds nothing: {@code violates} is the Java condition under which the outcome breaks the rule; in a loop over
	 * the elements of a list the check goes on with the next element unless it does.
	 */
	record Verdict(String violates, boolean inLoop) {

		/** Whether the record complies, as a Java expression. */
		String complies() {
			return violates.equals("true") ? "false" : violates.equals("false") ? "true" : "!(" + violates + ")";
		}
	}

	/**
	 * The outcome of one deadline, reported unless satisfied.
	 *
	 * @param date whether the deadline counts dates ({@code LocalDate}) rather than instants
	 * @param length the declaration's value when the length is read or added up (computed once), else {@code null}
	 * @param span the length of time as Java ({@code length} when declared)
	 * @param done the raw value of the event that ends the deadline, and its path as a Java literal
	 * @param donePath the path of that value, as a Java literal
	 * @param startRaw when the start may be missing, its raw value (read as {@code null} when missing), else
	 *        {@code null}
	 * @param startPath the path of the start as a Java literal, when it may be missing
	 * @param start when the start is always there, its Java value
	 * @param pendingWhileMissing whether a missing start is reported {@code pending}
	 * @param calendar the holidays of a deadline counted in working days, or {@code null}
	 * @param zone the policy's time zone constant
	 * @param eventText how the sentence names the event, as a Java literal
	 * @param counted how the deadline was counted, as a Java string expression
	 * @param exceptions the Java expression naming the exception that applies, or {@code null}
	 * @param fields the Java expression of the fields the finding lists
	 * @param naming how the finding names the record or element
	 * @param inLoop whether this is one element's outcome in a loop ({@code continue} rather than {@code return})
	 * @param custom the rule's own explanation as a Java string expression, or {@code null}
	 */
	record Outcome(boolean date, String length, String span, String done, String donePath, String startRaw,
			String startPath, String start, boolean pendingWhileMissing, String calendar, String zone,
			String eventText, String counted, String exceptions, String fields, Naming naming, boolean inLoop,
			String custom, String sentence) {

		/** What skips to the next element, or ends the method, once the outcome is decided. */
		String skip() {
			return inLoop ? "continue;" : "return true;";
		}

		String type() {
			return date ? "LocalDate" : "Instant";
		}
	}
}
