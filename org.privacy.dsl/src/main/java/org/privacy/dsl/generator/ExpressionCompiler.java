package org.privacy.dsl.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EObject;
import org.privacy.dsl.typing.PersonalData;
import org.privacy.dsl.privacy.BaseCalendar;
import org.privacy.dsl.privacy.Binary;
import org.privacy.dsl.privacy.Calendar;
import org.privacy.dsl.privacy.CalendarEntry;
import org.privacy.dsl.privacy.CalendarTest;
import org.privacy.dsl.privacy.ClosedOnHolidays;
import org.privacy.dsl.privacy.DayRange;
import org.privacy.dsl.privacy.EasterDay;
import org.privacy.dsl.privacy.HoursEntry;
import org.privacy.dsl.privacy.HoursWindow;
import org.privacy.dsl.privacy.ListedDates;
import org.privacy.dsl.privacy.OpeningHours;
import org.privacy.dsl.privacy.WithinHours;
import org.privacy.dsl.privacy.YearlyDay;
import org.privacy.dsl.typing.Calendars;
import org.privacy.dsl.model.FieldPaths;
import org.privacy.dsl.model.LiteralValues;
import org.privacy.dsl.model.SourceText;
import org.privacy.dsl.model.SpanValue;
import org.privacy.dsl.typing.Accessors;
import org.privacy.dsl.privacy.Aggregate;
import org.privacy.dsl.privacy.AggregateFunction;
import org.privacy.dsl.privacy.Arithmetic;
import org.privacy.dsl.privacy.Binary;
import org.privacy.dsl.privacy.Log2;
import org.privacy.dsl.privacy.Rounding;
import org.privacy.dsl.privacy.BooleanLiteral;
import org.privacy.dsl.privacy.Compare;
import org.privacy.dsl.privacy.Count;
import org.privacy.dsl.privacy.DateLiteral;
import org.privacy.dsl.privacy.DateOf;
import org.privacy.dsl.privacy.DateTimeLiteral;
import org.privacy.dsl.privacy.DurationLiteral;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Expression;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.FieldAccess;
import org.privacy.dsl.privacy.FieldSource;
import org.privacy.dsl.privacy.LengthOf;
import org.privacy.dsl.privacy.Membership;
import org.privacy.dsl.privacy.Not;
import org.privacy.dsl.privacy.Now;
import org.privacy.dsl.privacy.NumberLiteral;
import org.privacy.dsl.privacy.Parameter;
import org.privacy.dsl.privacy.Presence;
import org.privacy.dsl.privacy.Quantified;
import org.privacy.dsl.privacy.Quantifier;
import org.privacy.dsl.privacy.Reference;
import org.privacy.dsl.privacy.Shift;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.privacy.TextLiteral;
import org.privacy.dsl.privacy.TimeLiteral;
import org.privacy.dsl.privacy.TimeOf;
import org.privacy.dsl.privacy.Today;
import org.privacy.dsl.privacy.ValueList;
import org.privacy.dsl.privacy.ValueName;
import org.privacy.dsl.privacy.Variable;
import org.privacy.dsl.privacy.WeekdayOf;
import org.privacy.dsl.typing.PrivacyType;
import org.privacy.dsl.typing.PrivacyTypeComputer;
import org.privacy.dsl.typing.Relations;

/**
 * Compiles expressions of one policy to Java expressions over the runtime's helpers. Quantifiers, counts, aggregates
 * and terms become private methods of the policy class, each analysed here into a {@link HelperPlan} that
 * {@code HelperTemplates.xtend} renders; constants (lengths of time, dates, sets of values, zones) become static
 * fields. Every value a rule needs is read through {@code Values}, so a missing or ill-typed value raises a
 * {@code DataException} that the rule turns into a data-error finding.
 */
final class ExpressionCompiler {

	/** What names mean inside the method being generated. */
	record Env(String subject, Entity entity, Map<Variable, Local> locals) {
		Env with(Variable v, Local local) {
			Map<Variable, Local> m = new LinkedHashMap<>(locals);
			m.put(v, local);
			return new Env(subject, entity, m);
		}
	}

	/** A quantifier variable in Java: its name, its type and the field path of its collection. */
	record Local(String name, PrivacyType type, String path) {
	}

	static final String SUBJECT = "r";
	static final String CONTEXT = "ctx";
	/** The rule's {@code TermMemo}: every method that may evaluate a term receives it. */
	static final String TERMS = "terms";

	/** Names generated code uses itself; a rule's variable with one of these names gets a trailing underscore. */
	private static final java.util.Set<String> RESERVED = java.util.Set.of(SUBJECT, CONTEXT, "item", "n", "sink",
			"record", "context", "key", "subject", "status", "from", "due", "done", "exception", "value", "e", "index",
			"complies", "length", "shown", TERMS);

	/** {@code name}, or {@code name2}, {@code name3}... when an enclosing quantifier already uses it (shadowing). */
	private static String unique(String name, Env env) {
		java.util.Set<String> taken = new java.util.HashSet<>();
		env.locals().values().forEach(l -> taken.add(l.name()));
		String candidate = name;
		for (int i = 2; taken.contains(candidate); i++) {
			candidate = name + i;
		}
		return candidate;
	}

	/** The Java name of a quantifier variable: its own name, unless that clashes with Java or generated names. */
	static String variableName(Variable v) {
		return unreserved(JavaText.methodName(v.getName()));
	}

	/** {@code name}, with a trailing underscore when it is a Java keyword or a name generated code uses itself. */
	private static String unreserved(String name) {
		return RESERVED.contains(name) || javax.lang.model.SourceVersion.isKeyword(name) ? name + "_" : name;
	}

	/** Whether entities bound to a Java class are read through its getters (else every entity is a record). */
	private final boolean bound;
	private final ClassMembers members;
	private final PrivacyTypeComputer types;
	private final Accessors accessors;
	private final String zone;

	ExpressionCompiler(boolean bound, ClassMembers members, PrivacyTypeComputer types, Accessors accessors,
			String zoneId) {
		this.bound = bound;
		this.members = members;
		this.types = types;
		this.accessors = accessors;
		this.zone = zoneConstant(zoneId);
	}

	/** Whether the code compiled since {@link #startRule} passes the rule's {@code TermMemo} on. */
	private boolean termMemoUsed;

	/**
	 * The values the rule method being compiled has read into locals once: the Java expression that reads a value
	 * (after the locals it reads through) to the local that holds it. Empty inside helper methods.
	 */
	private Map<String, String> hoisted = new java.util.HashMap<>();
	/** The locals of the rule method, by name: their declarations. */
	private final Map<String, String> declarations = new LinkedHashMap<>();
	/** The names the locals of the rule method may not take: generated names and the rule's variables. */
	private final java.util.Set<String> localNames = new java.util.HashSet<>();
	/** Whether a quantifier compiled now remembers the element that decides it (not inside another loop). */
	private boolean tracking = true;
	/** The values of the record the helper method being compiled reads once; {@code null} in a rule method. */
	private HelperReads reads;
	/** Whether the rule's conditions remember the element of a list that decides them ({@code TermMemo.decided}). */
	private boolean tracksElements;

	/** Starts compiling the conditions of one rule. */
	void startRule(org.privacy.dsl.privacy.Rule rule) {
		termMemoUsed = false;
		hoisted = new java.util.HashMap<>();
		declarations.clear();
		localNames.clear();
		localNames.addAll(RESERVED);
		// names of the body's own locals, and the first names of qualified names it writes (org.privacy.runtime...)
		localNames.addAll(java.util.List.of("parts", "org", "java", "javax"));
		rule.eAllContents().forEachRemaining(o -> {
			if (o instanceof Variable v && v.getName() != null) {
				localNames.add(variableName(v));
			}
		});
	}

	/** Whether a quantifier compiled since {@link #watchElements()} remembers the element that decided it. */
	boolean tracksElements() {
		return tracksElements;
	}

	/** Starts compiling what a rule requires or forbids: {@link #tracksElements()} says whether it names elements. */
	void watchElements() {
		tracksElements = false;
	}

	/**
	 * The locals of the rule method that nothing after their declaration reads: for each, the declaration line and
	 * the statement that reads the value alone (which still makes a missing value a data error).
	 */
	Map<String, String> unusedLocals(String body) {
		Map<String, String> unused = new LinkedHashMap<>();
		declarations.forEach((name, declaration) -> {
			// the rest of the body, outside string literals, naming the local (not a member: r.email())
			if (!JavaText.names(body.replace(declaration, ""), name)) {
				unused.put(declaration, declaration.substring(declaration.indexOf(" = ") + 3));
			}
		});
		return unused;
	}

