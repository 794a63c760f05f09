package org.privacy.dsl.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rule set of several files in the shape of real ones, for the compiler's throughput: a model file (entities with
 * every kind of field, references between them and lists found through {@code via}), a vocabulary file (four terms
 * per entity: an activity, an event and two conditions) and rule files, each with its own policy, whose rules cycle
 * through the language's usual constructs: obligations and prohibitions, {@code where}, deadlines with and without
 * {@code after}, a parameter as a deadline, {@code unless}, {@code is one of}, {@code some}/{@code every ... satisfies},
 * {@code count of}, guards of optional fields, effective dates, {@code explain} and references followed with a dot.
 * The same sizes always give the same text.
 */
public final class GeneratedRuleSet {

	/** The package of every file. */
	static final String PACKAGE = "bench.compiler";

	/** The number of rule shapes {@link #appendRule} cycles through. */
	static final int SHAPES = 10;

	private final TreeMap<String, String> files;
	private final int rules;
	private final int entities;

	private GeneratedRuleSet(TreeMap<String, String> files, int rules, int entities) {
		this.files = files;
		this.rules = rules;
		this.entities = entities;
	}

	/** A valid rule set of {@code rules} rules about {@code entities} entities, in {@code ruleFiles} rule files. */
	public static GeneratedRuleSet of(int rules, int entities, int ruleFiles) {
		if (rules < 0 || entities < 2 || ruleFiles < 1) {
			throw new IllegalArgumentException("need at least 2 entities and 1 rule file");
		}
		TreeMap<String, String> files = new TreeMap<>();
		files.put("model.privacy", model(entities));
		files.put("vocabulary.privacy", vocabulary(entities));
		for (int f = 0; f < ruleFiles; f++) {
			StringBuilder b = new StringBuilder();
			String policy = "Rules" + pad(f, ruleFiles);
			b.append("package ").append(PACKAGE).append("\n\n")
					.append("policy ").append(policy).append(" \"Generated rules, part ").append(f + 1)
					.append("\" time zone \"Europe/Paris\"\n");
			// rule i goes to file i * ruleFiles / rules: contiguous blocks of nearly equal size
			int from = (int) ((long) f * rules / ruleFiles);
			int to = (int) ((long) (f + 1) * rules / ruleFiles);
			for (int i = from; i < to; i++) {
				b.append('\n');
				appendRule(b, i, entities, rules);
			}
			files.put("rules-" + pad(f, ruleFiles) + ".privacy", b.toString());
		}
		return new GeneratedRuleSet(files, rules, entities);
	}

	/** The text of each file by file name, in name order. */
	public Map<String, String> files() {
		return Collections.unmodifiableMap(files);
	}

	public int rules() {
		return rules;
	}

	public int entities() {
		return entities;
	}

	/** The lines of all files, blank lines included. */
	public long lines() {
		return files.values().stream().mapToLong(text -> text.lines().count()).sum();
	}

	/** The lines of all files that are not blank: what the throughput's "rule-lines" count. */
	public long nonBlankLines() {
		return files.values().stream().mapToLong(text -> text.lines().filter(l -> !l.isBlank()).count()).sum();
	}

	/** The characters of all files. */
	public long characters() {
		return files.values().stream().mapToLong(String::length).sum();
	}

	/** Writes every file into {@code folder} (created if needed) and returns their paths, in name order. */
	public List<Path> writeTo(Path folder) throws IOException {
		Files.createDirectories(folder);
		List<Path> written = new ArrayList<>();
		for (Map.Entry<String, String> file : files.entrySet()) {
			written.add(Files.writeString(folder.resolve(file.getKey()), file.getValue()));
		}
		return written;
	}

	private static String model(int entities) {
		StringBuilder b = new StringBuilder();
		b.append("package ").append(PACKAGE).append("\n\n")
				.append("enum Stage { opened, reviewed, escalated, settled }\n\n")
				.append("parameter grace = 30 days\n")
				.append("parameter ceiling = 5000\n");
		for (int e = 0; e < entities; e++) {
			b.append('\n').append("entity ").append(entity(e, entities)).append(" {\n")
					.append("\tid: text key\n")
					.append("\towner: text category user.contact.email\n")
					.append("\tphone: text optional category user.contact.phone_number\n")
					.append("\tcreatedAt: datetime\n")
					.append("\tclosedAt: datetime optional\n")
					.append("\topenedOn: date\n")
					.append("\treviewedOn: date optional\n")
					.append("\tamount: number\n")
					.append("\tflagged: boolean\n")
					.append("\tchannel: Channel\n")
					.append("\tstage: Stage\n")
					.append("\tlawfulBasis: LawfulBasis\n")
					.append("\tkeptFor: duration\n")
					.append("\tlabels: list of text\n")
					.append("\tchannels: list of Channel\n");
			if (e > 0) {
				b.append("\tparent: ").append(entity(e - 1, entities)).append('\n');
			}
			if (e < entities - 1) {
				b.append("\tchildren: list of ").append(entity(e + 1, entities)).append(" via parent\n");
			}
			b.append("}\n");
		}
		return b.toString();
	}

