package org.privacy.dsl.generator

import java.util.List

/**
 * The check method's statements of one rule, laid out from its {@link RulePlan}: one template per construct
 * (obligation, prohibition, deadline, deadline per element of a list), and the pieces they share (a rule that does
 * not apply, a judged outcome, a reported finding, the verdict-only check). Decides nothing: every name and every
 * piece of Java comes from the plan. Pure: the same plan, the same text.
 */
class RuleTemplates {

	/** The statements of the rule's check method, indented for the method's {@code try} block (two tabs). */
	def static String body(RulePlan plan) {
		JavaText.indent(statements(plan).toString, "\t\t")
	}

	def private static CharSequence statements(RulePlan p) '''
		«IF p.termMemo»
			TermMemo terms = new TermMemo();
		«ENDIF»
		«FOR read : p.scopeReads»
			«read»
		«ENDFOR»
		«FOR guard : p.guards»
			«notApplicable(p, guard)»
		«ENDFOR»
		«FOR read : p.requiredReads»
			«read»
		«ENDFOR»
		«FOR read : p.judgingReads»
			«read»
		«ENDFOR»
		«judgement(p, p.judgement)»
	'''

	def private static CharSequence judgement(RulePlan p, RulePlan.Judgement judgement) {
		switch judgement {
			RulePlan.Requirement case judgement.prohibition: prohibition(p, judgement)
			RulePlan.Requirement: obligation(p, judgement)
			RulePlan.Deadline: deadline(p, judgement.outcome)
			RulePlan.ElementDeadline: elementDeadline(p, judgement)
		}
	}

	/** The rule does not apply to this record: {@code not applicable} when every outcome is reported. */
	def private static CharSequence notApplicable(RulePlan p, RulePlan.Guard guard) {
		val key = #['''String key = «p.subject.key»;'''.toString]
		val sentence = '''Sentences.notApplicable(«p.subject.words», key, «p.constant», Explanations.«guard.why»)'''
		'''
			if («guard.condition») {
				«judged(p.constant, "Status.NOT_APPLICABLE", "List.of()", key, sentence)»
				return true;
			}
		'''
	}

	// ------------------------------------------------------------------ obligations and prohibitions

	/** {@code must}: met when every part holds; the finding names the parts not met. */
	def private static CharSequence obligation(RulePlan p, RulePlan.Requirement r) {
		val requirement = if (r.parts.size == 1) r.parts.get(0) else '''(«r.parts.join(" && ")»)'''.toString
		requirement(p, r, requirement, r.parts.map['''!«RuleCompiler.wrap(it)»'''.toString], "notMet")
	}

	/** {@code must not}: met when no part holds; the finding names the parts that held. */
	def private static CharSequence prohibition(RulePlan p, RulePlan.Requirement r) {
		val forbidden = if (r.parts.size == 1) r.parts.get(0) else '''(«r.parts.join(" || ")»)'''.toString
		val held = r.parts.map[RuleCompiler.wrap(it)]
		requirement(p, r, '''!«RuleCompiler.wrap(forbidden)»'''.toString, held, "forbidden")
	}

