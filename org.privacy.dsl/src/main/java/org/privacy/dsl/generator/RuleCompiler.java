package org.privacy.dsl.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import org.eclipse.emf.ecore.EObject;
import org.privacy.dsl.typing.PersonalData;
import org.privacy.dsl.privacy.Count;
import org.privacy.dsl.privacy.DurationLiteral;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Expression;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.FieldAccess;
import org.privacy.dsl.privacy.Parameter;
import org.privacy.dsl.privacy.Prohibition;
import org.privacy.dsl.privacy.Quantified;
import org.privacy.dsl.privacy.Reference;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Statement;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.privacy.Unless;
import org.privacy.dsl.privacy.Variable;
import org.privacy.dsl.typing.Calendars;
import org.privacy.dsl.typing.ElementDeadline;
import org.privacy.dsl.typing.PrivacyType;
import org.privacy.dsl.typing.PrivacyTypeComputer;
import org.privacy.dsl.model.FieldPaths;
import org.privacy.dsl.model.JavaNames;
import org.privacy.dsl.model.LiteralValues;
import org.privacy.dsl.model.Placeholders;
import org.privacy.dsl.model.SourceText;
import org.privacy.dsl.model.SpanValue;

/**
 * Compiles one rule to the body of its check method: when the rule applies, what it requires, which exception wins,
 * and what the finding says. The semantics of obligations, prohibitions, deadlines and exceptions are here and in
 * the runtime's {@code Deadlines} and {@code Explanations}, nowhere else.
 */
public final class RuleCompiler {

	private final ExpressionCompiler x;
	private final PrivacyTypeComputer types;

	RuleCompiler(ExpressionCompiler x, PrivacyTypeComputer types) {
		this.x = x;
		this.types = types;
	}

	/** How sentences name an entity: its title, or its name in words ({@code DSRequest} is {@code ds request}). */
	public static String entityWords(Entity entity) {
		return entity.getTitle() != null ? entity.getTitle() : org.privacy.runtime.Text.humanize(entity.getName());
	}

	/**
	 * How sentences name what a deadline counts from: a titled field of the record as {@code the data subject
	 * request's date of receipt}, anything else as written.
	 */
	static String fromWords(Expression from) {
		if (from instanceof Reference r && r.getTarget() instanceof Field f && f.getTitle() != null
				&& f.eContainer() instanceof Entity owner) {
			return "the " + entityWords(owner) + "'s " + f.getTitle();
		}
		return SourceText.of(from);
	}

	/** The Java name of the constant holding the rule's {@code RuleInfo} ({@link JavaNames#ruleConstant}). */
	static String constant(Rule rule) {
		return JavaNames.ruleConstant(rule.getName());
	}

	/** The private method that checks one rule ({@link JavaNames#ruleMethod}). */
	static String methodName(Rule rule) {
		return JavaNames.ruleMethod(rule.getName());
	}