	private static String vocabulary(int entities) {
		StringBuilder b = new StringBuilder();
		b.append("package ").append(PACKAGE).append('\n');
		for (int e = 0; e < entities; e++) {
			String entity = entity(e, entities);
			String word = word(e, entities);
			b.append('\n')
					.append("term open ").append(word).append(": ").append(entity)
					.append(" where stage != settled and amount > 0\n")
					.append("term ").append(word).append(" closure for ").append(entity)
					.append(": event closedAt counted from createdAt\n")
					.append("term urgent ").append(word).append(" for ").append(entity)
					.append(": amount > 1000 or channel is one of SMS, PHONE_LIVE\n")
					.append("term ").append(word).append(" reviewed promptly for ").append(entity).append(":\n")
					.append("\treviewedOn is present and reviewedOn >= openedOn and reviewedOn <= openedOn + 2 weeks\n");
		}
		return b.toString();
	}

	/** Rule {@code i}: its shape is {@code i % SHAPES}, its entity {@code i / SHAPES % entities}. */
	private static void appendRule(StringBuilder b, int i, int entities, int rules) {
		int e = i / SHAPES % entities;
		String entity = entity(e, entities);
		String word = word(e, entities);
		String id = "R-" + pad(i, rules);
		switch (i % SHAPES) {
		case 0 -> b.append("rule ").append(id).append(" \"Open ").append(word).append(" cases close within 72 hours\"\n")
				.append("\tbasis \"GDPR art. 12(3)\", \"GDPR art. 15\"\n")
				.append("\tseverity law\n")
				.append("\topen ").append(word).append(" requires ").append(word).append(" closure within 72h\n")
				.append("\tunless urgent ").append(word).append('\n');
		case 1 -> b.append("rule ").append(id).append(" \"No flagged large amounts over e-mail or SMS\"\n")
				.append("\tbasis \"GDPR art. 6(1)(a)\"\n")
				.append("\t").append(entity).append(" where channel is one of EMAIL, SMS forbids flagged and amount > ceiling\n")
				.append("\tunless stage = reviewed\n")
				.append("\tunless lawfulBasis is one of contract, legal_obligation\n");
		case 2 -> b.append("rule ").append(id).append(" \"Cases reach people on e-mail or are labelled\"\n")
				.append("\tbasis \"CPCE art. L34-5\"\n")
				.append("\t").append(entity)
				.append(" requires (some c in channels satisfies c = EMAIL) or count of labels >= 2\n");
		case 3 -> b.append("rule ").append(id).append(" \"Closed cases were closed within 30 days\"\n")
				.append("\tbasis \"GDPR art. 5\"\n")
				.append("\tseverity guidance\n")
				.append("\t").append(entity).append(" where stage = settled requires closedAt within 30 days after createdAt\n")
				.append("\tunless ").append(word).append(" reviewed promptly\n");
		case 4 -> b.append("rule ").append(id).append(" \"").append(entity).append(" records are consistent\"\n")
				.append("\tbasis \"GDPR art. 5\"\n")
				.append("\t").append(entity).append(" requires ")
				.append(e < entities - 1 ? "every k in children satisfies k.amount <= amount"
						: "no l in labels satisfies length of l > 40")
				.append('\n');
		case 5 -> b.append("rule ").append(id).append(" \"Reviews come after the opening\"\n")
				.append("\tbasis \"GDPR art. 5(1)(d)\"\n")
				.append("\tseverity guidance\n")
				.append("\t").append(entity).append(" requires reviewedOn is missing or reviewedOn >= openedOn\n")
				.append("\texplain \"case {id} of {owner} reviewed before it was opened\"\n");
		case 6 -> b.append("rule ").append(id).append(" \"Cases close within the grace period\"\n")
				.append("\tbasis \"Internal policy\"\n")
				.append("\tseverity guidance\n")
				.append("\teffective from 2026-01-01 until 2030-12-31 on createdAt\n")
				.append("\t").append(entity).append(" requires closedAt within grace after createdAt\n")
				.append("\tunless phone is present and flagged\n");
		case 7 -> b.append("rule ").append(id).append(" \"Cases of a flagged parent are not flagged again\"\n")
				.append("\tbasis \"GDPR art. 5(1)(c)\"\n")
				.append("\t").append(entity)
				.append(e > 0 ? " where parent.flagged forbids flagged\n" : " where flagged forbids amount > ceiling\n")
				.append("\tunless ").append(e > 0 ? "parent.stage = settled" : "stage = settled").append('\n');
		case 8 -> b.append("rule ").append(id).append(" \"No cases opened on weekends\"\n")
				.append("\tbasis \"Consumer Code art. L223-1\"\n")
				.append("\t").append(entity).append(" forbids weekday of createdAt is one of saturday, sunday\n")
				.append("\tunless urgent ").append(word).append('\n')
				.append("\tunless channel is not one of PHONE_LIVE, AUTOMATED_CALL\n");
		default -> b.append("rule ").append(id).append(" \"Cases are kept no longer than their retention\"\n")
				.append("\tbasis \"GDPR art. 5(1)(e)\"\n")
				.append("\t").append(entity).append(" where stage = settled requires createdAt after now - keptFor\n")
				.append("\tunless amount >= ceiling\n");
		}
	}

	/** Entity {@code e}: {@code Case07} of 50 entities. */
	private static String entity(int e, int entities) {
		return "Case" + pad(e, entities);
	}

	/** The word that names entity {@code e} in term names: {@code case07}. */
	private static String word(int e, int entities) {
		return "case" + pad(e, entities);
	}

	/** {@code n} with leading zeros, as wide as the largest of {@code count} numbers. */
	private static String pad(int n, int count) {
		int width = String.valueOf(Math.max(1, count - 1)).length();
		String digits = String.valueOf(n);
		return "0".repeat(Math.max(0, width - digits.length())) + digits;
	}

}
