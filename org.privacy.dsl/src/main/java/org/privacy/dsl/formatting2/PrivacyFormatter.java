package org.privacy.dsl.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.CommentReplacer;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.SinglelineDocCommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.privacy.dsl.privacy.Category;
import org.privacy.dsl.privacy.DataSubject;
import org.privacy.dsl.privacy.DataUse;
import org.privacy.dsl.privacy.Element;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Enumeration;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.Import;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.privacy.Parameter;
import org.privacy.dsl.privacy.Policy;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.privacy.Unless;

/**
 * The canonical layout of rule files (README, "Canonical layout"). Three layers, by priority:
 * <ul>
 * <li>low: one space between any two tokens ({@link #spaceBetweenTokens});</li>
 * <li>normal: the layout of each construct, one method per construct (line breaks, blank lines, indentation);</li>
 * <li>high: tokens that take no space ({@link #tightTokens}): {@code a.b}, {@code f(x)}-style parentheses, no
 * space before {@code ,} and {@code :}.</li>
 * </ul>
 * Comments stay where they are: Xtext's formatter moves whitespace around them, never the comments themselves.
 */
public class PrivacyFormatter extends AbstractJavaFormatter {

	/** The longest line the layout writes for a list parameter (an editor's usual margin). */
	public static final int MAX_LINE_LENGTH = 120;

	/** Enumerations with more values than this, or with any titled value, are written one value per line. */
	public static final int MAX_ENUM_VALUES_ON_ONE_LINE = 6;

	protected void format(Model model, IFormattableDocument doc) {
		spaceBetweenTokens(model, doc);
		tightTokens(model, doc);
		singleSpacesInNames(model, doc);
		ISemanticRegion first = firstRegion(model);
		if (first != null) {
			doc.prepend(first, IHiddenRegionFormatter::noSpace);
			doc.append(lastRegion(model), f -> f.setNewLines(1));
		}
		// the header and the declarations: one per line, a blank line between them (imports stay together)
		EObject previous = null;
		boolean hasPackage = model.getName() != null;
		for (Import anImport : model.getImports()) {
			separate(previous == null && hasPackage ? model : previous, anImport, previous instanceof Import ? 1 : 2,
					doc);
			previous = anImport;
			doc.format(anImport);
		}
		if (model.getPolicy() != null) {
			separate(previous == null && hasPackage ? model : previous, model.getPolicy(), 2, doc);
			previous = model.getPolicy();
			doc.format(model.getPolicy());
		}
		for (Element element : model.getElements()) {
			boolean lines = previous instanceof Element before && !isBlock(before) && !isBlock(element);
			separate(previous == null && hasPackage ? model : previous, element, lines ? 0 : 2, doc);
			previous = element;
			doc.format(element);
		}
	}

	/**
	 * Whether a declaration takes several lines in the canonical layout (rules, entities with fields, enumerations
	 * written one value per line, terms written over several lines). Blocks are set apart by exactly one blank line;
	 * between two one-line declarations (categories, parameters, short terms), zero or one blank line is kept as
	 * written, so related one-liners can stay grouped.
	 */
	protected boolean isBlock(Element element) {
		if (element instanceof Entity entity) {
			return !entity.getFields().isEmpty();
		}
		if (element instanceof Enumeration enumeration) {
			return onePerLine(enumeration);
		}
		if (element instanceof Term term) {
			IEObjectRegion region = regionForEObject(term);
			ISemanticRegion first = region.getPreviousHiddenRegion().getNextSemanticRegion();
			ISemanticRegion last = region.getNextHiddenRegion().getPreviousSemanticRegion();
			for (ISemanticRegion r = first; r != null && r != last; r = r.getNextSemanticRegion()) {
				if (r.getNextHiddenRegion().isMultiline()) {
					return true;
				}
			}
			return false;
		}
		if (element instanceof Parameter parameter) {
			return isWrapped(parameter);
		}
		return !(element instanceof Category || element instanceof DataUse || element instanceof DataSubject);
	}

	private static boolean onePerLine(Enumeration enumeration) {
		return enumeration.getValues().size() > MAX_ENUM_VALUES_ON_ONE_LINE
				|| enumeration.getValues().stream().anyMatch(value -> value.getTitle() != null);
	}