	/** {@code java}, or the local that already holds its value in the rule method. */
	private String hoisted(String java) {
		return hoisted.getOrDefault(java, java);
	}

	/**
	 * Reads a value of the record once, into a local of the rule method: the declaration, after which the rule's
	 * conditions read the local. A field whose getter returns a Java enum is held as that enum's constant.
	 */
	String hoist(Expression read, String java, Env env) {
		String base = JavaText.methodName(path(read));
		String name = unreserved(base);
		for (int i = 2; localNames.contains(name); i++) {
			name = base + i;
		}
		localNames.add(name);
		String javaEnum = javaEnum(read);
		String declaration;
		if (javaEnum != null) {
			String constant = enumRead(read, env);
			hoisted.put(constant, name);
			hoisted.put(java, name + ".name()");
			declaration = javaEnum + " " + name + " = " + constant + ";";
		} else {
			hoisted.put(java, name);
			declaration = javaType(types.typeOf(read)) + " " + name + " = " + java + ";";
		}
		declarations.put(name, declaration);
		return declaration;
	}

	/**
	 * The declarations of the locals that hold the records a read goes through, before the read is hoisted: for
	 * {@code recipient.kind}, {@code Record recipient = Values.resolve(ctx, "Prospect", r.get("recipient"), ...);}.
	 * The record is then looked up once per rule method, where the first read through it looked it up, and every
	 * later read through it reuses it: a missing or dangling reference is the same data error at the same point.
	 * Empty for a read of the record's own field, or when the locals exist already.
	 */
	List<String> hoistReferences(Expression read, Env env) {
		List<String> declarations = new ArrayList<>();
		if (read instanceof FieldAccess access) {
			Expression receiver = access.getReceiver();
			declarations.addAll(hoistReferences(receiver, env));
			PrivacyType type = types.typeOf(receiver);
			if (type.is(PrivacyType.Kind.ENTITY) && !type.list()) {
				String java = compile(receiver, env);
				if (java.startsWith("Values.")) {
					declarations.add(hoist(receiver, java, env));
				}
			}
		}
		return declarations;
	}

	/**
	 * Compiles a helper method's body: the rule method's locals are not in its scope, and a quantifier in it
	 * remembers the element that decides it only with {@code track}.
	 */
	private <T> T inHelper(boolean track, java.util.function.Supplier<T> body) {
		Map<String, String> savedHoisted = hoisted;
		boolean savedTracking = tracking;
		HelperReads savedReads = reads;
		hoisted = Map.of();
		tracking = track;
		reads = new HelperReads(HELPER_NAMES);
		try {
			return body.get();
		} finally {
			hoisted = savedHoisted;
			tracking = savedTracking;
			reads = savedReads;
		}
	}

	/** Names the locals of a helper method may not take: the generated code's own, and {@code best}. */
	private static final java.util.Set<String> HELPER_NAMES;

	static {
		java.util.Set<String> names = new java.util.HashSet<>(RESERVED);
		names.add("best");
		HELPER_NAMES = java.util.Set.copyOf(names);
	}

	/** Reserves the names of a helper method's variables: those of the enclosing quantifiers and its own. */
	private void reserveNames(Env env, String variable) {
		env.locals().values().forEach(local -> reads.reserve(local.name()));
		reads.reserve(env.subject());
		reads.reserve(variable);
	}

	/**
	 * {@code java}, which reads a value of the record ({@code e}, of Java type {@code type}): in a rule method the
	 * local that already holds it, if any; in a helper method a use of a value it reads once ({@link HelperReads}),
	 * when the value is the record's (not a loop's element) and of a reference type.
	 */
	private String read(String java, Expression e, String type, String kind) {
		if (reads == null) {
			return hoisted(java);
		}
		if (!readsRecord(e) || type == null || type.equals("double") || type.equals("boolean")
				|| type.equals("Object") || type.startsWith("List<")) {
			return java;
		}
		String path = path(e);
		return reads.use(kind + ":" + path, JavaText.methodName(path), type, java);
	}

	/** Whether {@code e} reads a field of the method's record, directly or through references. */
	private static boolean readsRecord(Expression e) {
		if (e instanceof FieldAccess access) {
			return readsRecord(access.getReceiver());
		}
		return e instanceof Reference r && r.getTarget() instanceof Field;
	}

	/**
	 * Java whose parts Java evaluates in another order than they are compiled, or only under conditions the Java
	 * itself writes ({@link HelperReads#enterBarrier}).
	 */
	private String barrier(java.util.function.Supplier<String> java) {
		if (reads == null) {
			return java.get();
		}
		reads.enterBarrier();
		try {
			return java.get();
		} finally {
			reads.exitBarrier();
		}
	}

	/**
	 * The Java enum a field read returns in bound mode ({@code com.acme.Region}), when its getter is typed with one
	 * and the field is an enumeration of the rules; else {@code null} (the value is then handled by name).
	 */
	private String javaEnum(Expression e) {
		org.eclipse.xtext.common.types.JvmEnumerationType type = javaEnumType(e);
		String name = type == null ? null : type.getQualifiedName('.');
		return name != null && org.privacy.dsl.model.JavaNames.isQualifiedName(name) ? name : null;
	}

	private org.eclipse.xtext.common.types.JvmEnumerationType javaEnumType(Expression e) {
		Field field = e instanceof FieldAccess a ? a.getField()
				: e instanceof Reference r && r.getTarget() instanceof Field f ? f : null;
		if (field == null || field.eIsProxy() || field.getSource() != null || field.isEmptyWhenMissing()
				|| !(field.eContainer() instanceof Entity owner) || !isBound(owner)) {
			return null;
		}
		PrivacyType type = types.typeOf(field);
		if (type.list() || !type.is(PrivacyType.Kind.ENUM) || type.enumeration() == null) {
			return null;
		}
		org.eclipse.xtext.common.types.JvmDeclaredType bound = accessors.boundType(owner);
		org.eclipse.xtext.common.types.JvmOperation getter = bound == null ? null
				: accessors.accessor(bound, field.getName());
		if (getter == null || getter.getReturnType() == null
				|| !(getter.getReturnType().getType() instanceof org.eclipse.xtext.common.types.JvmEnumerationType
						javaEnum)
				|| javaEnum.eIsProxy()) {
			return null;
		}
		return javaEnum;
	}

	/** A field read whose getter returns a Java enum ({@link #javaEnum}), as that enum's constant. */
	private String enumRead(Expression e, Env env) {
		Field field = e instanceof FieldAccess a ? a.getField() : (Field) ((Reference) e).getTarget();
		String receiver = e instanceof FieldAccess a ? compile(a.getReceiver(), env) : env.subject();
		String path = e instanceof FieldAccess ? path(e) : field.getName();
		org.privacy.dsl.privacy.Enumeration enumeration = types.typeOf(field).enumeration();
		java.util.Set<String> declared = new java.util.HashSet<>();
		enumeration.getValues().forEach(v -> declared.add(v.getName()));
		if (javaEnumType(e).getLiterals().stream().allMatch(literal -> declared.contains(literal.getSimpleName()))) {
			// every constant of the Java enum is a value of the rules: only a missing one is a data error
			return read("Values.require(" + rawField(receiver, field, path) + ", " + JavaText.literal(path) + ")", e,
					javaEnum(e), "enum");
		}
		return read("Values.enumConstant(" + rawField(receiver, field, path) + ", " + JavaText.literal(path) + ", "
				+ enumConstant(enumeration) + ")", e, javaEnum(e), "enum");
	}

	/** {@code E.NAME} for an enumeration value compared with a field whose getter returns the Java enum E. */
	private static String enumLiteral(String javaEnum, Expression value) {
		return javaEnum + "." + ((EnumValue) ((Reference) value).getTarget()).getName();
	}

	private static boolean isEnumValue(Expression e) {
		return e instanceof Reference r && r.getTarget() instanceof EnumValue;
	}

	/** Whether the rule being compiled needs a {@code TermMemo}: it evaluates a term or calls a helper. */
	boolean termMemoUsed() {
		return termMemoUsed;
	}

	Env env(Entity entity) {
		return new Env(SUBJECT, entity, new LinkedHashMap<>());
	}

	String zone() {
		return zone;
	}

	ClassMembers members() {
		return members;
	}

	String zoneConstant(String zoneId) {
		return members.constant("ZONE_" + JavaText.constantName(zoneId), "ZoneId",
				"ZoneId.of(" + JavaText.literal(zoneId) + ")");
	}

	// ------------------------------------------------------------------ entities in Java

	boolean isBound(Entity entity) {
		return bound && entity != null && entity.getJavaType() != null;
	}

