package org.privacy.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.privacy.dsl.ide.highlighting.PrivacySemanticHighlightingCalculator;
import org.privacy.dsl.privacy.Category;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Enumeration;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.Parameter;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.privacy.TypeRef;
import org.privacy.dsl.privacy.Variable;
import org.privacy.dsl.typing.Calendars;
import org.privacy.dsl.typing.PrivacyType;
import org.privacy.dsl.typing.PrivacyTypeComputer;
import org.privacy.dsl.typing.Relations;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** The Markdown of each kind of hover. */
@Singleton
public class HoverTexts {

	@Inject
	private PrivacyTypeComputer types;

	/** What a declaration is, or {@code null} for things that have no hover of their own. */
	public String describe(EObject element) {
		if (element instanceof Rule rule) {
			return rule(rule);
		}
		if (element instanceof Term term) {
			return term(term);
		}
		if (element instanceof Field field) {
			return field(field);
		}
		if (element instanceof Entity entity) {
			return entity(entity);
		}
		if (element instanceof Enumeration enumeration) {
			return enumeration(enumeration);
		}
		if (element instanceof EnumValue value) {
			return enumValue(value);
		}
		if (element instanceof Category category) {
			return category(category);
		}
		if (element instanceof Parameter parameter) {
			return "**parameter " + parameter.getName() + "** = `" + source(parameter.getValue()) + "`\n\n"
					+ "A value a deployment may change without editing the rules; this is its default.";
		}
		if (element instanceof org.privacy.dsl.privacy.CalendarTest test) {
			return calendarTest(test);
		}
		if (element instanceof org.privacy.dsl.privacy.WithinHours within) {
			org.privacy.dsl.privacy.OpeningHours hours = within.getHours();
			String zone = within.getZone() instanceof org.privacy.dsl.privacy.TextLiteral literal ? literal.getValue()
					: within.getZone() != null ? "the zone in " + source(within.getZone()) : "the policy's time zone";
			return hours == null || hours.eIsProxy() ? null
					: openingHours(hours) + "\n\nRead on the clock of " + zone + ".";
		}
		if (element instanceof org.privacy.dsl.privacy.Calendar calendar) {
			return "**calendar " + calendar.getName() + "**" + (calendar.getTitle() == null ? "" : " · "
					+ calendar.getTitle()) + "\n\n```privacy\n" + sourceText(calendar) + "\n```\n\n"
					+ (Calendars.isBuiltIn(calendar) ? "Built in: every rule file can use it without declaring it. "
							: "")
					+ "Public holidays: the days listed, every year, and those of the calendars it builds on.";
		}
		if (element instanceof org.privacy.dsl.privacy.OpeningHours hours) {
			return openingHours(hours);
		}
		if (element instanceof Variable variable) {
			return "**" + variable.getName() + "**: " + types.typeOf(variable).describe()
					+ ", one element of the list at a time";
		}
		return null;
	}

	private static String calendarTest(org.privacy.dsl.privacy.CalendarTest test) {
		org.privacy.dsl.privacy.Calendar calendar = Calendars.calendarOf(test, test.getCalendar());
		String name = calendar == null ? "no calendar (declare one with 'holidays France' on the policy line)"
				: calendar.eIsProxy() ? "an unknown calendar"
				: "`" + calendar.getName() + "`" + (Calendars.isBuiltIn(calendar) ? ", the built-in calendar of French national"
						+ " public holidays (1 January, Easter Monday, 1 May, 8 May, Ascension Thursday, Whit Monday,"
						+ " 14 July, 15 August, 1 November, 11 November, 25 December)" : "");
		String meaning = test.isHoliday() ? "Whether the day is a public holiday"
				: "Whether the day is a working day: Monday to Friday, and not a public holiday";
		return "**" + (test.isHoliday() ? "public holiday" : "working day") + "**\n\n" + meaning + " in " + name
				+ ". A date-time is taken on its local day in the policy's time zone.";
	}

	private static String openingHours(org.privacy.dsl.privacy.OpeningHours hours) {
		return "**opening hours " + hours.getName() + "**" + (hours.getTitle() == null ? "" : " · " + hours.getTitle())
				+ "\n\n```privacy\n" + sourceText(hours) + "\n```\n\n"
				+ "A window includes its start and excludes its end: `to 20:00` means until 19:59:59.";
	}