	/**
	 * Puts {@code next} on a new line after {@code previous} ({@code newLines} 2: a blank line between them, 0: zero or
	 * one blank line as written). When
	 * {@code previous} is the model itself, {@code next} follows the package line.
	 */
	private void separate(EObject previous, EObject next, int newLines, IFormattableDocument doc) {
		if (previous == null) {
			return;
		}
		if (newLines == 0) { // between one-liners: as written, at most one blank line
			doc.prepend(next, f -> f.setNewLines(1, 1, 2));
		} else {
			doc.prepend(next, f -> f.setNewLines(newLines));
		}
	}

	protected void format(Import anImport, IFormattableDocument doc) {
		// one line: import a.b.*
	}

	protected void format(Policy policy, IFormattableDocument doc) {
		// one line: policy Name "title" time zone "Europe/Paris"
	}

	protected void format(Entity entity, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(entity).keyword("{");
		ISemanticRegion close = regionFor(entity).keyword("}");
		if (entity.getFields().isEmpty()) {
			doc.append(open, IHiddenRegionFormatter::noSpace);
			return;
		}
		doc.interior(open, close, IHiddenRegionFormatter::indent);
		for (Field field : entity.getFields()) {
			doc.prepend(field, IHiddenRegionFormatter::newLine);
			doc.format(field);
		}
		doc.prepend(close, IHiddenRegionFormatter::newLine);
	}

	protected void format(Field field, IFormattableDocument doc) {
		// one line: name: type optional key category a.b (spaces from the base layer, no space before ':')
	}

	protected void format(Enumeration enumeration, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(enumeration).keyword("{");
		ISemanticRegion close = regionFor(enumeration).keyword("}");
		List<EnumValue> values = enumeration.getValues();
		if (!onePerLine(enumeration)) {
			return; // enum Name { a, b, c }
		}
		doc.interior(open, close, IHiddenRegionFormatter::indent);
		for (EnumValue value : values) {
			doc.prepend(value, IHiddenRegionFormatter::newLine);
		}
		doc.prepend(close, IHiddenRegionFormatter::newLine);
	}

	protected void format(Category category, IFormattableDocument doc) {
		// one line: category user.contact.email "Email address"
	}

	protected void format(DataUse dataUse, IFormattableDocument doc) {
		// one line: datause marketing.advertising "Advertising"
	}

	protected void format(DataSubject dataSubject, IFormattableDocument doc) {
		// one line: datasubject customer "Customer"
	}

	/**
	 * One line: {@code parameter retention = 3 years}, {@code parameter requiredClauses = [audits, security]}; a list
	 * longer than {@link #MAX_LINE_LENGTH} on one line is written one element a line, indented by one tab, with the
	 * brackets on the lines of the name and of their own.
	 */
	protected void format(Parameter parameter, IFormattableDocument doc) {
		if (parameter.getValue() instanceof org.privacy.dsl.privacy.ValueList list) {
			ISemanticRegion open = regionFor(list).keyword("[");
			ISemanticRegion close = regionFor(list).keyword("]");
			if (isWrapped(parameter) && open != null && close != null) {
				doc.interior(open, close, IHiddenRegionFormatter::indent);
				doc.append(open, IHiddenRegionFormatter::newLine);
				for (ISemanticRegion comma : regionFor(list).keywords(",")) {
					doc.append(comma, IHiddenRegionFormatter::newLine);
				}
				doc.prepend(close, IHiddenRegionFormatter::newLine);
				return;
			}
			doc.append(open, PrivacyFormatter::tight);
			doc.prepend(close, PrivacyFormatter::tight);
		}
	}

	/** Whether a list parameter is too long for one line: {@code parameter name = [a, b, ...]} over the limit. */
	static boolean isWrapped(Parameter parameter) {
		if (!(parameter.getValue() instanceof org.privacy.dsl.privacy.ValueList list) || list.getItems().isEmpty()) {
			return false;
		}
		int length = ("parameter " + parameter.getName() + " = []").length();
		for (EObject item : list.getItems()) {
			INode node = NodeModelUtils.findActualNodeFor(item);
			length += (node == null ? 0 : NodeModelUtils.getTokenText(node).length()) + ", ".length();
		}
		return length - ", ".length() > MAX_LINE_LENGTH;
	}