	/** The statements of the check method, indented for a method body inside a {@code try}. */
	String body(Rule rule, Entity entity) {
		Statement s = rule.getStatement();
		ExpressionCompiler.Env env = x.env(entity);
		String rc = constant(rule);
		Lines out = new Lines(2);
		x.startRule(rule);

		String subjectWords = JavaText.literal(entityWords(entity));
		String activity = s.getSubject() instanceof Term t ? JavaText.literal(t.getName()) : "null";
		String key = x.key("r", entity);

		// when the rule applies; every field a part may read is read first, so that which field is a data error
		// does not depend on the order of the parts of an 'and'
		Reads scope = new Reads(entity);
		if (s.getSubject() instanceof Term activityTerm) {
			scope.collect(activityTerm.getCondition());
		}
		scope.collect(s.getFilter());
		scope.emit(out, env);
		if (s.getSubject() instanceof Term activityTerm && activityTerm.getCondition() != null) {
			out.add("if (!" + x.termMethod(activityTerm) + "(r, ctx, terms)) {");
			notApplicable(out, rc, subjectWords, key, "OUTSIDE_SCOPE");
			out.add("\treturn true;").add("}");
		}
		if (s.getFilter() != null) {
			out.add("if (!" + wrap(x.compile(s.getFilter(), env)) + ") {");
			notApplicable(out, rc, subjectWords, key, "OUTSIDE_SCOPE");
			out.add("\treturn true;").add("}");
		}
		effective(rule, env, out, rc, subjectWords, key);
		// then what judging it needs: the fields required in the record's case, the fields the rule names in
		// 'needs', and every other field it may read
		Set<Field> conditional = new LinkedHashSet<>();
		requiredWhenReads(rule, entity, conditional);
		for (Field field : conditional) {
			out.add(requireWhen(field));
		}
		for (Field needed : rule.getNeeds()) {
			if (needed != null && !needed.eIsProxy() && !types.typeOf(needed).list()) {
				out.add(x.typedField("r", needed, needed.getName()) + ";");
			}
		}
		Reads judging = new Reads(entity, scope);
		judging.collect(s.getDeadline() == null ? s.getRequirement() : null);
		if (s.getDeadline() != null) {
			judging.collect(s.getDeadline().getFrom());
			judging.collect(s.getDeadline().getSpan());
			if (s.getRequirement() instanceof Quantified q) {
				judging.collect(q.getCollection());
			}
		}
		for (Unless unless : rule.getExceptions()) {
			judging.collect(unless.getCondition());
		}
		judging.emit(out, env);

		String exceptions = exceptions(rule, env);

		if (s.getDeadline() != null) {
			deadline(rule, s, env, out, subjectWords, activity, exceptions, rc);
			return withTermMemo(out, activityTerm(s));
		}
		boolean prohibition = s.getKind() instanceof Prohibition;
		// an obligation "a and b" names the parts not met; a prohibition "a or b" the parts that held
		List<Expression> parts = rule.getExplanation() == null ? parts(s.getRequirement(), prohibition ? "or" : "and")
				: List.of(s.getRequirement());
		List<String> compiledParts = new ArrayList<>();
		x.watchElements();
		for (Expression part : parts) {
			compiledParts.add(x.compile(part, env));
		}
		// a quantifier that stops at an element remembers it: the finding names it (credentials[2].algorithm)
		boolean elements = x.tracksElements();
		String requirement = compiledParts.size() == 1 ? compiledParts.get(0)
				: "(" + String.join(prohibition ? " || " : " && ", compiledParts) + ")";
		if (elements) {
			out.add("terms.watch();");
		}
		out.add("if (" + (prohibition ? "!" + wrap(requirement) : requirement) + ") {");
		judged(out, rc, "Status.SATISFIED", rc + "_FIELDS", key,
				"Sentences.satisfied(" + subjectWords + ", key, " + activity + ", " + rc + ")");
		out.add("\treturn true;").add("}");
		if (elements) {
			out.add("terms.hold();");
		}
		if (exceptions != null) {
			out.add("String exception = " + exceptions + ";");
		}
		Naming naming = new Naming(subjectWords, "key", activity, List.of("String key = " + key + ";"));
		Verdict verdict = exceptions != null ? new Verdict("exception == null", false) : new Verdict("true", false);
		verdict.emit(out);
		naming.lines().forEach(out::add);
		String text = JavaText.literal(SourceText.of(s.getRequirement()));
		String partsArgument = "";
		// a part comparing with a parameter shows the values compared: attempts 5 > maxAttempts (3)
		List<String> shown = new ArrayList<>();
		for (Expression part : parts) {
			shown.add(rule.getExplanation() == null ? x.comparedValues(part, env, prohibition) : null);
		}
		boolean showing = shown.stream().anyMatch(v -> v != null);
		if (parts.size() > 1) {
			out.add("List<String> parts = new ArrayList<>(" + parts.size() + ");");
			if (showing) {
				out.add("List<String> shown = new ArrayList<>(" + parts.size() + ");");
			}
			for (int i = 0; i < parts.size(); i++) {
				// a part after the one that decided was not read by the rule: unreadable, it is not named
				out.add("try {");
				out.add("\tif (" + (prohibition ? wrap(compiledParts.get(i)) : "!" + wrap(compiledParts.get(i)))
						+ ") {");
				out.add("\t\tparts.add(" + JavaText.literal(partName(parts.get(i))) + ");");
				if (showing) {
					out.add("\t\tshown.add(" + (shown.get(i) == null ? "null" : shown.get(i)) + ");");
				}
				out.add("\t}");
				out.add("} catch (DataException | ArithmeticException | java.time.DateTimeException e) {");
				out.add("\t// not named");
				out.add("}");
			}
			partsArgument = showing ? ", parts, shown" : ", parts";
		}
		String reason = x.calendarReason(s.getRequirement(), env);
		// a sentence that reads the record (or shows the values compared) is built now, so that a later change to the
		// object cannot change it
		boolean eager = rule.getExplanation() != null || reason != null || showing;
		String explanation = rule.getExplanation() != null
				? "Explanations.custom(" + custom(rule.getExplanation(), entity) + ", " + rc + ")"
				: reason != null
						? "Explanations.calendar(" + naming.subject() + ", " + reason + ", " + rc + ", " + prohibition
								+ ")"
						: showing && parts.size() == 1
								? "Explanations." + (prohibition ? "forbiddenShowing" : "notMetShowing") + "("
										+ naming.subject() + ", " + text + ", " + shown.get(0) + ", " + rc + ")"
						: showing
								? "Explanations." + (prohibition ? "forbidden" : "notMet") + "(" + naming.subject()
										+ ", " + text + partsArgument + ", " + rc + ")"
						: "Sentences." + (prohibition ? "forbidden" : "notMet") + "(" + naming.arguments() + ", "
								+ text + (partsArgument.isEmpty() ? ", List.of()" : partsArgument) + ", " + rc + ")";
		report(out, rc, "Status.VIOLATED", explanation, exceptions != null,
				elements ? "terms.fields(" + rc + "_FIELDS, " + prohibition + ")" : rc + "_FIELDS", naming, eager,
				verdict);
		return withTermMemo(out, activityTerm(s));
	}