	/**
	 * What an operator word of a computation means ({@code latest}, {@code rounded}, {@code log2}, {@code +}, {@code /}),
	 * on that word only, or {@code null}: elsewhere in an expression the hover stays the rule's or the name's.
	 */
	public String operator(EObject owner, String word) {
		if (owner instanceof org.privacy.dsl.privacy.Aggregate a && word.equals(a.getFunction().getLiteral())) {
			boolean missing = PrivacyTypeComputer.mayBeMissing(a);
			String what = switch (a.getFunction()) {
				case LATEST -> "the latest of dates or date-times";
				case EARLIEST -> "the earliest of dates or date-times";
				case SUM -> "the sum of numbers or of lengths of time of one kind";
				case MINIMUM -> "the smallest of numbers, dates, date-times or lengths of time";
				case MAXIMUM -> "the largest of numbers, dates, date-times or lengths of time";
			};
			return "**" + word + " of**: " + what + " (" + types.typeOf(a).describe() + ")"
					+ (a.getFunction() == org.privacy.dsl.privacy.AggregateFunction.SUM
							? "; 0 when no element counts"
							: missing ? "; missing when no element counts: guard it with `is present`" : "");
		}
		if (owner instanceof org.privacy.dsl.privacy.Rounding && word.equals("rounded")) {
			return "**rounded**: to a whole number, half away from zero (`2.5` gives `3`); `rounded to 2 decimals`"
					+ " keeps two decimals; `rounded down` and `rounded up` go to the whole number below or above";
		}
		if (owner instanceof org.privacy.dsl.privacy.Log2 && word.equals("log2")) {
			return "**log2 of**: the logarithm in base 2 of a number; a number that is not above 0 is a data error";
		}
		if (owner instanceof org.privacy.dsl.privacy.Arithmetic && (word.equals("*") || word.equals("/"))) {
			return word.equals("*") ? "**\\***: the product of two numbers"
					: "**/**: the quotient of two numbers; dividing by 0 is a data error";
		}
		if (owner instanceof org.privacy.dsl.privacy.Policy && (word.equals("deadlines") || word.equals("extend"))) {
			return "**deadlines extend to working days**: a deadline in days, weeks, months or years whose last day is"
					+ " a Saturday, a Sunday or a public holiday of the policy's calendar ends with the next working day"
					+ " (EU Regulation 1182/71, art. 3(4)); deadlines in hours and minutes do not move";
		}
		if (owner instanceof org.privacy.dsl.privacy.Shift shift && (word.equals("+") || word.equals("-"))) {
			PrivacyType base = types.typeOf(shift.getBase());
			if (base.is(PrivacyType.Kind.NUMBER)) {
				return "**" + word + "**: the " + (word.equals("+") ? "sum" : "difference") + " of two numbers";
			}
			if (base.is(PrivacyType.Kind.DURATION)) {
				return "**+**: the sum of two lengths of time of one kind (exact: minutes to weeks; calendar: months"
						+ " and years)" + (shift.eContainer() instanceof org.privacy.dsl.privacy.Deadline
								|| shift.eContainer() instanceof org.privacy.dsl.privacy.Shift
										? "; in a deadline, an optional length that is missing adds nothing" : "");
			}
			return "**" + word + "**: the " + base.describe() + " that length of time " + (word.equals("+") ? "later"
					: "earlier") + " (months and years on the calendar of the policy's time zone)";
		}
		return null;
	}

	/** A legal basis: the article's title and summary, or a note that the table does not know it. */
	public String legalBasis(String basis) {
		Optional<LegalArticles.Article> article = LegalArticles.shipped().find(basis);
		if (article.isEmpty()) {
			return "**" + basis + "**\n\nNot in the editor's table of articles (GDPR, CPCE, Consumer Code, CNIL):"
					+ " cited as written.";
		}
		LegalArticles.Article a = article.get();
		String heading = "**" + a.citation() + "** · " + a.title();
		String note = a.citation().equalsIgnoreCase(basis.trim()) ? ""
				: "\n\n*Cited as \"" + basis + "\"; this is " + a.citation() + ".*";
		return heading + "\n\n" + a.summary() + note + "\n\n*A summary, not the text of the law.*";
	}

	private String rule(Rule rule) {
		StringBuilder b = new StringBuilder("**rule " + rule.getName() + "**");
		if (rule.getTitle() != null) {
			b.append(" · ").append(rule.getTitle());
		}
		b.append("\n\n");
		List<String> bases = new ArrayList<>();
		for (String basis : rule.getBases()) {
			bases.add(LegalArticles.shipped().find(basis).map(a -> basis + " (" + a.title() + ")").orElse(basis));
		}
		b.append("- basis: ").append(bases.isEmpty() ? "none cited" : String.join("; ", bases)).append('\n');
		boolean defaultSeverity = !rule.eIsSet(org.privacy.dsl.privacy.PrivacyPackage.eINSTANCE.getRule_Severity());
		b.append("- severity: ").append(rule.getSeverity().getLiteral()).append(defaultSeverity ? " (default)" : "")
				.append('\n');
		b.append("- effective: ").append(effective(rule)).append('\n');
		return b.toString();
	}

	private static String effective(Rule rule) {
		if (rule.getEffectiveFrom() == null) {
			return "always (no effective dates)";
		}
		StringBuilder b = new StringBuilder("from ").append(rule.getEffectiveFrom());
		if (rule.getEffectiveUntil() != null) {
			b.append(" until ").append(rule.getEffectiveUntil()).append(" included");
		}
		if (rule.getEffectiveOn() != null && !rule.getEffectiveOn().eIsProxy()) {
			b.append(", judged by `").append(rule.getEffectiveOn().getName()).append('`');
		} else {
			b.append(", judged by now");
		}
		return b.toString();
	}