	/** On one line, unless written over several: then the line breaks stay and continuation lines get one tab. */
	protected void format(Term term, IFormattableDocument doc) {
		IEObjectRegion region = regionForEObject(term);
		keepLineBreaks(region.getPreviousHiddenRegion().getNextSemanticRegion(),
				region.getNextHiddenRegion().getPreviousSemanticRegion(), doc);
	}

	/**
	 * {@code rule ID "title"}, then each clause on its own line indented by one tab: basis, severity, effective, needs,
	 * the statement, each unless, explain. A clause written over several lines keeps its line breaks, its continuation
	 * lines indented by one more tab.
	 */
	protected void format(Rule rule, IFormattableDocument doc) {
		ISemanticRegion title = regionFor(rule).feature(PrivacyPackage.Literals.RULE__TITLE);
		ISemanticRegion last = regionForEObject(rule).getNextHiddenRegion().getPreviousSemanticRegion();
		if (title == null) {
			return;
		}
		doc.set(title.getNextHiddenRegion(), last.getNextHiddenRegion(), IHiddenRegionFormatter::indent);
		clause(regionFor(rule).keyword("basis"), last(regionFor(rule).features(PrivacyPackage.Literals.RULE__BASES)), doc);
		clause(regionFor(rule).keyword("severity"), null, doc);
		clause(regionFor(rule).keyword("effective"), null, doc);
		clause(regionFor(rule).keyword("needs"), last(regionFor(rule).features(PrivacyPackage.Literals.RULE__NEEDS)), doc);
		if (rule.getStatement() != null) {
			IEObjectRegion statement = regionForEObject(rule.getStatement());
			clause(statement.getPreviousHiddenRegion().getNextSemanticRegion(),
					statement.getNextHiddenRegion().getPreviousSemanticRegion(), doc);
		}
		for (Unless unless : rule.getExceptions()) {
			IEObjectRegion exception = regionForEObject(unless);
			clause(exception.getPreviousHiddenRegion().getNextSemanticRegion(),
					exception.getNextHiddenRegion().getPreviousSemanticRegion(), doc);
		}
		clause(regionFor(rule).keyword("explain"), null, doc);
	}

	/** {@code calendar Name "title"}, then each entry on a line of its own, indented by one tab. */
	protected void format(org.privacy.dsl.privacy.Calendar calendar, IFormattableDocument doc) {
		entries(calendar, calendar.getTitle() != null ? PrivacyPackage.Literals.CALENDAR__TITLE
				: PrivacyPackage.Literals.CALENDAR__NAME, calendar.getEntries(), doc);
	}

	/** {@code opening hours Name "title"}, then each window on a line of its own, indented by one tab. */
	protected void format(org.privacy.dsl.privacy.OpeningHours hours, IFormattableDocument doc) {
		entries(hours, hours.getTitle() != null ? PrivacyPackage.Literals.OPENING_HOURS__TITLE
				: PrivacyPackage.Literals.OPENING_HOURS__NAME, hours.getEntries(), doc);
	}

	private void entries(EObject owner, org.eclipse.emf.ecore.EStructuralFeature header,
			List<? extends EObject> entries, IFormattableDocument doc) {
		ISemanticRegion end = regionFor(owner).feature(header);
		ISemanticRegion last = regionForEObject(owner).getNextHiddenRegion().getPreviousSemanticRegion();
		if (end == null || last == end) {
			return;
		}
		doc.set(end.getNextHiddenRegion(), last.getNextHiddenRegion(), IHiddenRegionFormatter::indent);
		for (EObject entry : entries) {
			doc.prepend(entry, IHiddenRegionFormatter::newLine);
		}
	}