	/** The Java type of a record of {@code entity} in generated code. */
	String recordType(Entity entity) {
		if (!isBound(entity)) {
			return "Record";
		}
		String type = entity.getJavaType().trim();
		// text from the rule file never becomes code: the validator refuses such a name, and the generator holds
		// the line if it is ever called without the validator
		if (!org.privacy.dsl.model.JavaNames.isQualifiedName(type)) {
			throw new IllegalStateException("not a Java class name: " + JavaText.literal(type));
		}
		return type;
	}

	/** The Java type of a value of {@code type} once read and converted. */
	String javaType(PrivacyType type) {
		if (type.list()) {
			String element = javaType(type.element());
			return "List<" + switch (element) {
				case "double" -> "Double";
				case "boolean" -> "Boolean";
				default -> element;
			} + ">";
		}
		return switch (type.kind()) {
			case TEXT, ENUM, WEEKDAY -> "String";
			case NUMBER -> "double";
			case BOOLEAN -> "boolean";
			case DATE -> "LocalDate";
			case DATETIME -> "Instant";
			case TIME -> "LocalTime";
			case DURATION -> "Span";
			case ENTITY -> recordType(type.entity());
			case UNKNOWN -> "Object";
		};
	}

	/**
	 * The raw value of {@code field} of the record {@code receiver} (a Java expression), as the rules see it: an entry
	 * of a map ({@code from attributes key "locale"}), an instant for milliseconds ({@code from epoch millis}), and no
	 * elements for a missing list {@code empty when missing}; {@code null} when missing.
	 */
	String rawField(String receiver, Field field) {
		return rawField(receiver, field, field.getName());
	}

	/** {@link #rawField(String, Field)}, naming the field by {@code path} in data errors ({@code devices[].seenAt}). */
	private String rawField(String receiver, Field field, String path) {
		Entity entity = (Entity) field.eContainer();
		FieldSource source = field.getSource();
		boolean entry = source != null && source.getMap() != null;
		boolean bool = !entry && types.typeOf(field).is(PrivacyType.Kind.BOOLEAN);
		String name = entry ? source.getMap() : field.getName();
		String raw = isBound(entity) ? receiver + "." + accessors.accessorName(entity, name, bool) + "()"
				: receiver + ".get(" + JavaText.literal(name) + ")";
		String p = JavaText.literal(path);
		if (entry) {
			String mapPath = path.endsWith(field.getName())
					? path.substring(0, path.length() - field.getName().length()) + name : name;
			raw = "Values.entry(" + raw + ", " + JavaText.literal(source.getEntry()) + ", " + JavaText.literal(mapPath)
					+ ")";
			if (!types.typeOf(field).list()) {
				raw = "Values.single(" + raw + ", " + p + ")";
			}
		}
		if (source != null && source.isEpochMillis()) {
			raw = "Values.epochMillisOrNull(" + raw + ", " + p + ")";
		}
		return field.isEmptyWhenMissing() ? "Values.orEmpty(" + raw + ")" : raw;
	}

	/** The value of {@code field} of {@code receiver}, converted to its type; a data error if missing. */
	String typedField(String receiver, Field field, String path) {
		PrivacyType type = types.typeOf(field);
		String raw = rawField(receiver, field, path);
		String p = JavaText.literal(path);
		if (type.list()) {
			return "Values.list(" + raw + ", " + p + ")";
		}
		return convert(raw, type, p);
	}

	private String convert(String raw, PrivacyType type, String p) {
		return switch (type.kind()) {
			case TEXT -> "Values.text(" + raw + ", " + p + ")";
			case ENUM -> type.enumeration() == null ? "Values.name(" + raw + ", " + p + ")"
					: "Values.enumValue(" + raw + ", " + p + ", " + enumConstant(type.enumeration()) + ")";
			case WEEKDAY -> "Values.name(" + raw + ", " + p + ")";
			case NUMBER -> "Values.number(" + raw + ", " + p + ")";
			case BOOLEAN -> "Values.bool(" + raw + ", " + p + ")";
			case DATE -> "Values.date(" + raw + ", " + p + ", " + zone + ")";
			case DATETIME -> "Values.instant(" + raw + ", " + p + ")";
			case TIME -> "Values.time(" + raw + ", " + p + ")";
			case DURATION -> "Values.span(" + raw + ", " + p + ")";
			case ENTITY -> isBound(type.entity()) ? "Values.require(" + raw + ", " + p + ")"
					: "Values.resolve(" + CONTEXT + ", " + JavaText.literal(type.entity().getName()) + ", " + raw
							+ ", " + p + ")";
			case UNKNOWN -> "Values.require(" + raw + ", " + p + ")";
		};
	}

	/** The constant holding an enumeration's value names, for checking values read from data. */
	String enumConstant(org.privacy.dsl.privacy.Enumeration enumeration) {
		StringJoiner names = new StringJoiner(", ");
		enumeration.getValues().forEach(v -> names.add(JavaText.literal(v.getName())));
		return members.constant("VALUES_OF_" + JavaText.constantName(enumeration.getName()), "Set<String>",
				"Values.names(" + names + ")");
	}

	/** The key of a record of {@code entity} as text, or the record's location when the entity has no key. */
	String key(String receiver, Entity entity) {
		Field key = keyField(entity);
		if (key == null) {
			return isBound(entity) ? "null" : receiver + ".location()";
		}
		return CONTEXT + ".show(Values.key(" + rawField(receiver, key) + "), " + PersonalData.isPersonal(key) + ")";
	}

	static Field keyField(Entity entity) {
		for (Field f : entity.getFields()) {
			if (f.isKey()) {
				return f;
			}
		}
		return null;
	}

	// ------------------------------------------------------------------ paths for reports

	/** The field path an expression reads, as reports show it ({@link FieldPaths}; a variable's is its collection's). */
	String path(Expression e) {
		return FieldPaths.of(e);
	}

	// ------------------------------------------------------------------ expressions

	/**
	 * A Java expression computing {@code e}. In a helper method, the parts are compiled in the order Java evaluates
	 * them, and each tells {@link HelperReads} what it has certainly read.
	 */
	String compile(Expression e, Env env) {
		if (reads == null || e instanceof Binary || e instanceof Not) {
			return expression(e, env);
		}
		// 'date + span' is written span.after(date): a span read from the data is evaluated first
		boolean barrier = e instanceof Shift shift && !(shift.getSpan() instanceof DurationLiteral)
				&& !types.typeOf(shift.getBase()).is(PrivacyType.Kind.NUMBER)
				&& !types.typeOf(shift.getBase()).is(PrivacyType.Kind.DURATION);
		if (barrier) {
			reads.enterBarrier();
		}
		try {
			return expression(e, env);
		} finally {
			if (barrier) {
				reads.exitBarrier();
			}
			reads.settle();
		}
	}

