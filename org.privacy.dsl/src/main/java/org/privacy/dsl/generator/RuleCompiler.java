package org.privacy.dsl.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.eclipse.emf.ecore.EObject;
import org.privacy.dsl.typing.PersonalData;
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
 * Analyses one rule into the plan of its check method ({@link RulePlan}): when the rule applies, which fields it reads
 * first, what it requires, which exception wins, what the finding says; {@code RuleTemplates} lays the plan out as
 * Java. Conditions are compiled by {@link ExpressionCompiler}. The semantics of obligations, prohibitions, deadlines
 * and exceptions are here, in the templates' shapes and in the runtime's {@code Deadlines} and {@code Explanations},
 * nowhere else.
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
		RulePlan plan = plan(rule, entity);
		// a value read only to make its absence a data error (the rule reads it in a term's method) needs no local
		String body = RuleTemplates.body(plan);
		Map<String, String> unused = x.unusedLocals(body);
		// the same plan, the same text: rendered again only when a read was replaced
		return unused.isEmpty() ? body : RuleTemplates.body(plan.withReadsReplaced(unused));
	}

	/**
	 * What the check method of a rule needs. Compiling its conditions fills the class's constants and helpers, in
	 * the order of the method's statements: the same rules, the same class.
	 */
	RulePlan plan(Rule rule, Entity entity) {
		Statement s = rule.getStatement();
		ExpressionCompiler.Env env = x.env(entity);
		String rc = constant(rule);
		x.startRule(rule);
		RulePlan.Subject subject = new RulePlan.Subject(JavaText.literal(entityWords(entity)),
				s.getSubject() instanceof Term t ? JavaText.literal(t.getName()) : "null", x.key("r", entity));

		// when the rule applies; every field a part may read is read first, so that which field is a data error
		// does not depend on the order of the parts of an 'and'
		Reads scope = new Reads(entity);
		if (s.getSubject() instanceof Term activityTerm) {
			scope.collect(activityTerm.getCondition());
		}
		scope.collect(s.getFilter());
		List<String> scopeReads = scope.emit(env);
		List<RulePlan.Guard> guards = new ArrayList<>();
		if (s.getSubject() instanceof Term activityTerm && activityTerm.getCondition() != null) {
			guards.add(new RulePlan.Guard("!" + x.termMethod(activityTerm) + "(r, ctx, terms)", "OUTSIDE_SCOPE"));
		}
		if (s.getFilter() != null) {
			guards.add(new RulePlan.Guard("!" + wrap(x.compile(s.getFilter(), env)), "OUTSIDE_SCOPE"));
		}
		effective(rule, guards);
		// then what judging it needs: the fields required in the record's case, the fields the rule names in
		// 'needs', and every other field it may read
		List<String> requiredReads = new ArrayList<>();
		Set<Field> conditional = new LinkedHashSet<>();
		requiredWhenReads(rule, entity, conditional);
		for (Field field : conditional) {
			requiredReads.add(requireWhen(field));
		}
		for (Field needed : rule.getNeeds()) {
			if (needed != null && !needed.eIsProxy() && !types.typeOf(needed).list()) {
				requiredReads.add(x.typedField("r", needed, needed.getName()) + ";");
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
		List<String> judgingReads = judging.emit(env);

		String exceptions = exceptions(rule, env);
		RulePlan.Judgement judgement = s.getDeadline() != null ? deadline(rule, s, env, subject, exceptions, rc)
				: requirement(rule, s, env, entity, exceptions, subject, rc);
		boolean termMemo = activityTerm(s) || x.termMemoUsed();
		return new RulePlan(rc, subject, termMemo, scopeReads, guards, requiredReads, judgingReads, judgement);
	}

	/** An obligation or a prohibition: its parts compiled, how each is named and shown. */
	private RulePlan.Requirement requirement(Rule rule, Statement s, ExpressionCompiler.Env env, Entity entity,
			String exceptions, RulePlan.Subject subject, String rc) {
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
		List<String> partNames = parts.stream().map(part -> JavaText.literal(partName(part))).toList();
		// a part comparing with a parameter shows the values compared: attempts 5 > maxAttempts (3)
		List<String> shown = new ArrayList<>();
		for (Expression part : parts) {
			shown.add(rule.getExplanation() == null ? x.comparedValues(part, env, prohibition) : null);
		}
		if (shown.stream().allMatch(v -> v == null)) {
			shown.clear();
		}
		String reason = x.calendarReason(s.getRequirement(), env);
		String custom = rule.getExplanation() != null ? custom(rule.getExplanation(), entity) : null;
		String text = JavaText.literal(SourceText.of(s.getRequirement()));
		// a sentence that names nothing but the record is one constant of the class: a finding is then one object
		String sentence = parts.size() == 1 && shown.isEmpty() && custom == null && reason == null
				? x.members().constant(JavaNames.ruleSentenceConstant(rule.getName()), "Finding.Template",
						"Sentences." + (prohibition ? "forbidden(" : "notMet(") + subject.words() + ", "
								+ subject.activity() + ", " + text + ", List.of(), " + rc + ")")
				: null;
		return new RulePlan.Requirement(prohibition, compiledParts, partNames,
				java.util.Collections.unmodifiableList(shown), elements, exceptions, text, custom,
				custom != null ? null : reason, sentence);
	}

	private static boolean activityTerm(Statement s) {
		return s.getSubject() instanceof Term activity && activity.getCondition() != null;
	}

	private RulePlan.Judgement deadline(Rule rule, Statement s, ExpressionCompiler.Env env, RulePlan.Subject subject,
			String exceptions, String rc) {
		Quantified perElement = ElementDeadline.of(s);
		if (perElement != null) {
			return elementDeadline(rule, s, perElement, env, subject, exceptions, rc);
		}
		Expression requirement = s.getRequirement();
		Term event = requirement instanceof Reference r && r.getTarget() instanceof Term t && t.isEvent() ? t : null;
		Expression at = event != null ? event.getAt() : requirement;
		Expression from = s.getDeadline().getFrom() != null ? s.getDeadline().getFrom()
				: event != null ? event.getFrom() : null;
		RulePlan.Naming naming = new RulePlan.Naming(subject.words(), "key", subject.activity(),
				List.of("String key = " + x.key("r", env.entity()) + ";"));
		return new RulePlan.Deadline(outcome(rule, s, new Event(requirement, at, env, x.path(at), from, env,
				x.path(from), false, naming), exceptions, rc + "_FIELDS"));
	}

	/**
	 * One outcome per element: {@code every r in recipients satisfies told within 1 month after erasedAt}. The
	 * element is named by its key, or else by its position in the list ({@code recipients[2]}, from 0), in the
	 * explanation and in the finding's field paths.
	 */
	private RulePlan.ElementDeadline elementDeadline(Rule rule, Statement s, Quantified q, ExpressionCompiler.Env env,
			RulePlan.Subject subject, String exceptions, String rc) {
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
		Field elementKey = element == null ? null : ExpressionCompiler.keyField(element);
		String name = elementKey != null
				? JavaText.literal(entityWords(element)) + ", " + x.key(var, element)
				: "null, " + JavaText.literal(listPath) + " + \"[\" + index + \"]\"";
		// the element's name is built now: its position changes on the next turn
		RulePlan.Naming naming = new RulePlan.Naming("subject", "null", "null", List.of(
				"String key = " + x.key("r", env.entity()) + ";",
				"String subject = Explanations.element(Explanations.subject(" + subject.words() + ", key, "
						+ subject.activity() + "), " + name + ");"));
		String fields = "Values.atIndex(" + rc + "_FIELDS, " + JavaText.literal(listPath + "[]") + ", index)";
		// a term's fields are read on the element: their paths are the list's ('recipients[].toldAt')
		String atPath = (event != null ? listPath + "[]." : "") + x.path(at);
		String fromPath = (fromEnv == eventEnv && event != null ? listPath + "[]." : "") + x.path(from);
		return new RulePlan.ElementDeadline(loop[0], loop[1], outcome(rule, s, new Event(q.getCondition(), at,
				eventEnv, atPath, from, fromEnv, fromPath, true, naming), exceptions, fields));
	}

	/** What a deadline waits for and counts from, where their names are read, and whether it is an element's. */
	private record Event(Expression requirement, Expression at, ExpressionCompiler.Env atEnv, String atPath,
			Expression from, ExpressionCompiler.Env fromEnv, String fromPath, boolean inLoop,
			RulePlan.Naming naming) {
	}

	/** The pieces of one deadline's outcome, in the order the method uses them. */
	private RulePlan.Outcome outcome(Rule rule, Statement s, Event e, String exceptions, String fields) {
		boolean date = types.typeOf(e.at()).is(PrivacyType.Kind.DATE);
		// the length is the record's (a field of the rule's subject), even when the start is an element's
		ExpressionCompiler.Env spanEnv = x.env(types.subjectEntity(rule));
		Expression length = s.getDeadline().getSpan();
		String span = x.deadlineSpan(length, spanEnv);
		String declaredLength = null;
		if (!(length instanceof DurationLiteral)
				&& !(length instanceof Reference r && r.getTarget() instanceof Parameter)) {
			// lengths read or added up are computed once, for the deadline and for its sentence
			declaredLength = span;
			span = "length";
		}
		String eventText = JavaText.literal(eventWords(e.requirement()));
		String counted = counted(length, e.from(), span);
		String done = x.raw(e.at(), e.atEnv());
		boolean mayBeMissing = ElementDeadline.startMayBeMissing(e.from());
		String startRaw = mayBeMissing ? x.raw(e.from(), e.fromEnv()) : null;
		String start = mayBeMissing ? null : x.compile(e.from(), e.fromEnv());
		String calendar = Calendars.deadlinesOnWorkingDays(rule) ? x.holidays(rule, null) : null;
		String custom = rule.getExplanation() != null ? custom(rule.getExplanation(), e.fromEnv().entity()) : null;
		// a sentence that names nothing but the record, counted the same for every record, is one constant of the
		// class: the finding keeps the status, due and done it reads, and is then one object
		String sentence = !e.inLoop() && exceptions == null && custom == null && length instanceof DurationLiteral
				? x.members().constant(JavaNames.ruleSentenceConstant(rule.getName()), "Finding.DeadlineTemplate",
						"Sentences.deadline(" + e.naming().words() + ", " + e.naming().activity() + ", " + eventText
								+ ", " + counted + ", " + constant(rule) + ")")
				: null;
		return new RulePlan.Outcome(date, declaredLength, span, done, JavaText.literal(e.atPath()), startRaw,
				JavaText.literal(e.fromPath()), start, s.getDeadline().isPendingWhileMissing(), calendar, x.zone(),
				eventText, counted, exceptions, fields, e.naming(), e.inLoop(), custom, sentence);
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

	/** The guards of a rule's effective dates: before it, or after it, the rule does not apply. */
	private void effective(Rule rule, List<RulePlan.Guard> guards) {
		if (rule.getEffectiveFrom() == null) {
			return;
		}
		Field on = rule.getEffectiveOn();
		boolean date = on != null && types.typeOf(on).is(PrivacyType.Kind.DATE);
		String value = on == null ? "ctx.now()" : x.typedField("r", on, on.getName());
		String from = effectiveConstant(rule.getEffectiveFrom(), date, "FROM");
		guards.add(new RulePlan.Guard(value + ".isBefore(" + from + ")", "BEFORE_EFFECTIVE"));
		if (rule.getEffectiveUntil() != null) {
			String until = effectiveConstant(LiteralValues.validDate(rule.getEffectiveUntil()).plusDays(1).toString(),
					date, "UNTIL");
			guards.add(new RulePlan.Guard("!" + value + ".isBefore(" + until + ")", "AFTER_EFFECTIVE"));
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

	/** A condition in parentheses, unless it has them or is one word. */
	static String wrap(String condition) {
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

		/** The statements that read the fields, in order. */
		List<String> emit(ExpressionCompiler.Env env) {
			List<String> out = new ArrayList<>();
			for (Expression read : reads.values()) {
				x.hoistReferences(read, env).forEach(out::add);
				String java = x.compile(read, env);
				if (java.startsWith("Values.")) {
					// read once, into a local that the rule's conditions read from now on
					out.add(x.hoist(read, java, env));
				}
			}
			return out;
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
}