	private static boolean activityTerm(Statement s) {
		return s.getSubject() instanceof Term activity && activity.getCondition() != null;
	}

	/** The body, preceded by the rule's {@code TermMemo} when its conditions evaluate terms or call helpers. */
	private String withTermMemo(Lines lines, boolean activityTerm) {
		String body = lines.toString();
		// a value read only to make its absence a data error (the rule reads it in a term's method) needs no local
		for (java.util.Map.Entry<String, String> unused : x.unusedLocals(body).entrySet()) {
			body = body.replace(unused.getKey(), unused.getValue());
		}
		if (!activityTerm && !x.termMemoUsed()) {
			return body;
		}
		return new Lines(2).add("TermMemo terms = new TermMemo();") + body;
	}

	private void deadline(Rule rule, Statement s, ExpressionCompiler.Env env, Lines out, String subjectWords,
			String activity, String exceptions, String rc) {
		Quantified perElement = ElementDeadline.of(s);
		if (perElement != null) {
			elementDeadline(rule, s, perElement, env, out, subjectWords, activity, exceptions, rc);
			return;
		}
		Expression requirement = s.getRequirement();
		Term event = requirement instanceof Reference r && r.getTarget() instanceof Term t && t.isEvent() ? t : null;
		Expression at = event != null ? event.getAt() : requirement;
		Expression from = s.getDeadline().getFrom() != null ? s.getDeadline().getFrom()
				: event != null ? event.getFrom() : null;
		Naming naming = new Naming(subjectWords, "key", activity,
				List.of("String key = " + x.key("r", env.entity()) + ";"));
		outcome(rule, s, new Event(requirement, at, env, x.path(at), from, env, x.path(from), "return true;",
				naming), out, exceptions, rc, rc + "_FIELDS");
	}

	/**
	 * One outcome per element: {@code every r in recipients satisfies told within 1 month after erasedAt}. The
	 * element is named by its key, or else by its position in the list ({@code recipients[2]}, from 0), in the
	 * explanation and in the finding's field paths.
	 */
	private void elementDeadline(Rule rule, Statement s, Quantified q, ExpressionCompiler.Env env, Lines out,
			String subjectWords, String activity, String exceptions, String rc) {
		String var = ExpressionCompiler.variableName(q.getVar());
		String listPath = x.path(q.getCollection());
		ExpressionCompiler.Env inner = env.with(q.getVar(),
				new ExpressionCompiler.Local(var, types.typeOf(q.getVar()), listPath));
		Entity element = types.typeOf(q.getVar()).entity();
		Term event = ElementDeadline.eventTerm(q);
		// an event term is about the element: its fields are the element's
		ExpressionCompiler.Env eventEnv = event != null && element != null
				? new ExpressionCompiler.Env(var, element, inner.locals())
				: inner;
		Expression at = event != null ? event.getAt() : q.getCondition();
		Expression from = s.getDeadline().getFrom();
		ExpressionCompiler.Env fromEnv = inner;
		if (from == null && event != null) {
			from = event.getFrom();
			fromEnv = eventEnv;
		}
		String[] loop = x.loop(q.getCollection(), env, var);
		out.add("boolean complies = true;");
		out.add("int index = -1;");
		out.add(loop[0]);
		Lines body = new Lines(3);
		if (!loop[1].isEmpty()) {
			body.add(loop[1]);
		}
		body.add("index++;");
		Field elementKey = element == null ? null : ExpressionCompiler.keyField(element);
		String name = elementKey != null
				? JavaText.literal(entityWords(element)) + ", " + x.key(var, element)
				: "null, " + JavaText.literal(listPath) + " + \"[\" + index + \"]\"";
		// the element's name is built now: its position changes on the next turn
		Naming naming = new Naming("subject", "null", "null", List.of("String key = " + x.key("r", env.entity()) + ";",
				"String subject = Explanations.element(Explanations.subject(" + subjectWords + ", key, " + activity
						+ "), " + name + ");"));
		String fields = "Values.atIndex(" + rc + "_FIELDS, " + JavaText.literal(listPath + "[]") + ", index)";
		// a term's fields are read on the element: their paths are the list's ('recipients[].toldAt')
		String atPath = (event != null ? listPath + "[]." : "") + x.path(at);
		String fromPath = (fromEnv == eventEnv && event != null ? listPath + "[]." : "") + x.path(from);
		outcome(rule, s, new Event(q.getCondition(), at, eventEnv, atPath, from, fromEnv, fromPath, "continue;",
				naming), body, exceptions, rc, fields);
		out.addAll(body);
		out.add("}");
		out.add("return complies;");
	}

	/** What a deadline waits for and counts from, where their names are read, and how to skip to the next one. */
	private record Event(Expression requirement, Expression at, ExpressionCompiler.Env atEnv, String atPath,
			Expression from, ExpressionCompiler.Env fromEnv, String fromPath, String skip, Naming naming) {

		boolean inLoop() {
			return skip.equals("continue;");
		}
	}