	private String expression(Expression e, Env env) {
		if (e instanceof Binary b) {
			boolean and = b.getOp().equals("and");
			String left = compile(b.getLeft(), env);
			HelperReads.Outcome first = reads == null ? null : reads.outcome();
			if (first != null) {
				// the right part is evaluated only when the left is true (and) or false (or)
				reads.assume(and ? first.whenTrue() : first.whenFalse());
			}
			String right = compile(b.getRight(), env);
			if (first != null) {
				reads.join(first, and);
			}
			return "(" + left + (and ? " && " : " || ") + right + ")";
		}
		if (e instanceof Not n) {
			String operand = compile(n.getOperand(), env);
			if (reads != null) {
				reads.negate();
			}
			return "!" + operand;
		}
		if (e instanceof Compare c) {
			return compare(c, env);
		}
		if (e instanceof Membership m) {
			return membership(m, env);
		}
		if (e instanceof Presence p) {
			String present = "Values.isPresent(" + raw(p.getOperand(), env) + ")";
			return p.isPresent() ? present : "!" + present;
		}
		if (e instanceof Shift s) {
			String base = compile(s.getBase(), env);
			String span = compile(s.getSpan(), env);
			PrivacyType baseType = types.typeOf(s.getBase());
			if (baseType.is(PrivacyType.Kind.NUMBER)) {
				return "org.privacy.runtime.Numbers." + (s.getOp().equals("+") ? "plus" : "minus") + "(" + base + ", " + span + ", "
						+ source(e) + ")";
			}
			if (baseType.is(PrivacyType.Kind.DURATION)) {
				return "Span.plus(" + base + ", " + span + ", " + source(e) + ")";
			}
			boolean date = types.typeOf(s.getBase()).is(PrivacyType.Kind.DATE);
			String op = s.getOp().equals("+") ? "after" : "before";
			return span + "." + op + "(" + base + (date ? "" : ", " + zone) + ")";
		}
		if (e instanceof Arithmetic a) {
			return "org.privacy.runtime.Numbers." + (a.getOp().equals("*") ? "times" : "divide") + "(" + compile(a.getLeft(), env) + ", "
					+ compile(a.getRight(), env) + ", " + source(e) + ")";
		}
		if (e instanceof Rounding r) {
			String operand = compile(r.getOperand(), env);
			return r.isUp() ? "org.privacy.runtime.Numbers.roundedUp(" + operand + ")"
					: r.isDown() ? "org.privacy.runtime.Numbers.roundedDown(" + operand + ")"
					: "org.privacy.runtime.Numbers.rounded(" + operand + ", " + r.getPlaces() + ")";
		}
		if (e instanceof Log2 l) {
			return "org.privacy.runtime.Numbers.log2(" + compile(l.getOperand(), env) + ", " + source(e) + ")";
		}
		if (e instanceof Aggregate a) {
			String value = aggregate(a, env);
			if (!PrivacyTypeComputer.mayBeMissing(a)) {
				return value;
			}
			// a Double when the list has numbers: unboxed, so that '=' compares values, not objects
			return "Values.require(" + value + ", " + source(e) + ")"
					+ (types.aggregateElement(a).is(PrivacyType.Kind.NUMBER) ? ".doubleValue()" : "");
		}
		if (e instanceof Quantified q) {
			return quantified(q, env);
		}
		if (e instanceof Count c) {
			return count(c, env);
		}
		if (e instanceof LengthOf l) {
			PrivacyType type = types.typeOf(l.getOperand());
			if (type.list()) {
				return "Values.size(" + listRaw(l.getOperand(), env) + ", "
						+ JavaText.literal(path(l.getOperand())) + ")";
			}
			return compile(l.getOperand(), env) + ".length()";
		}
		if (e instanceof WeekdayOf w) {
			return "Times.weekday(" + compile(w.getOperand(), env) + zoneArgument(w.getOperand(), w.getZone(), env)
					+ ")";
		}
		if (e instanceof TimeOf t) {
			return "Times.timeOfDay(" + compile(t.getOperand(), env) + ", " + zone(t.getZone(), env) + ")";
		}
		if (e instanceof DateOf d) {
			if (types.typeOf(d.getOperand()).is(PrivacyType.Kind.DATE)) {
				return compile(d.getOperand(), env);
			}
			return "Times.date(" + compile(d.getOperand(), env) + ", " + zone(d.getZone(), env) + ")";
		}
		if (e instanceof CalendarTest test) {
			String date = localDate(test.getOperand(), env);
			String call = holidays(test, test.getCalendar()) + (test.isHoliday() ? ".isHoliday(" : ".isWorkingDay(")
					+ date + ")";
			return test.isNegated() ? "!" + call : call;
		}
		if (e instanceof WithinHours within) {
			String call = hours(within) + ".isOpen(" + compile(within.getOperand(), env) + ", "
					+ zone(within.getZone(), env) + ")";
			return within.isNegated() ? "!" + call : call;
		}
		if (e instanceof Now) {
			return CONTEXT + ".now()";
		}
		if (e instanceof Today) {
			return "LocalDate.ofInstant(" + CONTEXT + ".now(), " + zone + ")";
		}
		if (e instanceof NumberLiteral n) {
			return number(n.getValue());
		}
		if (e instanceof TextLiteral t) {
			return JavaText.literal(t.getValue());
		}
		if (e instanceof BooleanLiteral b) {
			return Boolean.toString(b.isValue());
		}
		if (e instanceof DateLiteral d) {
			LocalDate date = LiteralValues.validDate(d.getValue());
			return members.constant("DATE_" + JavaText.constantName(d.getValue()), "LocalDate",
					"LocalDate.of(" + date.getYear() + ", " + date.getMonthValue() + ", " + date.getDayOfMonth() + ")");
		}
		if (e instanceof DateTimeLiteral d) {
			String iso = LiteralValues.validInstant(d.getValue()).toString();
			return members.constant("AT_" + JavaText.constantName(d.getValue()), "Instant",
					"Instant.parse(" + JavaText.literal(iso) + ")");
		}
		if (e instanceof TimeLiteral t) {
			LocalTime time = LiteralValues.validTime(t.getValue());
			return members.constant("TIME_" + JavaText.constantName(t.getValue()), "LocalTime",
					"LocalTime.of(" + time.getHour() + ", " + time.getMinute() + ")");
		}
		if (e instanceof DurationLiteral d) {
			return span(d);
		}
		if (e instanceof ValueName v && v.getTarget() instanceof EnumValue value) {
			return JavaText.literal(value.getName());
		}
		if (e instanceof ValueList list) {
			StringJoiner items = new StringJoiner(", ", "List.of(", ")");
			list.getItems().forEach(item -> items.add(compile(item, env)));
			return items.toString();
		}
		if (e instanceof FieldAccess access) {
			String receiver = compile(access.getReceiver(), env);
			return read(typedField(receiver, access.getField(), path(e)), e,
					javaType(types.typeOf(access.getField())), "value");
		}
		if (e instanceof Reference ref) {
			return reference(ref, env);
		}
		throw new IllegalStateException("no Java for " + e.eClass().getName());
	}

	// ------------------------------------------------------------------ calendars and opening hours

	/** The local date of a date or date-time operand: a date-time is taken on the policy's local day. */
	private String localDate(Expression operand, Env env) {
		String value = compile(operand, env);
		return types.typeOf(operand).is(PrivacyType.Kind.DATE) ? value : "LocalDate.ofInstant(" + value + ", " + zone + ")";
	}

	/** The constant holding the calendar {@code named} at {@code context}, or the policy's when not named. */
	String holidays(EObject context, Calendar named) {
		Calendar declared = Calendars.calendarOf(context, named);
		String name = declared.getName();
		if (Calendars.isBuiltIn(declared)) {
			return members.constant("CALENDAR_" + JavaText.constantName(name), HOLIDAYS,
					HOLIDAYS + "." + JavaText.constantName(name));
		}
		List<String> bases = new ArrayList<>();
		List<String> yearly = new ArrayList<>();
		List<String> easter = new ArrayList<>();
		List<String> dates = new ArrayList<>();
		for (CalendarEntry entry : declared.getEntries()) {
			if (entry instanceof BaseCalendar base) {
				bases.add(holidays(base, base.getCalendar()));
			} else if (entry instanceof YearlyDay day) {
				String[] parts = day.getDay().replace(" ", "").split("-");
				yearly.add("java.time.MonthDay.of(" + Integer.parseInt(parts[0]) + ", " + Integer.parseInt(parts[1]) + ")");
			} else if (entry instanceof EasterDay day) {
				int days = day.getSign() == null ? 0 : day.getSign().equals("-") ? -day.getDays() : day.getDays();
				easter.add(Integer.toString(days));
			} else if (entry instanceof ListedDates listed) {
				for (String d : listed.getDates()) {
					LocalDate date = LiteralValues.validDate(d);
					dates.add("LocalDate.of(" + date.getYear() + ", " + date.getMonthValue() + ", "
							+ date.getDayOfMonth() + ")");
				}
			}
		}
		return members.constant("CALENDAR_" + JavaText.constantName(name), HOLIDAYS,
				HOLIDAYS + ".of(" + JavaText.literal(name) + ", List.of(" + String.join(", ", bases) + "), List.of("
						+ String.join(", ", yearly) + "),\n\t\tnew int[] {" + (easter.isEmpty() ? "" : " " + String.join(", ", easter) + " ")
						+ "}, List.of(" + String.join(", ", dates) + "))");
	}

	private static final String HOLIDAYS = "org.privacy.runtime.Holidays";
	private static final String OPENING_HOURS = "org.privacy.runtime.OpeningHours";

	/** The constant holding the opening hours a test names. */
	private String hours(WithinHours within) {
		OpeningHours hours = within.getHours();
		List<String> windows = new ArrayList<>();
		String closedOn = "null";
		for (HoursEntry entry : hours.getEntries()) {
			if (entry instanceof HoursWindow w) {
				StringJoiner days = new StringJoiner(", ");
				java.util.Set<java.time.DayOfWeek> seen = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
				for (DayRange range : w.getDays()) {
					for (java.time.DayOfWeek d : Calendars.days(range)) {
						if (seen.add(d)) {
							days.add(Integer.toString(d.getValue()));
						}
					}
				}
				LocalTime start = LiteralValues.validTime(w.getStart());
				LocalTime end = LiteralValues.validTime(w.getEnd());
				windows.add("\n\t\t" + OPENING_HOURS + ".Window.of(new int[] { " + days + " }, LocalTime.of("
						+ start.getHour() + ", " + start.getMinute() + "), LocalTime.of(" + end.getHour() + ", "
						+ end.getMinute() + "))");
			} else if (entry instanceof ClosedOnHolidays closed) {
				closedOn = holidays(closed, closed.getCalendar());
			}
		}
		return members.constant("HOURS_" + JavaText.constantName(hours.getName()), OPENING_HOURS,
				OPENING_HOURS + ".of(" + JavaText.literal(hours.getName()) + ", List.of(" + String.join(",", windows)
						+ "),\n\t\t" + closedOn + ")");
	}