	/**
	 * {@code scenario "name"}, then {@code now}, each {@code given} and each {@code expect} on a line of its own,
	 * indented by one tab; a record written over several lines keeps its line breaks, its continuation lines indented
	 * by one more tab. Lists are tight inside their brackets: {@code [a, b]}.
	 */
	protected void format(org.privacy.dsl.privacy.Scenario scenario, IFormattableDocument doc) {
		ISemanticRegion name = regionFor(scenario).feature(PrivacyPackage.Literals.SCENARIO__NAME);
		ISemanticRegion last = regionForEObject(scenario).getNextHiddenRegion().getPreviousSemanticRegion();
		if (name == null || last == name) {
			return;
		}
		doc.set(name.getNextHiddenRegion(), last.getNextHiddenRegion(), IHiddenRegionFormatter::indent);
		clause(regionFor(scenario).keyword("now"), null, doc);
		List<EObject> clauses = new java.util.ArrayList<>(scenario.getRecords());
		clauses.addAll(scenario.getExpectations());
		for (EObject clause : clauses) {
			IEObjectRegion region = regionForEObject(clause);
			clause(region.getPreviousHiddenRegion().getNextSemanticRegion(),
					region.getNextHiddenRegion().getPreviousSemanticRegion(), doc);
		}
		for (org.privacy.dsl.privacy.ValueList list : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(scenario,
				org.privacy.dsl.privacy.ValueList.class)) {
			doc.append(regionFor(list).keyword("["), PrivacyFormatter::tight);
			doc.prepend(regionFor(list).keyword("]"), PrivacyFormatter::tight);
		}
	}

	/** A rule clause from {@code first} to {@code last} (or to the end of its line when null): on a line of its own. */
	private void clause(ISemanticRegion first, ISemanticRegion last, IFormattableDocument doc) {
		if (first == null) {
			return;
		}
		doc.prepend(first, IHiddenRegionFormatter::newLine);
		if (last != null && last.getOffset() > first.getOffset()) {
			keepLineBreaks(first, last, doc);
		}
	}

	private static ISemanticRegion last(List<ISemanticRegion> regions) {
		return regions.isEmpty() ? null : regions.get(regions.size() - 1);
	}

	/**
	 * Between {@code first} and {@code last}: a line break where the author wrote one (blank lines dropped), the
	 * lines after the first indented by one tab.
	 */
	private void keepLineBreaks(ISemanticRegion first, ISemanticRegion last, IFormattableDocument doc) {
		boolean multiline = false;
		for (ISemanticRegion region = first; region != null && region != last; region = region.getNextSemanticRegion()) {
			IHiddenRegion hidden = region.getNextHiddenRegion();
			if (hidden.isMultiline()) {
				multiline = true;
				doc.set(hidden, IHiddenRegionFormatter::newLine);
			}
		}
		if (multiline) {
			doc.set(first.getNextHiddenRegion(), last.getNextHiddenRegion(), IHiddenRegionFormatter::indent);
		}
	}

	/** The base layer: one space between any two tokens, at low priority so that every construct can override it. */
	private void spaceBetweenTokens(Model model, IFormattableDocument doc) {
		for (ISemanticRegion region : allSemanticRegions(model)) {
			if (region.getNextSemanticRegion() != null) {
				doc.append(region, f -> {
					f.oneSpace();
					f.lowPriority();
				});
			}
		}
	}

	/**
	 * A name of several words ({@code email marketing}, {@code soft opt-in}) is one token to the formatter, the
	 * spaces inside it included, so the layers above never reach them: the words are joined here by one space each,
	 * as the README promises. A name broken over lines, or with a comment between its words, is left as written.
	 */
	private void singleSpacesInNames(Model model, IFormattableDocument doc) {
		for (ISemanticRegion region : allSemanticRegions(model)) {
			String text = region.getText();
			if (!isPhrase(region.getGrammarElement()) || text.startsWith("\"") || text.contains("/")
					|| text.contains("\n") || text.contains("\r")) {
				continue;
			}
			String single = text.strip().replaceAll("[ \t]+", " ");
			if (!single.equals(text)) {
				doc.addReplacer(new ITextReplacer() {
					@Override
					public ITextSegment getRegion() {
						return region;
					}

					@Override
					public ITextReplacerContext createReplacements(ITextReplacerContext context) {
						context.addReplacement(region.replaceWith(single));
						return context;
					}
				});
			}
		}
	}

	/** Whether a token is a name of words: a term's name, or a reference written with one. */
	private static boolean isPhrase(EObject grammarElement) {
		EObject element = grammarElement instanceof CrossReference reference ? reference.getTerminal() : grammarElement;
		return element instanceof RuleCall call && call.getRule() != null
				&& (call.getRule().getName().equals("Phrase") || call.getRule().getName().equals("PhraseBeforeIn")
						|| call.getRule().getName().equals("TermName"));
	}