	/**
	 * How the findings of a rule name the record: the lines that compute {@code key} (and, for an element of a list,
	 * {@code subject}), and the arguments of {@code Sentences} that name the subject.
	 */
	private record Naming(String words, String key, String activity, List<String> lines) {

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
	private record Verdict(String violates, boolean inLoop) {

		/** Whether the record complies, as a Java expression. */
		String complies() {
			return violates.equals("true") ? "false" : violates.equals("false") ? "true" : "!(" + violates + ")";
		}

		void emit(Lines out) {
			out.add("if (sink == null) {");
			if (!inLoop) {
				out.add("\treturn " + complies() + ";");
			} else if (violates.equals("false")) {
				out.add("\tcontinue;");
			} else {
				out.add("\tif (" + violates + ") {").add("\t\treturn false;").add("\t}").add("\tcontinue;");
			}
			out.add("}");
		}

		/** After the finding is reported: the rule's result. */
		void end(Lines out) {
			if (!inLoop) {
				out.add("return " + complies() + ";");
			} else if (!violates.equals("false")) {
				out.add("if (" + violates + ") {").add("\tcomplies = false;").add("}");
			}
		}
	}

	/**
	 * The outcome of one deadline, reported unless satisfied. A start that may be missing (an optional field, or an
	 * event that may not have happened) means the deadline has not started: nothing to report, or {@code pending}
	 * when the rule says {@code pending while missing}.
	 */
	private void outcome(Rule rule, Statement s, Event e, Lines out, String exceptions, String rc, String fields) {
		boolean date = types.typeOf(e.at()).is(PrivacyType.Kind.DATE);
		String type = date ? "LocalDate" : "Instant";
		// the length is the record's (a field of the rule's subject), even when the start is an element's
		ExpressionCompiler.Env spanEnv = x.env(types.subjectEntity(rule));
		Expression length = s.getDeadline().getSpan();
		String span = x.deadlineSpan(length, spanEnv);
		if (!(length instanceof DurationLiteral) && !(length instanceof Reference r && r.getTarget() instanceof Parameter)) {
			// lengths read or added up are computed once, for the deadline and for its sentence
			out.add("Span length = " + span + ";");
			span = "length";
		}
		String eventText = JavaText.literal(eventWords(e.requirement()));
		String counted = counted(length, e.from(), span);
		String done = type + " done = Values." + (date ? "dateOrNull" : "instantOrNull") + "(" + x.raw(e.at(), e.atEnv())
				+ ", " + JavaText.literal(e.atPath()) + (date ? ", " + x.zone() : "") + ");";
		if (ElementDeadline.startMayBeMissing(e.from())) {
			out.add(type + " from = Values." + (date ? "dateOrNull" : "instantOrNull") + "(" + x.raw(e.from(), e.fromEnv())
					+ ", " + JavaText.literal(e.fromPath()) + (date ? ", " + x.zone() : "") + ");");
			out.add(done);
			out.add("if (from == null) {");
			if (s.getDeadline().isPendingWhileMissing()) {
				// done before the deadline started is done in time; pending complies, so the verdict needs nothing
				out.add("\tif (done == null && sink != null) {");
				Lines pending = new Lines(out.depth() + 2);
				e.naming().lines().forEach(pending::add);
				if (exceptions != null) {
					pending.add("String exception = " + exceptions + ";");
				}
				report(pending, rc, "Status.PENDING", "Sentences.notStarted(" + e.naming().arguments() + ", " + eventText
						+ ", " + counted + ", " + rc + ")", exceptions != null, fields, e.naming(), false,
						new Verdict("false", true));
				out.addAll(pending);
				out.add("\t}");
			}
			out.add("\t" + e.skip()).add("}");
		} else {
			out.add(type + " from = " + x.compile(e.from(), e.fromEnv()) + ";");
			out.add(done);
		}
		// on date-time events, days, weeks, months and years end with their last local day (Due)
		if (Calendars.deadlinesOnWorkingDays(rule)) {
			// EU Regulation 1182/71 art. 3(4): a last day off work moves to the next working day
			String calendar = x.holidays(rule, null);
			out.add(date ? "LocalDate due = Due.lastWorkingDay(" + span + ", from, " + calendar + ");"
					: "Due due = Due.after(" + span + ", from, " + x.zone() + ", " + calendar + ");");
		} else {
			out.add(date ? "LocalDate due = " + span + ".after(from);"
					: "Due due = Due.after(" + span + ", from, " + x.zone() + ");");
		}
		String now = date ? "LocalDate.ofInstant(ctx.now(), " + x.zone() + ")" : "ctx.now()";
		out.add("Status status = Deadlines.outcome(due, done, " + now + ");");
		out.add("if (status == Status.SATISFIED) {");
		// the satisfied outcome names the record (or the element) like the others
		judged(out, rc, "Status.SATISFIED", fields, e.naming().lines(), "Sentences.deadline(status, "
				+ e.naming().arguments() + ", " + eventText + ", due, done, " + counted + ", " + rc + ")");
		out.add("\t" + e.skip()).add("}");
		if (exceptions != null) {
			out.add("String exception = " + exceptions + ";");
		}
		Verdict verdict = new Verdict(exceptions != null ? "exception == null && status.isViolation()"
				: "status.isViolation()", e.inLoop());
		verdict.emit(out);
		e.naming().lines().forEach(out::add);
		boolean eager = rule.getExplanation() != null;
		String explanation = eager
				? "status == Status.PENDING ? Explanations.deadline(status, " + e.naming().subject() + ", " + eventText
						+ ", due, done, " + counted + ", " + rc + ") : Explanations.custom("
						+ custom(rule.getExplanation(), e.fromEnv().entity()) + ", " + rc + ")"
				: "Sentences.deadline(status, " + e.naming().arguments() + ", " + eventText + ", due, done, " + counted
						+ ", " + rc + ")";
		report(out, rc, "status", explanation, exceptions != null, fields, e.naming(), eager, verdict);
	}