	/**
	 * A Java expression giving, in plain words, why a calendar test or an opening-hours test holds or not
	 * ({@code calledAt 21:05 (Friday 2024-05-10, Europe/Paris) is outside CallingHours}), or {@code null} for any
	 * other expression. The value is shown unless it is personal data and the context masks it.
	 */
	String calendarReason(Expression e, Env env) {
		if (!(e instanceof CalendarTest) && !(e instanceof WithinHours)) {
			return null;
		}
		Expression operand = e instanceof CalendarTest t ? t.getOperand() : ((WithinHours) e).getOperand();
		Field field = operand instanceof FieldAccess a ? a.getField()
				: operand instanceof Reference r && r.getTarget() instanceof Field f ? f : null;
		String what = field != null && field.getTitle() != null ? field.getTitle() : path(operand);
		if (what.isEmpty()) {
			what = SourceText.of(operand);
		}
		// a zone read from a field of personal data is a value too: shown only where such values are
		Expression zoneRead = e instanceof WithinHours w ? w.getZone() : null;
		String reveal = field != null && PersonalData.isPersonalValue(field, types)
				|| zoneRead != null && readsPersonalData(zoneRead) ? CONTEXT + ".revealsPersonalData()" : "true";
		if (e instanceof CalendarTest test) {
			return holidays(test, test.getCalendar()) + (test.isHoliday() ? ".describeHoliday(" : ".describeWorkingDay(")
					+ JavaText.literal(what) + ", " + localDate(operand, env) + ", " + reveal + ")";
		}
		WithinHours within = (WithinHours) e;
		return hours(within) + ".describe(" + JavaText.literal(what) + ", " + compile(operand, env) + ", "
				+ zone(within.getZone(), env) + ", " + reveal + ")";
	}

	private String zoneArgument(Expression operand, Expression zoneExpression, Env env) {
		if (types.typeOf(operand).is(PrivacyType.Kind.DATE)) {
			return "";
		}
		return ", " + zone(zoneExpression, env);
	}

	/**
	 * The Java expression of the zone written after 'in': the policy's zone when there is none, a constant for a
	 * name in quotes (checked when the rules compile), a zone read from the data otherwise (checked on each record).
	 */
	private String zone(Expression zoneExpression, Env env) {
		if (zoneExpression == null) {
			return zone;
		}
		if (zoneExpression instanceof TextLiteral literal) {
			return zoneConstant(literal.getValue());
		}
		return "Times.zone(" + compile(zoneExpression, env) + ", " + JavaText.literal(path(zoneExpression)) + ")";
	}

	private static String number(BigDecimal value) {
		String plain = value.toPlainString();
		return plain.contains(".") ? plain : plain + ".0";
	}

	/**
	 * The length of a deadline: a literal, a parameter, a duration field, or a sum of those ({@code 1 month +
	 * extension}). An optional duration field that is missing adds nothing (no extension was granted); a field that
	 * is not optional and missing stays a data error.
	 */
	String deadlineSpan(Expression span, Env env) {
		if (span instanceof Shift s) {
			return "Span.plus(" + deadlineSpan(s.getBase(), env) + ", " + deadlineSpan(s.getSpan(), env) + ", "
					+ source(span) + ")";
		}
		Field field = span instanceof FieldAccess a ? a.getField()
				: span instanceof Reference r && r.getTarget() instanceof Field f ? f : null;
		if (field != null && (field.isOptional() || field.getRequiredWhen() != null)) {
			return barrier(() -> "(Values.isPresent(" + raw(span, env) + ") ? " + compile(span, env) + " : Span.ZERO)");
		}
		return compile(span, env);
	}

	/**
	 * A Java expression showing the values a failed comparison with a parameter compared, as findings show them:
	 * {@code attempts 5 > maxAttempts (3)}, the relation that held (an obligation's failed {@code <=} shows
	 * {@code >}); a field by its title, or else its path, with its value (masked when it is personal data), a
	 * parameter by its name with its value in parentheses. {@code null} for any other expression.
	 */
	String comparedValues(Expression e, Env env, boolean held) {
		if (!(e instanceof Compare c) || !(isParameter(c.getLeft()) || isParameter(c.getRight()))) {
			return null;
		}
		PrivacyType type = types.typeOf(c.getLeft());
		if (type.list() || type.is(PrivacyType.Kind.ENTITY) || types.typeOf(c.getRight()).list()) {
			return null;
		}
		String op = held ? c.getOp() : NEGATED.get(c.getOp());
		return shownSide(c.getLeft(), env) + " + " + JavaText.literal(" " + op + " ") + " + "
				+ shownSide(c.getRight(), env);
	}

	/** The operator that holds when a comparison does not: {@code <=} fails when {@code >} holds. */
	private static final Map<String, String> NEGATED = Map.of("=", "!=", "!=", "=", "<", ">=", "<=", ">", ">", "<=",
			">=", "<", "before", "not before", "after", "not after");

	private static boolean isParameter(Expression e) {
		return e instanceof Reference r && r.getTarget() instanceof Parameter;
	}

	private String shownSide(Expression e, Env env) {
		if (e instanceof Reference r && r.getTarget() instanceof Parameter p) {
			return JavaText.literal(p.getName() + " (") + " + " + CONTEXT + ".show(" + compile(e, env) + ", false) + \")\"";
		}
		if (e instanceof NumberLiteral || e instanceof DurationLiteral || e instanceof TextLiteral
				|| e instanceof DateLiteral || e instanceof DateTimeLiteral || e instanceof TimeLiteral
				|| e instanceof BooleanLiteral || e instanceof Reference r && r.getTarget() instanceof EnumValue) {
			return JavaText.literal(SourceText.of(e));
		}
		Field field = e instanceof FieldAccess a ? a.getField()
				: e instanceof Reference r && r.getTarget() instanceof Field f ? f : null;
		String label = field != null && field.getTitle() != null ? field.getTitle() : path(e);
		if (field == null || label.isEmpty()) {
			label = SourceText.unparenthesized(e);
		}
		return JavaText.literal(label + " ") + " + " + CONTEXT + ".show(" + compile(e, env) + ", "
				+ readsPersonalData(e) + ")";
	}

	/** Whether an expression reads a field that holds personal data (its value is then masked in sentences). */
	private boolean readsPersonalData(Expression e) {
		List<EObject> all = new ArrayList<>();
		all.add(e);
		e.eAllContents().forEachRemaining(all::add);
		for (EObject o : all) {
			Field f = o instanceof FieldAccess a ? a.getField()
					: o instanceof Reference r && r.getTarget() instanceof Field field ? field : null;
			if (f != null && !f.eIsProxy() && PersonalData.isPersonalValue(f, types)) {
				return true;
			}
		}
		return false;
	}

	/** A static {@code Span} constant for a duration literal. */
	String span(DurationLiteral d) {
		SpanValue v = SpanValue.of(d);
		return members.constant("SPAN_" + v.amount() + "_" + v.unit(), "Span",
				"Span.of(" + v.amount() + ", Span.Unit." + v.unit() + ")");
	}

	private String reference(Reference ref, Env env) {
		EObject target = ref.getTarget();
		if (target instanceof Field field) {
			return read(typedField(env.subject(), field, field.getName()), ref, javaType(types.typeOf(field)), "value");
		}
		if (target instanceof Variable v) {
			Local local = env.locals().get(v);
			return local == null ? v.getName() : local.name();
		}
		if (target instanceof EnumValue value) {
			return JavaText.literal(value.getName());
		}
		if (target instanceof Parameter p) {
			members.useParameter(p);
			return "this." + parameterField(p);
		}
		if (target instanceof Term term) {
			if (term.isEvent()) {
				return compile(term.getAt(), env);
			}
			termMemoUsed = true;
			return termMethod(term) + "(" + env.subject() + ", " + CONTEXT + ", " + TERMS + ")";
		}
		throw new IllegalStateException("no Java for a reference to " + target.eClass().getName());
	}