	/**
	 * What obligations and prohibitions share: satisfied when {@code met}; else the exception that applies, and the
	 * finding naming each part for which {@code unmet} (a part after the one that decided was not read by the rule:
	 * unreadable, it is not named).
	 */
	def private static CharSequence requirement(RulePlan p, RulePlan.Requirement r, String met, List<String> unmet,
		String sentence) {
		val naming = new RulePlan.Naming(p.subject.words, "key", p.subject.activity,
			#['''String key = «p.subject.key»;'''.toString])
		val verdict = new RulePlan.Verdict(if (r.exceptions !== null) "exception == null" else "true", false)
		val several = r.parts.size > 1
		val parts = if (several) (if (r.showing) ", parts, shown" else ", parts") else ""
		val explanation = if (r.custom !== null) {
				'''Explanations.custom(«r.custom», «p.constant»)'''
			} else if (r.calendarReason !== null) {
				'''Explanations.calendar(«naming.subject», «r.calendarReason», «p.constant», «r.prohibition»)'''
			} else if (r.showing && !several) {
				val shown = r.shown.get(0)
				'''Explanations.«sentence»Showing(«naming.subject», «r.text», «shown», «p.constant»)'''
			} else if (r.showing) {
				'''Explanations.«sentence»(«naming.subject», «r.text»«parts», «p.constant»)'''
			} else if (r.sentence !== null) {
				r.sentence
			} else {
				val named = if (several) parts else ", List.of()"
				'''Sentences.«sentence»(«naming.arguments», «r.text»«named», «p.constant»)'''
			}
		val fields = if (r.elements) '''terms.fields(«p.fields», «r.prohibition»)''' else p.fields
		'''
			«IF r.elements»
				terms.watch();
			«ENDIF»
			if («met») {
				«judged(p.constant, "Status.SATISFIED", p.fields, naming.lines,
					'''Sentences.satisfied(«p.subject.words», key, «p.subject.activity», «p.constant»)''')»
				return true;
			}
			«IF r.elements»
				terms.hold();
			«ENDIF»
			«IF r.exceptions !== null»
				String exception = «r.exceptions»;
			«ENDIF»
			«verdictOnly(verdict)»
			«FOR line : naming.lines»
				«line»
			«ENDFOR»
			«IF several»
				List<String> parts = new ArrayList<>(«r.parts.size»);
				«IF r.showing»
					List<String> shown = new ArrayList<>(«r.parts.size»);
				«ENDIF»
				«FOR i : 0 ..< r.parts.size»
					try {
						if («unmet.get(i)») {
							parts.add(«r.partNames.get(i)»);
							«IF r.showing»
								shown.add(«r.shown.get(i) ?: "null"»);
							«ENDIF»
						}
					} catch (DataException | ArithmeticException | java.time.DateTimeException e) {
						// not named
					}
				«ENDFOR»
			«ENDIF»
			«report(p.constant, "Status.VIOLATED", explanation, r.sentence !== null, r.exceptions !== null, fields, naming,
				r.eager, verdict)»
		'''
	}

	// ------------------------------------------------------------------ deadlines

	/** A deadline about the record: one outcome. */
	def private static CharSequence deadline(RulePlan p, RulePlan.Outcome o) {
		outcome(p, o)
	}

	/** A deadline per element of a list: one outcome per element, the method complies when every one does. */
	def private static CharSequence elementDeadline(RulePlan p, RulePlan.ElementDeadline d) '''
		boolean complies = true;
		int index = -1;
		«d.loop»
			«IF !d.element.empty»
				«d.element»
			«ENDIF»
			index++;
			«outcome(p, d.outcome)»
		}
		return complies;
	'''

	/**
	 * The outcome of one deadline, reported unless satisfied. A start that may be missing (an optional field, or an
	 * event that may not have happened) means the deadline has not started: nothing to report, or {@code pending}
	 * when the rule says {@code pending while missing} (done before the deadline started is done in time; pending
	 * complies, so the verdict needs nothing).
	 */
	def private static CharSequence outcome(RulePlan p, RulePlan.Outcome o) {
		val rc = p.constant
		val n = o.naming
		val hasExceptions = o.exceptions !== null
		val verdict = new RulePlan.Verdict(
			if (hasExceptions) "exception == null && status.isViolation()" else "status.isViolation()", o.inLoop)
		// the rule's constant sentence reads the finding's status, due and done; else they are captured now
		val sentence = if (o.sentence !== null)
				'''«o.sentence», due, done'''
			else
				'''Sentences.deadline(status, «n.arguments», «o.eventText», due, done, «o.counted», «rc»)'''
		val explanation = if (o.custom !== null) {
				val pending = '''Explanations.deadline(status, «n.subject», «o.eventText», due, done, «o.counted», «rc»)'''
				'''status == Status.PENDING ? «pending» : Explanations.custom(«o.custom», «rc»)'''
			} else {
				sentence
			}
		val notStarted = '''Sentences.notStarted(«n.arguments», «o.eventText», «o.counted», «rc»)'''
		val now = if (o.date) '''LocalDate.ofInstant(ctx.now(), «o.zone»)''' else "ctx.now()"
		'''
			«IF o.length !== null»
				Span length = «o.length»;
			«ENDIF»
			«IF o.startRaw !== null»
				«o.type» from = «orNull(o, o.startRaw, o.startPath)»;
				«o.type» done = «orNull(o, o.done, o.donePath)»;
				if (from == null) {
					«IF o.pendingWhileMissing»
						if (done == null && sink != null) {
							«FOR line : n.lines»
								«line»
							«ENDFOR»
							«IF hasExceptions»
								String exception = «o.exceptions»;
							«ENDIF»
							«report(rc, "Status.PENDING", notStarted, false, hasExceptions, o.fields, n, false,
								new RulePlan.Verdict("false", true))»
						}
					«ENDIF»
					«o.skip»
				}
			«ELSE»
				«o.type» from = «o.start»;
				«o.type» done = «orNull(o, o.done, o.donePath)»;
			«ENDIF»
			«due(o)»
			Status status = Deadlines.outcome(due, done, «now»);
			if (status == Status.SATISFIED) {
				«judged(rc, "Status.SATISFIED", o.fields, n.lines, sentence)»
				«o.skip»
			}
			«IF hasExceptions»
				String exception = «o.exceptions»;
			«ENDIF»
			«verdictOnly(verdict)»
			«FOR line : n.lines»
				«line»
			«ENDFOR»
			«report(rc, "status", explanation, false, hasExceptions, o.fields, n, o.custom !== null, verdict)»
		'''
	}

	/** A value read as {@code null} when missing: {@code Values.instantOrNull(r.sentAt(), "sentAt")}. */
	def private static String orNull(RulePlan.Outcome o, String raw, String path) {
		if (o.date)
			'''Values.dateOrNull(«raw», «path», «o.zone»)'''
		else
			'''Values.instantOrNull(«raw», «path»)'''
	}

	/**
	 * When the deadline falls: on date-time events, days, weeks, months and years end with their last local day
	 * ({@code Due}); counted in working days, a last day off work moves to the next working day (EU Regulation
	 * 1182/71 art. 3(4)).
	 */
	def private static String due(RulePlan.Outcome o) {
		if (o.calendar !== null) {
			if (o.date)
				'''LocalDate due = Due.lastWorkingDay(«o.span», from, «o.calendar»);'''
			else
				'''Due due = Due.after(«o.span», from, «o.zone», «o.calendar»);'''
		} else {
			if (o.date)
				'''LocalDate due = «o.span».after(from);'''
			else
				'''Due due = Due.after(«o.span», from, «o.zone»);'''
		}
	}

	// ------------------------------------------------------------------ outcomes and findings

	/**
	 * A satisfied or not-applicable outcome, inside the block that returns: a finding when the context asks for every
	 * outcome, a count when it only counts them, nothing (two field reads) by default. {@code naming} are the lines
	 * that name the record ({@code key}, and {@code subject} if the explanation uses it).
	 */
	def private static CharSequence judged(String rc, String status, CharSequence fields, List<String> naming,
		CharSequence explanation) '''
		if (sink != null && ctx.judgesEveryRecord()) {
			if (ctx.reportsAllOutcomes()) {
				«FOR line : naming»
					«line»
				«ENDFOR»
				sink.accept(Finding.of(«rc», «status», key, «fields»,
						«explanation»));
			} else {
				sink.counted(«rc», «status»);
			}
		}
	'''

	/**
	 * The finding of an outcome that is reported: {@code explanation} is the rule's constant sentence
	 * ({@code constant}, written on the line of the call) or a {@code Sentences} call (built when read), or, when
	 * {@code eager}, a string built now. Then what the rule returns.
	 */
	def private static CharSequence report(String rc, String status, CharSequence explanation, boolean constant,
		boolean hasExceptions, CharSequence fields, RulePlan.Naming naming, boolean eager, RulePlan.Verdict verdict) {
		val finding = if (eager) "new Finding(" else "Finding.of("
		val exempt = if (eager)
				'''Explanations.exempt(«naming.subject», «rc», exception)'''
			else
				'''Sentences.exempt(«naming.arguments», «rc», exception)'''
		'''
			«IF hasExceptions»
				sink.accept(«finding»«rc», exception == null ? «status» : Status.EXEMPT, key, «fields»,
						exception == null ? «explanation» : «exempt»));
			«ELSEIF constant»
				sink.accept(«finding»«rc», «status», key, «fields», «explanation»));
			«ELSE»
				sink.accept(«finding»«rc», «status», key, «fields»,
						«explanation»));
			«ENDIF»
			«IF !verdict.inLoop»
				return «verdict.complies»;
			«ELSEIF verdict.violates != "false"»
				if («verdict.violates») {
					complies = false;
				}
			«ENDIF»
		'''
	}

	/**
	 * The verdict-only check ({@code sink} null) builds nothing: it returns whether the record complies, or in a loop
	 * goes on with the next element unless this one breaks the rule.
	 */
	def private static CharSequence verdictOnly(RulePlan.Verdict verdict) '''
		if (sink == null) {
			«IF !verdict.inLoop»
				return «verdict.complies»;
			«ELSEIF verdict.violates == "false"»
				continue;
			«ELSE»
				if («verdict.violates») {
					return false;
				}
				continue;
			«ENDIF»
		}
	'''
}