	/**
	 * A satisfied or not-applicable outcome, inside the block that returns: a finding when the context asks for every
	 * outcome, a count when it only counts them, nothing (two field reads) by default.
	 */
	private static void judged(Lines out, String rc, String status, String fields, String key, String explanation) {
		judged(out, rc, status, fields, List.of("String key = " + key + ";"), explanation);
	}

	/** The same, with the lines that name the record ({@code key}, and {@code subject} if the explanation uses it). */
	private static void judged(Lines out, String rc, String status, String fields, List<String> naming,
			String explanation) {
		// by default (findings only), one test
		out.add("\tif (sink != null && ctx.judgesEveryRecord()) {");
		out.add("\t\tif (ctx.reportsAllOutcomes()) {");
		naming.forEach(line -> out.add("\t\t\t" + line));
		out.add("\t\t\tsink.accept(Finding.of(" + rc + ", " + status + ", key, " + fields + ",");
		out.add("\t\t\t\t\t" + explanation + "));");
		out.add("\t\t} else {");
		out.add("\t\t\tsink.counted(" + rc + ", " + status + ");");
		out.add("\t\t}");
		out.add("\t}");
	}

	private static void notApplicable(Lines out, String rc, String subjectWords, String key, String why) {
		judged(out, rc, "Status.NOT_APPLICABLE", "List.of()", key, "Sentences.notApplicable(" + subjectWords
				+ ", key, " + rc + ", Explanations." + why + ")");
	}

	/**
	 * The finding of an outcome that is reported: {@code explanation} is a {@code Sentences} call (built when read),
	 * or, when {@code eager}, a string built now. Then what the rule returns ({@link Verdict#end}).
	 */
	private static void report(Lines out, String rc, String status, String explanation, boolean hasExceptions,
			String fields, Naming naming, boolean eager, Verdict verdict) {
		String finding = eager ? "new Finding(" : "Finding.of(";
		if (hasExceptions) {
			String exempt = eager ? "Explanations.exempt(" + naming.subject() + ", " + rc + ", exception)"
					: "Sentences.exempt(" + naming.arguments() + ", " + rc + ", exception)";
			out.add("sink.accept(" + finding + rc + ", exception == null ? " + status + " : Status.EXEMPT, "
					+ "key, " + fields + ",");
			out.add("\t\texception == null ? " + explanation + " : " + exempt + "));");
		} else {
			out.add("sink.accept(" + finding + rc + ", " + status + ", key, " + fields + ",");
			out.add("\t\t" + explanation + "));");
		}
		verdict.end(out);
	}

	/**
	 * How a deadline was counted, as a Java string expression: {@code "1 month after receivedAt"}, or for a parameter
	 * its name and the value this validator was given: {@code "retention, 3 years, after lastContactAt"}, or for
	 * lengths read or added up, as written and the length they made: {@code "period + extension, 3 months, after
	 * receivedAt"}.
	 */
	private String counted(Expression span, Expression from, String value) {
		if (span instanceof Reference r && r.getTarget() instanceof Parameter p) {
			return JavaText.literal(p.getName() + ", ") + " + " + value + " + "
					+ JavaText.literal(", after " + fromWords(from));
		}
		if (!(span instanceof DurationLiteral)) {
			// lengths read or added up: as written, then the length they made for this record
			return JavaText.literal(SourceText.of(span) + ", ") + " + " + value + " + "
					+ JavaText.literal(", after " + fromWords(from));
		}
		return JavaText.literal(spanWords(span) + " after " + fromWords(from));
	}

	private static String spanWords(Expression span) {
		if (span instanceof DurationLiteral d) {
			return SpanValue.of(d).words();
		}
		if (span instanceof Reference r && r.getTarget() instanceof Parameter p) {
			return p.getName();
		}
		return SourceText.of(span);
	}

	/** {@code A ? "name" : B ? "other" : null}, or {@code null} when the rule has no exception. */
	private String exceptions(Rule rule, ExpressionCompiler.Env env) {
		if (rule.getExceptions().isEmpty()) {
			return null;
		}
		StringBuilder b = new StringBuilder();
		for (Unless unless : rule.getExceptions()) {
			b.append(wrap(x.compile(unless.getCondition(), env))).append(" ? ")
					.append(JavaText.literal(exceptionName(unless))).append(" : ");
		}
		return b.append("null").toString();
	}