	static String parameterField(Parameter p) {
		return "parameter" + Character.toUpperCase(p.getName().charAt(0)) + p.getName().substring(1);
	}

	/** The raw (unconverted, possibly null) value an expression reads, for presence tests and explanations. */
	String raw(Expression e, Env env) {
		if (e instanceof FieldAccess access) {
			return rawField(compile(access.getReceiver(), env), access.getField(), path(e));
		}
		if (e instanceof Reference ref) {
			if (ref.getTarget() instanceof Field f) {
				return rawField(env.subject(), f);
			}
			if (ref.getTarget() instanceof Term t && t.isEvent()) {
				return raw(t.getAt(), env);
			}
		}
		if (e instanceof Aggregate a && PrivacyTypeComputer.mayBeMissing(a)) {
			return aggregate(a, env);
		}
		return compile(e, env);
	}

	private String listRaw(Expression e, Env env) {
		Field field = e instanceof FieldAccess a ? a.getField()
				: e instanceof Reference r && r.getTarget() instanceof Field f ? f : null;
		String receiver = e instanceof FieldAccess a ? compile(a.getReceiver(), env) : env.subject();
		if (field != null && field.getType().getVia() != null && !isBound((Entity) field.eContainer())) {
			return via(receiver, field, path(e));
		}
		if (field != null && field.getType().getSharing() != null && !isBound((Entity) field.eContainer())) {
			return sharing(receiver, field, path(e));
		}
		return field == null ? compile(e, env) : rawField(receiver, field);
	}

	/** {@code list of E sharing f as g}: the records of E whose {@code g} holds the value of this record's {@code f}. */
	private String sharing(String receiver, Field field, String path) {
		Field mine = field.getType().getSharing();
		Field theirs = Relations.sharedField(field.getType());
		if (theirs == null) {
			throw new IllegalStateException("no field of " + field.getName() + "'s records to share");
		}
		Entity element = types.typeOf(field).entity();
		int dot = path.lastIndexOf('.');
		String minePath = (dot < 0 ? "" : path.substring(0, dot + 1)) + mine.getName();
		return "Values.sharing(" + CONTEXT + ", " + JavaText.literal(element.getName()) + ", "
				+ JavaText.literal(theirs.getName()) + ", " + rawField(receiver, mine) + ", "
				+ JavaText.literal(sharedKind(types.typeOf(mine))) + ", " + JavaText.literal(minePath) + ")";
	}

	/** The type by which shared values are matched, as {@code Values.sharedKey} names it. */
	private static String sharedKind(PrivacyType type) {
		return switch (type.kind()) {
			case NUMBER, DATETIME, DATE, TIME, BOOLEAN -> type.kind().name().toLowerCase(java.util.Locale.ROOT);
			default -> "text";
		};
	}


	private String via(String receiver, Field field, String path) {
		Entity owner = (Entity) field.eContainer();
		Entity element = types.typeOf(field).entity();
		Field key = keyField(owner);
		String keyValue = key == null ? "null" : rawField(receiver, key);
		return "Values.referencing(" + CONTEXT + ", " + JavaText.literal(element.getName()) + ", "
				+ JavaText.literal(field.getType().getVia().getName()) + ", " + keyValue + ", "
				+ JavaText.literal(path) + ")";
	}

	private String compare(Compare c, Env env) {
		PrivacyType type = types.typeOf(c.getLeft());
		if (type.isUnknown()) {
			type = types.typeOf(c.getRight());
		}
		String op = c.getOp();
		if (type.is(PrivacyType.Kind.ENTITY) && !type.list()) {
			String same = sameRecord(c, type.entity(), env);
			return op.equals("!=") ? "!" + same : same;
		}
		if (type.is(PrivacyType.Kind.ENUM) && !type.list() && (op.equals("=") || op.equals("!="))) {
			// a bound Java enum against a value of the rules: the constants themselves, by identity
			Expression read = isEnumValue(c.getRight()) ? c.getLeft() : isEnumValue(c.getLeft()) ? c.getRight() : null;
			String javaEnum = read == null ? null : javaEnum(read);
			if (javaEnum != null) {
				return "(" + enumRead(read, env) + (op.equals("=") ? " == " : " != ")
						+ enumLiteral(javaEnum, read == c.getLeft() ? c.getRight() : c.getLeft()) + ")";
			}
		}
		PrivacyType rightType = types.typeOf(c.getRight());
		// a date compared with a date-time is written with the date-time first
		boolean swapped = type.is(PrivacyType.Kind.DATE) && rightType.is(PrivacyType.Kind.DATETIME);
		String left = swapped ? barrier(() -> compile(c.getLeft(), env)) : compile(c.getLeft(), env);
		String right = swapped ? barrier(() -> compile(c.getRight(), env)) : compile(c.getRight(), env);
		if (type.is(PrivacyType.Kind.DATETIME) && rightType.is(PrivacyType.Kind.DATE)) {
			return dayCompare(left, op, right);
		}
		if (type.is(PrivacyType.Kind.DATE) && rightType.is(PrivacyType.Kind.DATETIME)) {
			return dayCompare(right, MIRRORED.get(op), left);
		}
		switch (type.kind()) {
			case NUMBER:
				return "(" + left + " " + (op.equals("=") ? "==" : op) + " " + right + ")";
			case BOOLEAN:
				return "(" + left + (op.equals("=") ? " == " : " != ") + right + ")";
			case DURATION:
				if (!type.list()) {
					return "(Span.compare(" + left + ", " + right + ", " + source(c) + ") "
							+ (op.equals("=") ? "==" : op) + " 0)";
				}
				String same = left + ".equals(" + right + ")";
				return op.equals("!=") ? "!" + same : same;
			case DATE:
			case DATETIME:
			case TIME:
				return switch (op) {
					case "before", "<" -> left + ".isBefore(" + right + ")";
					case "after", ">" -> left + ".isAfter(" + right + ")";
					case "<=" -> "!" + left + ".isAfter(" + right + ")";
					case ">=" -> "!" + left + ".isBefore(" + right + ")";
					case "!=" -> "!" + left + ".equals(" + right + ")";
					default -> left + ".equals(" + right + ")";
				};
			default:
				String equals = isConstant(c.getRight()) ? right + ".equals(" + left + ")"
						: left + ".equals(" + right + ")";
				return op.equals("!=") ? "!" + equals : equals;
		}
	}

	/** Two references name the same record when they hold the same key (the records themselves are not read). */
	private String sameRecord(Compare c, Entity entity, Env env) {
		Field key = keyField(entity);
		if (key == null) {
			throw new IllegalStateException("records of " + entity.getName() + " have no key to compare");
		}
		return "Values.sameKey(" + keyOf(c.getLeft(), entity, key, env) + ", " + keyOf(c.getRight(), entity, key, env)
				+ ", " + JavaText.literal(path(c.getLeft())) + ", " + JavaText.literal(path(c.getRight()))
				+ ")";
	}

	private String keyOf(Expression e, Entity entity, Field key, Env env) {
		if (isBound(entity)) {
			boolean bool = types.typeOf(key).is(PrivacyType.Kind.BOOLEAN);
			return compile(e, env) + "." + accessors.accessorName(key, bool) + "()";
		}
		return "Values.referencedKey(" + raw(e, env) + ", " + JavaText.literal(key.getName()) + ")";
	}

	/** The operator that says the same with its sides swapped: {@code d before t} is {@code t after d}. */
	private static final Map<String, String> MIRRORED = Map.of("before", "after", "after", "before", "<", ">", ">",
			"<", "<=", ">=", ">=", "<=", "=", "=", "!=", "!=");

	/** A date-time compared with a date, which stands for its whole local day in the policy's zone. */
	private String dayCompare(String instant, String op, String date) {
		String args = "(" + instant + ", " + date + ", " + zone + ")";
		return switch (op) {
			case "before", "<" -> "Times.beforeDay" + args;
			case "after", ">" -> "Times.afterDay" + args;
			case "<=" -> "!Times.afterDay" + args;
			case ">=" -> "!Times.beforeDay" + args;
			case "!=" -> "!Times.withinDay" + args;
			default -> "Times.withinDay" + args;
		};
	}

	/** The rule's own text of an expression, as a Java literal, for data errors that name it. */
	private static String source(Expression e) {
		return JavaText.literal(SourceText.unparenthesized(e));
	}

	private static boolean isConstant(Expression e) {
		return e instanceof TextLiteral || e instanceof Reference r && r.getTarget() instanceof EnumValue;
	}