	private String term(Term term) {
		Entity entity = term.getActivity() != null ? term.getActivity() : term.getSubject();
		String entityName = entity == null || entity.eIsProxy() ? "?" : entity.getName();
		String kind;
		String meaning;
		if (term.isEvent()) {
			kind = "event";
			meaning = "When something happened to a " + entityName + " (possibly not yet); a rule requires it"
					+ " `within` a length of time.";
		} else if (term.getActivity() != null) {
			kind = "activity";
			meaning = "The " + entityName + " records that a rule about \"" + term.getName() + "\" applies to.";
		} else {
			kind = "condition";
			meaning = "True or false for one " + entityName + ".";
		}
		return "**term " + term.getName() + "** · " + kind + " about `" + entityName + "`\n\n```privacy\n"
				+ sourceText(term) + "\n```\n\n" + meaning;
	}

	private String field(Field field) {
		Entity entity = (Entity) field.eContainer();
		StringBuilder b = new StringBuilder("**" + field.getName() + "**: `" + source(field.getType()) + "` · field of `"
				+ entity.getName() + "`\n\n");
		if (field.getTitle() != null) {
			b.append(field.getTitle()).append(" (the title sentences use)\n\n");
		}
		b.append("- optional: ").append(field.getRequiredWhen() != null
				? "yes, except where `" + sourceText(field.getRequiredWhen()) + "`: there it is required"
				: field.isOptional() ? "yes, it may be missing" : "no").append('\n');
		b.append("- key: ").append(field.isKey() ? "yes, it names the record in reports" : "no").append('\n');
		String related = related(field);
		if (related != null) {
			b.append("- records: ").append(related).append('\n');
		}
		Category category = field.getCategory();
		if (category != null && !category.eIsProxy()) {
			b.append("- category: ").append(categoryLine(category)).append('\n');
		} else {
			b.append("- category: none\n");
		}
		return b.toString();
	}

	/** What a {@code via} or {@code sharing} list holds, in a sentence; {@code null} for other fields. */
	private static String related(Field field) {
		TypeRef ref = field.getType();
		if (ref == null || !(ref.getType() instanceof Entity listed)) {
			return null;
		}
		Entity owner = (Entity) field.eContainer();
		if (ref.getVia() != null && !ref.getVia().eIsProxy()) {
			return "the " + listed.getName() + " records whose " + ref.getVia().getName() + " refers to this "
					+ owner.getName();
		}
		Field theirs = Relations.sharedField(ref);
		if (theirs == null) {
			return null;
		}
		return "the " + listed.getName() + " records whose " + theirs.getName() + " equals this " + owner.getName()
				+ "'s " + ref.getSharing().getName() + (listed == owner ? " (this one included)" : "")
				+ "; none when it is missing";
	}

	private static String entity(Entity entity) {
		StringBuilder b = new StringBuilder("**entity " + entity.getName() + "**");
		if (entity.getTitle() != null) {
			b.append(" · ").append(entity.getTitle());
		}
		if (entity.getJavaType() != null) {
			b.append(" · bound to `").append(entity.getJavaType()).append('`');
		}
		b.append("\n\n");
		List<String> fields = new ArrayList<>();
		for (Field field : entity.getFields()) {
			fields.add("`" + field.getName() + "`" + (field.isKey() ? " (key)" : ""));
		}
		b.append(fields.isEmpty() ? "No fields." : "Fields: " + String.join(", ", fields) + ".");
		return b.toString();
	}

	private static String enumeration(Enumeration enumeration) {
		List<String> values = new ArrayList<>();
		for (EnumValue value : enumeration.getValues()) {
			values.add("`" + value.getName() + "`");
		}
		return "**enum " + enumeration.getName() + "**" + (enumeration.getTitle() == null ? ""
				: " · " + enumeration.getTitle()) + "\n\nValues: " + String.join(", ", values) + ".";
	}

	private static String enumValue(EnumValue value) {
		Enumeration enumeration = (Enumeration) value.eContainer();
		return "**" + value.getName() + "** · value of `" + enumeration.getName() + "`"
				+ (value.getTitle() == null ? "" : "\n\n" + value.getTitle());
	}

	private static String category(Category category) {
		return "**category** " + categoryLine(category);
	}

	private static String categoryLine(Category category) {
		boolean personal = PrivacySemanticHighlightingCalculator.isPersonalData(category);
		return "`" + category.getName() + "` (" + category.getTitle() + ")"
				+ (personal ? ", personal data: masked in reports" : ", not personal data");
	}

	private static String sourceText(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		// the node's own text, without the comments and blank lines before it
		return node == null ? "" : node.getRootNode().getText().substring(node.getOffset(), node.getEndOffset());
	}

	private static String source(EObject element) {
		ICompositeNode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}
}