	/**
	 * The parts of a compound condition at its first level: {@code a and b and c} gives a, b, c for {@code "and"};
	 * anything else is one part. Parentheses group a part ({@code a and (b or c)} has two).
	 */
	static List<Expression> parts(Expression condition, String op) {
		List<Expression> parts = new ArrayList<>();
		collectParts(condition, op, parts);
		return parts;
	}

	private static void collectParts(Expression e, String op, List<Expression> parts) {
		if (e instanceof org.privacy.dsl.privacy.Binary b && b.getOp().equals(op)
				&& !parenthesized(e)) {
			collectParts(b.getLeft(), op, parts);
			collectParts(b.getRight(), op, parts);
		} else {
			parts.add(e);
		}
	}

	/**
	 * Whether the source text of {@code e} is wrapped in parentheses of its own: its first parenthesis closes at its
	 * end. {@code (a) <= 2 and (b)} starts and ends with one, but is not wrapped.
	 */
	static boolean parenthesized(Expression e) {
		org.eclipse.xtext.nodemodel.ICompositeNode node = org.eclipse.xtext.nodemodel.util.NodeModelUtils
				.findActualNodeFor(e);
		return node != null && wrapped(node.getText().strip());
	}

	/** Whether {@code text} is one parenthesized group: the parenthesis it opens with closes at its last character. */
	static boolean wrapped(String text) {
		if (!text.startsWith("(") || !text.endsWith(")")) {
			return false;
		}
		int depth = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '\\') {
					i++;
				} else if (c == '"') {
					quoted = false;
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == '(') {
				depth++;
			} else if (c == ')' && --depth == 0 && i < text.length() - 1) {
				return false;
			}
		}
		return true;
	}

	/** How a part of a compound condition is named: its term's name, or the rule author's words. */
	static String partName(Expression part) {
		if (part instanceof Reference r && r.getTarget() instanceof Term t) {
			return t.getName();
		}
		return titleOrText(part);
	}

	/** How a deadline's sentence names its event: a term by its name, a titled field by its title, else as written. */
	static String eventWords(Expression event) {
		return titleOrText(event);
	}

	/** A field alone by its title when it has one ({@code "date of the answer"}); anything else as written. */
	private static String titleOrText(Expression e) {
		Field field = e instanceof FieldAccess a ? a.getField()
				: e instanceof Reference r && r.getTarget() instanceof Field f ? f : null;
		return field != null && field.getTitle() != null ? field.getTitle() : SourceText.of(e);
	}

	/** How an exception is named in explanations: its term, or the rule author's words. */
	static String exceptionName(Unless unless) {
		Expression c = unless.getCondition();
		if (c instanceof Reference r && r.getTarget() instanceof Term t) {
			return t.getName();
		}
		return titleOrText(c);
	}

	private void effective(Rule rule, ExpressionCompiler.Env env, Lines out, String rc, String subjectWords,
			String key) {
		if (rule.getEffectiveFrom() == null) {
			return;
		}
		Field on = rule.getEffectiveOn();
		boolean date = on != null && types.typeOf(on).is(PrivacyType.Kind.DATE);
		String value = on == null ? "ctx.now()" : x.typedField("r", on, on.getName());
		String from = effectiveConstant(rule.getEffectiveFrom(), date, "FROM");
		out.add("if (" + value + ".isBefore(" + from + ")) {");
		notApplicable(out, rc, subjectWords, key, "BEFORE_EFFECTIVE");
		out.add("\treturn true;").add("}");
		if (rule.getEffectiveUntil() != null) {
			String until = effectiveConstant(LiteralValues.validDate(rule.getEffectiveUntil()).plusDays(1).toString(),
					date, "UNTIL");
			out.add("if (!" + value + ".isBefore(" + until + ")) {");
			notApplicable(out, rc, subjectWords, key, "AFTER_EFFECTIVE");
			out.add("\treturn true;").add("}");
		}
	}

	private String effectiveConstant(String isoDate, boolean date, String prefix) {
		java.time.LocalDate d = LiteralValues.validDate(isoDate);
		String local = "LocalDate.of(" + d.getYear() + ", " + d.getMonthValue() + ", " + d.getDayOfMonth() + ")";
		return x.members().constant(prefix + "_" + isoDate.replace('-', '_'), date ? "LocalDate" : "Instant",
				date ? local : local + ".atStartOfDay(" + x.zone() + ").toInstant()");
	}

	/** A custom explanation with {@code {field}} placeholders as a Java string expression. */
	private String custom(String template, Entity entity) {
		List<String> parts = new ArrayList<>();
		Matcher m = Placeholders.PATTERN.matcher(template);
		int last = 0;
		while (m.find()) {
			if (m.start() > last) {
				parts.add(JavaText.literal(template.substring(last, m.start())));
			}
			Field field = field(entity, m.group(1));
			if (field == null) {
				parts.add(JavaText.literal(m.group()));
			} else {
				parts.add("ctx.show(" + shown(field) + ", " + PersonalData.isPersonalValue(field, types) + ")");
			}
			last = m.end();
		}
		if (last < template.length()) {
			parts.add(JavaText.literal(template.substring(last)));
		}
		return parts.isEmpty() ? "\"\"" : String.join(" + ", parts);
	}

	/**
	 * What a placeholder shows of a field: its value, or for a reference the key of the record it names, never the
	 * record itself (the validator refuses lists and references to entities without a key).
	 */
	private String shown(Field field) {
		String raw = x.rawField("r", field);
		PrivacyType type = types.typeOf(field);
		Field key = type.is(PrivacyType.Kind.ENTITY) && !type.list() && type.entity() != null
				? ExpressionCompiler.keyField(type.entity()) : null;
		if (key == null) {
			return raw;
		}
		if (x.isBound(type.entity())) {
			return "Values.key(" + raw + " == null ? null : " + x.rawField("(" + raw + ")", key) + ")";
		}
		return "Values.referencedKey(" + raw + ", " + JavaText.literal(key.getName()) + ")";
	}

	static Field field(Entity entity, String name) {
		for (Field f : entity.getFields()) {
			if (f.getName().equals(name)) {
				return f;
			}
		}
		return null;
	}

	private static String wrap(String condition) {
		return condition.startsWith("(") && condition.endsWith(")") || !condition.contains(" ") ? condition
				: "(" + condition + ")";
	}

	// ------------------------------------------------------------------ fields required when

	/** The fields marked {@code required when} of the rule's record that any part of the rule reads or tests. */
	private void requiredWhenReads(Rule rule, Entity entity, Set<Field> into) {
		Set<Term> seen = new HashSet<>();
		Statement s = rule.getStatement();
		List<EObject> parts = new ArrayList<>();
		if (s.getSubject() instanceof Term t) {
			parts.add(t);
		}
		parts.add(s.getFilter());
		parts.add(s.getRequirement());
		parts.add(s.getDeadline());
		rule.getExceptions().forEach(parts::add);
		for (EObject part : parts) {
			requiredWhenReads(part, entity, into, seen);
		}
	}

	private void requiredWhenReads(EObject e, Entity entity, Set<Field> into, Set<Term> seen) {
		if (e == null) {
			return;
		}
		if (e instanceof Reference r && r.getTarget() instanceof Field f && f.eContainer() == entity
				&& f.getRequiredWhen() != null) {
			into.add(f);
		}
		if (e instanceof Term t) {
			Entity about = t.getActivity() != null ? t.getActivity() : t.getSubject();
			if (about == entity && seen.add(t)) {
				requiredWhenReads(t.getCondition(), entity, into, seen);
				requiredWhenReads(t.getAt(), entity, into, seen);
				requiredWhenReads(t.getFrom(), entity, into, seen);
			}
			return;
		}
		if (e instanceof Reference r && r.getTarget() instanceof Term t) {
			requiredWhenReads(t, entity, into, seen);
			return;
		}
		for (EObject child : e.eContents()) {
			requiredWhenReads(child, entity, into, seen);
		}
	}

	/** {@code Values.requireWhen(selection, "selection", <purpose = TRAINING>, "purpose = TRAINING");} */
	private String requireWhen(Field field) {
		org.privacy.dsl.privacy.RequiredWhen when = field.getRequiredWhen();
		Field on = when.getField();
		String expected = when.getValue() != null ? when.getValue().getName()
				: when.getText() != null ? when.getText() : when.getTruth();
		String words = on.getName() + (when.isNegated() ? " != " : " = ")
				+ (when.getText() != null ? "\"" + when.getText() + "\"" : expected);
		return "Values.requireWhen(" + x.rawField("r", field) + ", " + JavaText.literal(field.getName())
				+ ", Values.holds(" + x.rawField("r", on) + ", " + JavaText.literal(expected) + ", "
				+ !when.isNegated() + "), " + JavaText.literal(words) + ");";
	}

	// ------------------------------------------------------------------ fields read before judging

	/**
	 * The fields of a rule's record that its parts may read and that must be there: not optional, not a list, read
	 * directly or through single references, through the terms about the same entity. Reading them all before
	 * judging makes a missing or malformed one a data error whatever the order of the parts of an {@code and} or an
	 * {@code or}. Presence tests are left out (they handle a missing value), and so are the parts behind a guard
	 * that read optional fields: those are read only when present, as before.
	 */
	private final class Reads {
		private final Entity entity;
		private final Set<String> done;
		private final java.util.Map<String, Expression> reads = new java.util.LinkedHashMap<>();
		private final Set<Term> seen = new HashSet<>();

		Reads(Entity entity) {
			this(entity, null);
		}

		/** Reads that leave out what {@code before} has read already. */
		Reads(Entity entity, Reads before) {
			this.entity = entity;
			this.done = before == null ? new HashSet<>() : new HashSet<>(before.reads.keySet());
		}

		void collect(EObject e) {
			if (e == null || e instanceof org.privacy.dsl.privacy.Presence) {
				return;
			}
			if (e instanceof FieldAccess || e instanceof Reference r && r.getTarget() instanceof Field) {
				Expression read = (Expression) e;
				if (types.typeOf(read).is(PrivacyType.Kind.ENTITY)) {
					// a reference read whole is compared by key ('caller = callee'): the record is not looked up
					if (e instanceof FieldAccess access) {
						collect(access.getReceiver());
					}
					return;
				}
				if (isRequiredChain(read)) {
					String path = FieldPaths.of(read);
					if (!done.contains(path)) {
						reads.putIfAbsent(path, read);
					}
					return;
				}
				if (e instanceof FieldAccess access) {
					collect(access.getReceiver());
				}
				return;
			}
			if (e instanceof Reference r && r.getTarget() instanceof Term t && !t.eIsProxy()) {
				Entity about = t.getActivity() != null ? t.getActivity() : t.getSubject();
				if (about == entity && seen.add(t)) {
					collect(t.getCondition());
					collect(t.getAt());
					collect(t.getFrom());
				}
				return;
			}
			for (EObject child : e.eContents()) {
				collect(child);
			}
		}

		/** A field of the record, or a chain of single references from one, none of them optional or a list. */
		private boolean isRequiredChain(Expression e) {
			Field field;
			if (e instanceof FieldAccess access) {
				field = access.getField();
				if (!isRequiredChain(access.getReceiver())) {
					return false;
				}
			} else if (e instanceof Reference r && r.getTarget() instanceof Field f) {
				field = f;
				if (f.eContainer() != entity) {
					return false;
				}
			} else {
				return false;
			}
			return field != null && !field.eIsProxy() && !field.isOptional() && !types.typeOf(field).list();
		}

		void emit(Lines out, ExpressionCompiler.Env env) {
			for (Expression read : reads.values()) {
				x.hoistReferences(read, env).forEach(out::add);
				String java = x.compile(read, env);
				if (java.startsWith("Values.")) {
					// read once, into a local that the rule's conditions read from now on
					out.add(x.hoist(read, java, env));
				}
			}
		}
	}

	// ------------------------------------------------------------------ fields read

	/** The field paths a rule reads, through the terms it uses, in order of first appearance. */
	List<String> fieldsRead(Rule rule) {
		Set<String> paths = new LinkedHashSet<>();
		Set<Term> seen = new HashSet<>();
		Statement s = rule.getStatement();
		if (s.getSubject() instanceof Term t) {
			collect(t, paths, seen);
		}
		collect(s.getFilter(), paths, seen);
		if (rule.getEffectiveOn() != null) {
			paths.add(rule.getEffectiveOn().getName());
		}
		rule.getNeeds().stream().filter(f -> f != null && !f.eIsProxy()).forEach(f -> paths.add(f.getName()));
		Quantified perElement = ElementDeadline.of(s);
		Term elementEvent = perElement == null ? null : ElementDeadline.eventTerm(perElement);
		if (elementEvent != null) {
			seen.add(elementEvent);
			// the event's fields are the element's: recipients[].toldAt
			Set<String> own = new LinkedHashSet<>();
			collect(elementEvent.getAt(), own, new HashSet<>());
			if (s.getDeadline().getFrom() == null) {
				collect(elementEvent.getFrom(), own, new HashSet<>());
			}
			String prefix = FieldPaths.of(perElement.getCollection()) + "[].";
			own.forEach(path -> paths.add(prefix + path));
		}
		collect(s.getRequirement(), paths, seen);
		if (s.getDeadline() != null) {
			collect(s.getDeadline().getFrom(), paths, seen);
		}
		for (Unless u : rule.getExceptions()) {
			collect(u.getCondition(), paths, seen);
		}
		return new ArrayList<>(paths);
	}

	private void collect(Term term, Set<String> paths, Set<Term> seen) {
		if (!seen.add(term)) {
			return;
		}
		collect(term.getCondition(), paths, seen);
		collect(term.getAt(), paths, seen);
		collect(term.getFrom(), paths, seen);
	}

	private void collect(EObject e, Set<String> paths, Set<Term> seen) {
		if (e == null) {
			return;
		}
		if (e instanceof FieldAccess || e instanceof Reference r && r.getTarget() instanceof Field) {
			paths.add(FieldPaths.of((Expression) e));
			return;
		}
		if (e instanceof Reference r && r.getTarget() instanceof Term t) {
			collect(t, paths, seen);
			return;
		}
		for (EObject child : e.eContents()) {
			collect(child, paths, seen);
		}
	}

	/** Lines of Java at a fixed indentation. */
	static final class Lines {
		private final StringBuilder b = new StringBuilder();
		private final String indent;

		Lines(int depth) {
			indent = "\t".repeat(depth);
		}

		Lines add(String line) {
			b.append(indent).append(line).append('\n');
			return this;
		}

		/** The lines of {@code other}, at their own indentation. */
		Lines addAll(Lines other) {
			b.append(other.b);
			return this;
		}

		int depth() {
			return indent.length();
		}

		@Override
		public String toString() {
			return b.toString();
		}
	}
}
