package org.privacy.dsl.ide.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.privacy.dsl.ide.limits.LimitedResource;
import org.privacy.dsl.privacy.Calendar;
import org.privacy.dsl.privacy.Element;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Scenario;
import org.privacy.dsl.privacy.Term;

/**
 * After a change inside a rule that keeps its id, the language server links that rule alone
 * ({@link LimitedResource}): every link of the file, and every diagnostic of linking, must be those of a fresh load.
 * In every rule of every corpus file without a syntax error, and at words anywhere in the file (the header, entities,
 * terms, scenarios, rules' ids: changes that link the whole file), words are replaced by other words of the file,
 * misspelt or deleted; after each change the target of every reference of the file (its path in the file, or
 * "unresolved") and the file's errors and warnings equal those of the same text loaded anew.
 */
class RuleLinkedAloneTest {

	private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	@Test
	void anExpectationNamesTheRuleThatTookTheOldOnesPlace() {
		String text = """
				entity Letter {
					id: text key
					sentAt: datetime optional
				}

				term late for Letter: sentAtt is present

				rule R1 "letters"
					Letter requires sentAt is present

				scenario "a letter not sent"
					given Letter l1 { id = "l-1" }
					expect R1 violated
				""";
		Path letters = IdeResources.CORPUS.resolve("letters.privacy");
		LimitedResource resource = load(letters, text);
		Model model = (Model) resource.getContents().get(0);
		Element letter = model.getElements().get(0);
		Term late = (Term) model.getElements().get(1);
		EObject unknownName = late.getCondition().eContents().get(0).eCrossReferences().get(0);
		Scenario scenario = (Scenario) model.getElements().get(3);

		String changed = text.replace("requires sentAt is present", "requires sentAt is missing");
		assertThat(resource.reparseWhereChanged(changed)).isTrue();
		EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);