	private String membership(Membership m, Env env) {
		PrivacyType type = types.typeOf(m.getOperand());
		// records compared by key, or values among lists: the operand is written once per value, behind '||'
		boolean ordered = !(type.is(PrivacyType.Kind.ENTITY) && !type.list() && keyField(type.entity()) != null)
				&& m.getValues().stream().noneMatch(v -> types.typeOf(v).list());
		return ordered ? membershipExpression(m, env) : barrier(() -> membershipExpression(m, env));
	}

	private String membershipExpression(Membership m, Env env) {
		PrivacyType type = types.typeOf(m.getOperand());
		if (type.is(PrivacyType.Kind.ENTITY) && !type.list() && keyField(type.entity()) != null) {
			// references are one of others when they hold the same key as one of them
			Field key = keyField(type.entity());
			String operand = keyOf(m.getOperand(), type.entity(), key, env);
			StringJoiner any = new StringJoiner(" || ", "(", ")");
			for (Expression v : m.getValues()) {
				any.add("Values.sameKey(" + operand + ", " + keyOf(v, type.entity(), key, env) + ", "
						+ JavaText.literal(path(m.getOperand())) + ", " + JavaText.literal(path(v)) + ")");
			}
			return m.isNegated() ? "!" + any : any.toString();
		}
		String javaEnum = type.is(PrivacyType.Kind.ENUM) && !type.list()
				&& m.getValues().stream().allMatch(ExpressionCompiler::isEnumValue) ? javaEnum(m.getOperand()) : null;
		if (javaEnum != null) {
			// a bound Java enum among values of the rules: by identity, or in an EnumSet
			String constant = enumRead(m.getOperand(), env);
			java.util.Set<String> values = new java.util.LinkedHashSet<>();
			java.util.Set<String> names = new java.util.LinkedHashSet<>();
			for (Expression v : m.getValues()) {
				values.add(enumLiteral(javaEnum, v));
				names.add(JavaText.constantName(((EnumValue) ((Reference) v).getTarget()).getName()));
			}
			if (values.size() == 1) {
				return "(" + constant + (m.isNegated() ? " != " : " == ") + values.iterator().next() + ")";
			}
			String set = members.constant("ONE_OF_" + truncate(String.join("_", names)), "Set<" + javaEnum + ">",
					"java.util.EnumSet.of(" + String.join(", ", values) + ")");
			String test = set + ".contains(" + constant + ")";
			return m.isNegated() ? "!" + test : test;
		}
		String operand = compile(m.getOperand(), env);
		String test;
		boolean constants = m.getValues().stream().allMatch(ExpressionCompiler::isConstant);
		List<Expression> lists = m.getValues().stream().filter(v -> types.typeOf(v).list()).toList();
		if (!lists.isEmpty()) {
			// a list parameter: each list by contains, the single values by equality (the operand is read again for
			// each, which reads the same value)
			test = "(" + listMembership(m, type, operand, env) + ")";
		} else if (constants && !type.is(PrivacyType.Kind.NUMBER)) {
			// Set.of refuses repeats when the class loads: each value once, in the order written (the validator
			// warns about the repeat)
			java.util.Set<String> values = new java.util.LinkedHashSet<>();
			StringJoiner name = new StringJoiner("_");
			for (Expression v : m.getValues()) {
				if (values.add(compile(v, env))) {
					name.add(JavaText.constantName(v instanceof TextLiteral t ? t.getValue()
							: ((EnumValue) ((Reference) v).getTarget()).getName()));
				}
			}
			String set = members.constant("ONE_OF_" + truncate(name.toString()), "Set<String>",
					"Set.of(" + String.join(", ", values) + ")");
			test = set + ".contains(" + operand + ")";
		} else {
			String local = members.freshName(helperName("oneOf", m.getOperand()));
			List<String> args = new ArrayList<>();
			for (Expression v : m.getValues()) {
				args.add(compile(v, env));
			}
			local = members.helper(new HelperPlan.OneOf(local, javaType(type), args.size(),
					type.is(PrivacyType.Kind.NUMBER) || type.is(PrivacyType.Kind.BOOLEAN)));
			test = local + "(" + operand + ", " + String.join(", ", args) + ")";
		}
		return m.isNegated() ? "!" + test : test;
	}

	/** {@code value} among the values of {@code m}, lists among them tested by {@code contains}. */
	private String listMembership(Membership m, PrivacyType type, String value, Env env) {
		StringJoiner tests = new StringJoiner(" || ");
		boolean primitive = type.is(PrivacyType.Kind.NUMBER) || type.is(PrivacyType.Kind.BOOLEAN);
		for (Expression v : m.getValues()) {
			String option = compile(v, env);
			if (types.typeOf(v).list()) {
				tests.add(option + ".contains(" + value + ")");
			} else {
				tests.add(primitive ? value + " == " + option : value + ".equals(" + option + ")");
			}
		}
		return tests.toString();
	}

	private static String truncate(String s) {
		return s.length() > 40 ? s.substring(0, 40) : s;
	}

	// ------------------------------------------------------------------ collections

	/**
	 * The loop header over a collection, binding {@code variable}: {@code for (T v : ...) {} } plus the conversion
	 * statement, or {@code ""} when the header binds it.
	 */
	String[] loop(Expression collection, Env env, String varName) {
		HelperPlan.Loop loop = loopPlan(collection, env, varName);
		return new String[] { loop.header(), loop.conversion() == null ? "" : loop.conversion() };
	}

	/** A helper method's loop through a collection, binding {@code varName} to each element. */
	private HelperPlan.Loop loopPlan(Expression collection, Env env, String varName) {
		PrivacyType element = types.typeOf(collection).element();
		String path = path(collection);
		String p = JavaText.literal(path + "[]");
		String source = listRaw(collection, env);
		// a list found in the data (via, sharing) has no place in the record: its elements are not counted
		String indexedPath = path.isEmpty() || source.contains("Values.referencing(")
				|| source.contains("Values.sharing(") ? null : path;
		if (element.kind() == PrivacyType.Kind.ENTITY && isBound(element.entity())) {
			return new HelperPlan.Loop("for (" + recordType(element.entity()) + " " + varName + " : Values.require("
					+ source + ", " + JavaText.literal(path) + ")) {", null, indexedPath);
		}
		if (source.startsWith("Values.referencing(")) {
			return new HelperPlan.Loop("for (Record " + varName + " : " + source + ") {", null, indexedPath);
		}
		String conversion = element.kind() == PrivacyType.Kind.ENTITY ? "Values.record(item, " + p + ")"
				: convert("item", element, p);
		return new HelperPlan.Loop("for (Object item : Values.list(" + source + ", " + JavaText.literal(path) + ")) {",
				javaType(element) + " " + varName + " = " + conversion + ";", indexedPath);
	}

	private String quantified(Quantified q, Env env) {
		boolean record = tracking;
		return inHelper(false, () -> quantified(q, env, record));
	}

	/**
	 * A quantifier's helper method; with {@code record}, over a list the record holds, it remembers the element at
	 * which it stops ({@code TermMemo.decided}) for the finding to name it.
	 */
	private String quantified(Quantified q, Env env, boolean record) {
		String name = members.freshName(helperName(q.getQuantifier().getLiteral(), q.getCollection()));
		String var = unique(variableName(q.getVar()), env);
		Local local = new Local(var, types.typeOf(q.getVar()), path(q.getCollection()));
		Env inner = env.with(q.getVar(), local);
		reserveNames(env, var);
		HelperPlan.Loop loop = loopPlan(q.getCollection(), env, var);
		reads.enterLoop();
		String condition = compile(q.getCondition(), inner);
		Quantifier quantifier = q.getQuantifier();
		String test = quantifier == Quantifier.EVERY ? "!" + wrap(condition) : condition;
		// the element is remembered by its index, which only a list the record holds has
		boolean remembers = record && loop.indexed();
		tracksElements |= remembers;
		HelperReads.Resolved resolved = reads.resolve(java.util.Arrays.asList(loop.header(), loop.conversion(), test));
		return members.helper(new HelperPlan.Quantifier(name, parameters(env), resolved.declarations(),
				resolvedLoop(loop, resolved), resolved.texts().get(2), quantifier == Quantifier.SOME, remembers))
				+ arguments(env);
	}

	/** A loop whose header and conversion have their reads written ({@link HelperReads#resolve}, first two texts). */
	private static HelperPlan.Loop resolvedLoop(HelperPlan.Loop loop, HelperReads.Resolved resolved) {
		return new HelperPlan.Loop(resolved.texts().get(0), resolved.texts().get(1), loop.indexedPath());
	}

	private static String wrap(String condition) {
		return condition.startsWith("(") && condition.endsWith(")") ? condition : "(" + condition + ")";
	}