	/** Tokens that take no space, at high priority: {@code a.b}, {@code (x)}, {@code a, b}, {@code name: type}. */
	private void tightTokens(Model model, IFormattableDocument doc) {
		for (ISemanticRegion region : allSemanticRegions(model)) {
			if (!(region.getGrammarElement() instanceof Keyword keyword)) {
				continue;
			}
			switch (keyword.getValue()) {
				case "." -> {
					doc.prepend(region, PrivacyFormatter::tight);
					doc.append(region, PrivacyFormatter::tight);
				}
				case "(" -> doc.append(region, PrivacyFormatter::tight);
				case ")", ",", ":", ".*" -> doc.prepend(region, PrivacyFormatter::tight);
				default -> {
				}
			}
		}
	}

	/**
	 * A {@code //} comment after other text keeps its own text: Xtext would put exactly one space after its slashes
	 * ({@code //x} became {@code // x}, found by the fuzzer), and formatting changes only whitespace between tokens.
	 */
	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		ITextReplacer replacer = super.createCommentReplacer(comment);
		if (replacer instanceof SinglelineDocCommentReplacer) {
			return new SinglelineDocCommentReplacer(comment, "//") {
				@Override
				public ITextReplacerContext createReplacements(ITextReplacerContext context) {
					return context;
				}
			};
		}
		return replacer;
	}

	/** Whitespace around comments: see {@link CommentAwareReplacer}. */
	@Override
	public ITextReplacer createHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		return new CommentAwareReplacer(region, formatting);
	}

	/**
	 * Whitespace after a comment keeps the line breaks written there (at most one blank line), unless the layout asks
	 * for line breaks at that place, and a file ends with one line end even after a comment. Xtext's replacer counts the
	 * line end that belongs to a {@code //} comment against the whitespace after it, which would glue a section comment
	 * to the next declaration, and may join a comment at the top of a file to the first token.
	 */
	protected static class CommentAwareReplacer extends HiddenRegionReplacer {
		public CommentAwareReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
			super(region, formatting);
		}

		@Override
		protected void applyHiddenRegionFormatting(List<ITextReplacer> replacers) {
			super.applyHiddenRegionFormatting(replacers);
			IHiddenRegionFormatting separator = findWhitespaceThatSeparatesSemanticRegions(replacers).getFormatting();
			Integer layoutLines = getFormatting().getNewLineMin();
			for (int i = 1; i < replacers.size(); i++) {
				if (replacers.get(i) instanceof WhitespaceReplacer whitespace
						&& replacers.get(i - 1) instanceof CommentReplacer comment) {
					boolean byLayout = whitespace.getFormatting() == separator && layoutLines != null && layoutLines > 0;
					if (!byLayout) {
						afterComment(whitespace, comment.getComment().getText().endsWith("\n"));
					}
				}
			}
		}

		private static void afterComment(WhitespaceReplacer whitespace, boolean commentEndsLine) {
			IHiddenRegionFormatting formatting = whitespace.getFormatting();
			ITextSegment region = whitespace.getRegion();
			int lines;
			if (region.getEndOffset() >= region.getTextRegionAccess().regionForDocument().getEndOffset()) {
				lines = 1; // the end of the file
			} else {
				int written = (int) region.getText().chars().filter(c -> c == '\n').count() + (commentEndsLine ? 1 : 0);
				lines = Math.min(written, 2);
				if (formatting.getNewLineMin() != null && formatting.getNewLineMin() > lines) {
					lines = formatting.getNewLineMin(); // a comment over several lines ends its line
				}
			}
			formatting.setNewLinesMin(lines);
			formatting.setNewLinesMax(lines);
			formatting.setNewLinesDefault(lines);
			if (lines == 0) {
				formatting.setSpace(" ");
			}
		}
	}

	private static void tight(IHiddenRegionFormatter f) {
		f.noSpace();
		f.highPriority();
	}

	private ISemanticRegion firstRegion(Model model) {
		java.util.Iterator<ISemanticRegion> regions = allSemanticRegions(model).iterator();
		return regions.hasNext() ? regions.next() : null;
	}

	private ISemanticRegion lastRegion(Model model) {
		ISemanticRegion last = null;
		for (ISemanticRegion region : allSemanticRegions(model)) {
			last = region;
		}
		return last;
	}
}