		Rule rule = (Rule) model.getElements().get(2);
		assertThat(resource.getContents().get(0)).isSameAs(model);
		assertThat(model.getElements().get(0)).isSameAs(letter);
		assertThat(model.getElements().get(3)).isSameAs(scenario);
		// the term was not linked again: its unknown name is the same proxy, tried again
		assertThat(unknownName.eIsProxy()).isTrue();
		assertThat(late.getCondition().eContents().get(0).eCrossReferences().get(0)).isSameAs(unknownName);
		assertThat(diagnostics(resource)).singleElement().asString().contains("sentAtt");
		assertThat(rule.getStatement().getSubject()).isSameAs(letter);
		assertThat(scenario.getExpectations().get(0).getRule()).isSameAs(rule);
		assertThat(links(resource)).isEqualTo(links(load(letters, resource.getParseResult().getRootNode().getText())));
	}

	@Test
	void aChangeToThePolicyLinksTheWholeFile() {
		String text = """
				import other.AccessRequest

				policy Calls "Calls" time zone "Europe/Paris"

				rule CAL-02 "Requests are received on working days"
					AccessRequest requires receivedAt is a working day
				""";
		Path calls = IdeResources.CORPUS.resolve("calls.privacy");
		LimitedResource resource = load(calls, text);

		// a whole parse (the header changed) makes the file's one rule anew, and all the rest: the file is linked whole
		String withCalendar = text.replace("\"Europe/Paris\"", "\"Europe/Paris\" holidays France");
		assertThat(resource.reparseWhereChanged(withCalendar)).isTrue();
		EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);

		Calendar holidays = ((Model) resource.getContents().get(0)).getPolicy().getHolidays();
		assertThat(holidays).isNotNull().extracting(Calendar::eIsProxy).isEqualTo(false);
		assertThat(links(resource)).isEqualTo(links(load(calls, withCalendar)));
	}

	@Test
	void changesInRulesAndElsewhereLinkAsAFreshLoad() throws IOException {
		List<Path> files = IdeResources.corpusFiles();
		Random random = new Random(7);
		int changes = 0;
		for (Path file : files) {
			String text = Files.readString(file);
			LimitedResource resource = load(file, text);
			if (resource.getParseResult().hasSyntaxErrors() || resource.getContents().isEmpty()) {
				continue;
			}
			List<String> words = new ArrayList<>();
			Matcher m = WORD.matcher(text);
			while (m.find()) {
				words.add(m.group());
			}
			int declarations = ((Model) resource.getContents().get(0)).getElements().size();
			for (int d = 0; d < declarations; d++) {
				// the declarations as they are now: each change puts new objects in place of a rule
				Element element = ((Model) resource.getContents().get(0)).getElements().get(d);
				if (element instanceof Rule) {
					ICompositeNode node = NodeModelUtils.getNode(element);
					// not the rule's keyword nor its id: a change there links the whole file
					List<int[]> inRule = words(resource, node.getOffset(), node.getEndOffset());
					for (int i = 0; i < 3 && inRule.size() > 2; i++) {
						changes += changeAndTakeBack(file, resource, inRule.get(2 + random.nextInt(inRule.size() - 2)),
								words, random);
					}
				}
			}
			// anywhere in the file too: the header, entities, terms, scenarios, rules' ids
			List<int[]> anywhere = words(resource, 0, text.length());
			for (int i = 0; i < 3 && !anywhere.isEmpty(); i++) {
				changes += changeAndTakeBack(file, resource, anywhere.get(random.nextInt(anywhere.size())), words, random);
			}
		}
		assertThat(changes).isGreaterThan(2500);
	}

	/** The words of the file's current text between {@code from} and {@code to}, as {start, end}. */
	private static List<int[]> words(LimitedResource resource, int from, int to) {
		Matcher word = WORD.matcher(resource.getParseResult().getRootNode().getText()).region(from, to);
		List<int[]> found = new ArrayList<>();
		while (word.find()) {
			found.add(new int[] { word.start(), word.end() });
		}
		return found;
	}

	/**
	 * Replaces the word at {@code at} by another word of the file, misspells it or deletes it, then takes the change
	 * back, each compared with a fresh load; the number of changes made (2).
	 */
	private static int changeAndTakeBack(Path file, LimitedResource resource, int[] at, List<String> words,
			Random random) {
		String current = resource.getParseResult().getRootNode().getText();
		String replacement = switch (random.nextInt(3)) {
		case 0 -> words.get(random.nextInt(words.size()));
		case 1 -> current.substring(at[0], at[1]) + "x";
		default -> "";
		};
		String changed = current.substring(0, at[0]) + replacement + current.substring(at[1]);
		assertLinkedAsAFreshLoad(file, resource, changed, file.getFileName() + ": '" + current.substring(at[0], at[1])
				+ "' at " + at[0] + " replaced by '" + replacement + "'");
		assertLinkedAsAFreshLoad(file, resource, current, file.getFileName() + ": taken back");
		return 2;
	}

	private static void assertLinkedAsAFreshLoad(Path file, LimitedResource resource, String text,
			String description) {
		resource.reparseWhereChanged(text);
		EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		LimitedResource fresh = load(file, text);
		assertThat(links(resource)).as("links after %s", description).isEqualTo(links(fresh));
		assertThat(diagnostics(resource)).as("diagnostics after %s", description).isEqualTo(diagnostics(fresh));
	}

	/** Every cross reference of the file, in order: its source's path, the reference, its target's path. */
	private static List<String> links(Resource resource) {
		List<String> links = new ArrayList<>();
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject source = all.next();
			for (EReference reference : source.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
					continue;
				}
				Object value = source.eGet(reference, false);
				for (Object target : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
					links.add(resource.getURIFragment(source) + " " + reference.getName() + " -> "
							+ target((EObject) target, resource));
				}
			}
		}
		return links;
	}

	private static String target(EObject target, Resource resource) {
		if (target.eIsProxy()) {
			return "unresolved";
		}
		return target.eResource() == resource ? resource.getURIFragment(target) : String.valueOf(target.eResource());
	}

	private static List<String> diagnostics(Resource resource) {
		List<String> all = new ArrayList<>();
		for (Resource.Diagnostic d : resource.getErrors()) {
			all.add("error " + d.getLine() + ":" + d.getColumn() + " " + d.getMessage());
		}
		for (Resource.Diagnostic d : resource.getWarnings()) {
			all.add("warning " + d.getLine() + ":" + d.getColumn() + " " + d.getMessage());
		}
		return all;
	}

	/** {@code text} loaded as {@code file} ({@link IdeResources#load}), its references resolved. */
	private static LimitedResource load(Path file, String text) {
		LimitedResource resource = (LimitedResource) IdeResources.load(file, text);
		EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		return resource;
	}
}
