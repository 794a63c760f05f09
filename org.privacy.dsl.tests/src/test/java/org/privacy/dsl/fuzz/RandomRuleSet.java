package org.privacy.dsl.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Rule sets written from the grammar's constructs with a bias towards valid ones: a data model of two entities (one
 * listing the other through {@code via}), an enumeration, parameters, activity, condition and event terms, and rules
 * with filters, deadlines, effective dates, exceptions and explanations over random well-typed conditions. Most of
 * them compile, which is what reaches the generator and the Java compiler; the others still have to give diagnostics.
 */
final class RandomRuleSet {

	private static final List<String> ZONES = List.of("UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata",
			"Australia/Lord_Howe");
	private static final List<String> VALUES = List.of("low", "mid", "high");
	private static final List<String> WORDS = List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta");
	private static final List<String> DAYS = List.of("monday", "tuesday", "saturday", "sunday");
	private static final List<String> SPANS = List.of("72h", "30d", "2w", "1 month", "3 months", "1 year",
			"90 minutes", "24 hours", "1 day", "span");

	private final Random random;
	private final List<String> conditionTerms = new ArrayList<>();
	private final List<String> activityTerms = new ArrayList<>();
	private final List<String> events = new ArrayList<>();
	private boolean hasDoneAt;
	private boolean hasNote;

	RandomRuleSet(Random random) {
		this.random = random;
	}

	RuleSet next(String origin) {
		conditionTerms.clear();
		activityTerms.clear();
		events.clear();
		hasDoneAt = random.nextInt(4) != 0;
		hasNote = random.nextBoolean();
		String pkg = "package fuzz.g" + random.nextInt(1000) + "\n\n";
		StringBuilder model = new StringBuilder();
		model.append("enum Level { ").append(String.join(", ", VALUES)).append(" }\n\n");
		model.append("entity Case {\n\tid: text key\n\tflag: boolean\n\tscore: number\n\tlabel: text\n\tborn: date\n")
				.append("\tat: datetime\n\tkind: Level\n\tslot: time\n\tkeep: duration\n\ttags: list of Level\n")
				.append("\titems: list of Item via owner\n");
		if (hasDoneAt) {
			model.append("\tdoneAt: datetime optional\n");
		}
		if (hasNote) {
			model.append("\tnote: text optional category user.contact.email\n");
		}
		model.append("}\n\nentity Item {\n\tid: text key\n\towner: Case\n\tok: boolean\n\tat: datetime\n")
				.append("\tkind: Level\n}\n\n");
		// the policy header comes before any declaration of its file
		String header = random.nextBoolean() ? "" : "policy Fuzz" + random.nextInt(100) + " \"generated\" time zone \""
				+ Tokens.pick(random, ZONES) + "\"\n\n";
		StringBuilder rules = new StringBuilder();
		rules.append("parameter limit = ").append(random.nextInt(20)).append("\n");
		rules.append("parameter span = ").append(Tokens.pick(random, SPANS.subList(0, SPANS.size() - 1))).append("\n\n");
		int terms = random.nextInt(5);
		for (int i = 0; i < terms; i++) {
			rules.append(term(i)).append("\n");
		}
		int count = 1 + random.nextInt(4);
		for (int i = 0; i < count; i++) {
			rules.append("\n").append(rule(i));
		}
		if (random.nextBoolean()) {
			return new RuleSet(origin, List.of(new RuleSet.RuleFile("model.privacy", pkg + model),
					new RuleSet.RuleFile("rules.privacy", pkg + header + rules)));
		}
		return RuleSet.single(origin, pkg + header + model + rules);
	}

	private String term(int i) {
		switch (random.nextInt(3)) {
			case 0 -> {
				String name = "\"activity " + WORDS.get(i) + "\"";
				activityTerms.add("activity " + WORDS.get(i));
				return "term " + name + ": Case" + (random.nextBoolean() ? " where " + condition(2) : "");
			}
			case 1 -> {
				String name = random.nextBoolean() ? "check" + i : "check-" + i + " of case";
				String body = condition(2); // before adding the name: a term only uses earlier terms, never itself
				conditionTerms.add(name);
				return "term " + name + " for Case: " + body;
			}
			default -> {
				String name = "event" + i;
				String at = hasDoneAt && random.nextBoolean() ? "doneAt" : "at + " + Tokens.pick(random, SPANS);
				events.add(name);
				return "term " + name + " for Case: event " + at + (random.nextInt(3) != 0 ? " counted from at" : "");
			}
		}
	}