	/**
	 * A helper method's name, after what it tests: {@code everyCredentials}, {@code countDevices},
	 * {@code latestLogins}, {@code oneOfRegion} ({@link ClassMembers#freshName} numbers repeats).
	 */
	private static String helperName(String what, Expression about) {
		String path = FieldPaths.of(about);
		return path.isEmpty() ? what : what + JavaText.className(path);
	}

	private String count(Count c, Env env) {
		if (c.getVar() == null && c.getCondition() == null) {
			return "Values.size(" + listRaw(c.getCollection(), env) + ", "
					+ JavaText.literal(path(c.getCollection())) + ")";
		}
		return inHelper(false, () -> countHelper(c, env));
	}

	/** The helper method of a count with a condition or a variable. */
	private String countHelper(Count c, Env env) {
		String name = members.freshName(helperName("count", c.getCollection()));
		Variable variable = c.getVar();
		String var = unique(variable == null ? "element" : variableName(variable), env);
		Env inner = variable == null ? env
				: env.with(variable, new Local(var, types.typeOf(variable), path(c.getCollection())));
		reserveNames(env, var);
		HelperPlan.Loop loop = loopPlan(c.getCollection(), env, var);
		reads.enterLoop();
		String condition = c.getCondition() == null ? null : compile(c.getCondition(), inner);
		HelperReads.Resolved resolved = reads.resolve(java.util.Arrays.asList(loop.header(), loop.conversion(),
				condition));
		return members.helper(new HelperPlan.Count(name, parameters(env), resolved.declarations(),
				resolvedLoop(loop, resolved), resolved.texts().get(2))) + arguments(env);
	}

	/**
	 * An aggregate: over values written in the rule ({@code maximum of a, b}) a chain of calls; over a list a helper
	 * method returning {@code null} when no element counts (the sum of none is 0).
	 */
	private String aggregate(Aggregate a, Env env) {
		PrivacyType element = types.aggregateElement(a);
		AggregateFunction f = a.getFunction();
		boolean greater = f == AggregateFunction.LATEST || f == AggregateFunction.MAXIMUM;
		if (!a.getValues().isEmpty()) {
			String result = compile(a.getValue(), env);
			for (Expression v : a.getValues()) {
				String next = compile(v, env);
				result = switch (element.kind()) {
					case NUMBER -> f == AggregateFunction.SUM ? "org.privacy.runtime.Numbers.plus(" + result + ", " + next + ", " + source(a)
							+ ")" : "Math." + (greater ? "max" : "min") + "(" + result + ", " + next + ")";
					case DURATION -> f == AggregateFunction.SUM ? "Span.plus(" + result + ", " + next + ", " + source(a)
							+ ")" : "Span." + (greater ? "max" : "min") + "(" + result + ", " + next + ", " + source(a)
									+ ")";
					default -> "org.privacy.runtime.Numbers." + (greater ? "max" : "min") + "(" + result + ", " + next + ")";
				};
			}
			return result;
		}
		return inHelper(false, () -> aggregateHelper(a, env));
	}

	/** The helper method of an aggregate over a list, {@code null} when no element counts. */
	private String aggregateHelper(Aggregate a, Env env) {
		PrivacyType element = types.aggregateElement(a);
		AggregateFunction f = a.getFunction();
		boolean greater = f == AggregateFunction.LATEST || f == AggregateFunction.MAXIMUM;
		Variable variable = a.getVar();
		Expression collection = variable == null ? a.getValue() : a.getCollection();
		String name = members.freshName(helperName(f.getLiteral(), collection));
		String var = unique(variable == null ? "element" : variableName(variable), env);
		Env inner = variable == null ? env
				: env.with(variable, new Local(var, types.typeOf(variable), path(collection)));
		reserveNames(env, var);
		HelperPlan.Loop loop = loopPlan(collection, env, var);
		reads.enterLoop();
		// the value is compiled before the condition, which Java evaluates first: each from the start of a turn
		java.util.Set<Integer> turn = reads.certain();
		boolean sum = f == AggregateFunction.SUM;
		boolean spans = element.is(PrivacyType.Kind.DURATION);
		String type = sum ? (spans ? "Span" : "double") : element.is(PrivacyType.Kind.NUMBER) ? "Double" : javaType(element);
		String value = variable == null ? var : compile(a.getValue(), inner);
		String better = switch (element.kind()) {
			case NUMBER -> "value " + (greater ? ">" : "<") + " best";
			case DURATION -> "Span.compare(value, best, " + source(a) + ") " + (greater ? ">" : "<") + " 0";
			default -> "value." + (greater ? "isAfter" : "isBefore") + "(best)";
		};
		// the sum of no lengths of time is no length, which compares with both kinds (Span.ZERO)
		String initial = sum ? (spans ? "Span.ZERO" : "0") : "null";
		reads.certain(turn);
		String condition = a.getCondition() == null ? null : compile(a.getCondition(), inner);
		HelperReads.Resolved resolved = reads.resolve(java.util.Arrays.asList(loop.header(), loop.conversion(),
				condition, value));
		return members.helper(new HelperPlan.Aggregate(name, parameters(env), resolved.declarations(),
				resolvedLoop(loop, resolved), type, initial, resolved.texts().get(2),
				sum ? (spans ? "Span" : "double") : javaType(element), resolved.texts().get(3),
				sum ? (spans ? "Span.plus" : "org.privacy.runtime.Numbers.plus") : null, sum ? source(a) : null,
				sum ? null : better)) + arguments(env);
	}

	/** A helper method's parameters: the record, the context, the rule's {@code TermMemo} and the variables in scope. */
	private List<String> parameters(Env env) {
		List<String> parameters = new ArrayList<>(List.of(recordType(env.entity()) + " " + env.subject(),
				"Context " + CONTEXT, "TermMemo " + TERMS));
		for (Local local : env.locals().values()) {
			parameters.add(javaType(local.type()) + " " + local.name());
		}
		return List.copyOf(parameters);
	}

	private String arguments(Env env) {
		termMemoUsed = true;
		StringBuilder b = new StringBuilder("(").append(env.subject()).append(", ").append(CONTEXT).append(", ")
				.append(TERMS);
		for (Local local : env.locals().values()) {
			b.append(", ").append(local.name());
		}
		return b.append(')').toString();
	}

	// ------------------------------------------------------------------ terms

	/** Methods of every generated class, and of Object, that a term's method must not take the name of. */
	private static final java.util.regex.Pattern TAKEN_METHOD = java.util.regex.Pattern
			.compile("(some|every|no|count|oneOf|latest|earliest|sum|minimum|maximum)(\\d+|[A-Z].*)|check.*|rule[A-Z0-9].*|name|rules|entities|parameterNames|equals|hashCode|"
					+ "toString|getClass|notify|notifyAll|wait|clone|finalize");

	/** {@code isEmailMarketing} for an activity, {@code optin} for a condition; {@code newTerm} where taken. */
	static String termMethodName(Term term) {
		if (term.getActivity() != null) {
			return "is" + JavaText.className(term.getName());
		}
		String name = JavaText.methodName(term.getName());
		return TAKEN_METHOD.matcher(name).matches() || javax.lang.model.SourceVersion.isKeyword(name) ? name + "Term"
				: name;
	}

	/**
	 * The name of the method that evaluates a condition or activity term, generating it on first use. A term means
	 * the same for the whole record (its condition sees only the record, never a quantifier's variable), so its
	 * method keeps its value in the rule's {@code TermMemo}: each term is evaluated at most once per rule and record,
	 * however deeply terms are defined through other terms.
	 */
	String termMethod(Term term) {
		String key = "term:" + term.getName();
		String name = inHelper(true, () -> termHelper(term, key));
		// a term remembers the elements that decide its quantifiers for every rule that evaluates it
		tracksElements |= members.tracksElements(key);
		return name;
	}

	private String termHelper(Term term, String key) {
		String name = termMethodName(term);
		if (!members.hasHelper(key)) {
			members.reserveHelper(key);
			boolean outer = tracksElements;
			tracksElements = false;
			Entity entity = term.getActivity() != null ? term.getActivity() : term.getSubject();
			Env env = env(entity);
			reads.reserve(env.subject());
			String body = term.getCondition() == null ? "true" : compile(term.getCondition(), env);
			HelperReads.Resolved resolved = reads.resolve(List.of(body));
			members.replaceHelper(key, new HelperPlan.Term(name, JavaText.javadoc(term.getName()),
					JavaText.javadoc(SourceText.of(term.getCondition() == null ? term : term.getCondition())),
					recordType(entity), members.termNumber(term.getName()), resolved.declarations(),
					resolved.texts().get(0)));
			members.tracksElements(key, tracksElements);
			tracksElements = outer;
		}
		return name;
	}
}