	private String rule(int i) {
		StringBuilder r = new StringBuilder("rule R-" + i + " \"rule number " + i + "\"\n");
		r.append("\tbasis \"GDPR art. ").append(1 + random.nextInt(99)).append("\"");
		if (random.nextBoolean()) {
			r.append(", \"CNIL deliberation 2022-100\"");
		}
		r.append("\n");
		if (random.nextBoolean()) {
			r.append("\tseverity ").append(random.nextBoolean() ? "law" : "guidance").append("\n");
		}
		if (random.nextInt(4) == 0) {
			r.append("\teffective from 2020-0").append(1 + random.nextInt(9)).append("-15");
			if (random.nextBoolean()) {
				r.append(" until 2031-01-01");
			}
			if (random.nextBoolean()) {
				r.append(" on at");
			}
			r.append("\n");
		}
		String subject = activityTerms.isEmpty() || random.nextBoolean() ? "Case" : Tokens.pick(random, activityTerms);
		r.append("\t").append(subject);
		if (random.nextInt(3) == 0) {
			r.append(" where ").append(condition(1));
		}
		if (!events.isEmpty() && random.nextBoolean()) {
			r.append(" requires ").append(Tokens.pick(random, events)).append(" within ")
					.append(Tokens.pick(random, SPANS));
			if (random.nextInt(3) == 0) {
				r.append(" after at");
			}
		} else {
			r.append(Tokens.pick(random, List.of(" requires ", " forbids ", " must not "))).append(condition(3));
		}
		r.append("\n");
		int exceptions = random.nextInt(3);
		for (int k = 0; k < exceptions; k++) {
			r.append("\tunless ").append(condition(1)).append("\n");
		}
		if (random.nextInt(3) == 0) {
			r.append("\texplain \"case {id} breaks rule ").append(i).append("\"\n");
		}
		return r.toString();
	}

	/** A condition about a Case, nested at most {@code depth} deep. */
	private String condition(int depth) {
		if (depth > 0) {
			switch (random.nextInt(6)) {
				case 0:
					return condition(depth - 1) + " and " + condition(depth - 1);
				case 1:
					return condition(depth - 1) + " or " + condition(depth - 1);
				case 2:
					return "not " + atom();
				case 3:
					return "(" + condition(depth - 1) + ")";
				default:
					break;
			}
		}
		return atom();
	}

	private String atom() {
		int n = random.nextInt(22);
		return switch (n) {
			case 0 -> "flag";
			case 1 -> "score " + Tokens.pick(random, List.of(">", ">=", "<", "<=", "=", "!=")) + " "
					+ (random.nextBoolean() ? "limit" : String.valueOf(random.nextInt(100)));
			case 2 -> "label " + (random.nextBoolean() ? "=" : "!=") + " \"" + Tokens.pick(random, VALUES) + "\"";
			case 3 -> "length of label >= " + random.nextInt(10);
			case 4 -> "born " + Tokens.pick(random, List.of("before", "after", "<=", ">=")) + " "
					+ (random.nextBoolean() ? "today" : "2023-0" + (1 + random.nextInt(9)) + "-28");
			case 5 -> "weekday of born = " + Tokens.pick(random, DAYS);
			case 6 -> "at " + Tokens.pick(random, List.of("before", "after")) + " now - " + Tokens.pick(random, SPANS);
			case 7 -> "at after 2023-03-01T00:00Z";
			case 8 -> "time of at" + (random.nextBoolean() ? " in \"Europe/Paris\"" : "") + " >= 0" + random.nextInt(10)
					+ ":30";
			case 9 -> "weekday of at is one of " + Tokens.pick(random, DAYS) + ", " + Tokens.pick(random, DAYS);
			case 10 -> hasDoneAt ? "doneAt is present and doneAt after at + " + Tokens.pick(random, SPANS) : "flag";
			case 11 -> hasDoneAt ? "doneAt is missing" : "not flag";
			case 12 -> "kind = " + Tokens.pick(random, VALUES);
			case 13 -> "kind is " + (random.nextBoolean() ? "not " : "") + "one of " + Tokens.pick(random, VALUES)
					+ ", " + Tokens.pick(random, VALUES);
			case 14 -> "slot before 1" + random.nextInt(10) + ":00";
			case 15 -> "keep = " + Tokens.pick(random, SPANS);
			case 16 -> "(" + Tokens.pick(random, List.of("some", "every", "no")) + " i in items satisfies "
					+ itemCondition() + ")";
			case 17 -> "count of items " + Tokens.pick(random, List.of(">", "<=")) + " " + random.nextInt(5);
			case 18 -> "(count of i in items where " + itemCondition() + ") < " + random.nextInt(5);
			case 19 -> "(some t in tags satisfies t = " + Tokens.pick(random, VALUES) + ")";
			case 20 -> hasNote ? "note is present and length of note > 3" : "true";
			default -> conditionTerms.isEmpty() ? "false" : Tokens.pick(random, conditionTerms);
		};
	}

	private String itemCondition() {
		return switch (random.nextInt(5)) {
			case 0 -> "i.ok";
			case 1 -> "i.at before at";
			case 2 -> "i.kind = " + Tokens.pick(random, VALUES);
			case 3 -> "i.owner.flag";
			default -> "i.ok and i.at after at - " + Tokens.pick(random, SPANS);
		};
	}
}
