package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/**
 * Data errors do not depend on the order of the parts of an {@code and} or an {@code or}: the same record gives the
 * same outcome, and a data error names the same field, under every permutation of the parts, in the requirement and
 * in the rule's {@code where}. A rule's {@code needs} fields are a data error when missing, whatever it reads.
 */
class ReadOrderTest {

	private static final List<String> PARTS = List.of("channel = EMAIL", "consentGiven", "score > 3");

	private static final String ENTITIES = """
			enum Channel { EMAIL, SMS }

			entity Message {
				id: text key
				channel: Channel
				consentGiven: boolean
				score: number
				note: text optional
				sentAt: datetime optional
			}

			rule NEED-01 "A message needs its sending date"
				basis "test"
				needs sentAt
				Message requires channel = EMAIL or note is present
			""";

	/** One rule per permutation and connective, in the requirement (REQ-n) and in the scope (WHERE-n). */
	private static final String RULES;
	private static final int RULE_COUNT;

	static {
		StringBuilder b = new StringBuilder(ENTITIES);
		int n = 0;
		for (String op : List.of(" and ", " or ")) {
			for (List<String> permutation : permutations(PARTS)) {
				n++;
				String condition = String.join(op, permutation);
				b.append("\nrule REQ-").append(n).append(" \"requirement\"\n\tbasis \"test\"\n\tMessage requires ")
						.append(condition).append('\n');
				b.append("\nrule WHERE-").append(n).append(" \"scope\"\n\tbasis \"test\"\n\tMessage where ")
						.append(condition).append(" requires id = \"never\"\n");
			}
		}
		RULES = b.toString();
		RULE_COUNT = n;
	}

	private static final Context NOW = at("2024-06-01T00:00:00Z");

	private final RecordPolicy policy = CompiledRules.records(RULES);

	static List<Map<String, Object>> records() {
		return List.of(
				Map.of("id", "m-1", "channel", "EMAIL", "consentGiven", true, "score", 5, "sentAt", "2024-01-01T00:00:00Z"),
				Map.of("id", "m-2", "channel", "SMS", "consentGiven", false, "score", 1),
				// the first part is false, the next one is missing
				Map.of("id", "m-3", "channel", "SMS", "score", 1),
				Map.of("id", "m-4", "consentGiven", true, "score", 5),
				Map.of("id", "m-5", "channel", "EMAIL", "consentGiven", true, "score", "abc"),
				Map.of("id", "m-6", "channel", "FAX", "consentGiven", true, "score", 5));
	}

	@ParameterizedTest
	@MethodSource("records")
	void everyPermutationGivesTheSameOutcomeAndDataError(Map<String, Object> record) {
		List<Finding> findings = check(policy, "Message", record, NOW);
		for (String family : List.of("REQ-", "WHERE-")) {
			for (int half = 0; half < 2; half++) {
				List<String> outcomes = new ArrayList<>();
				int size = RULE_COUNT / 2;
				for (int i = half * size + 1; i <= (half + 1) * size; i++) {
					String id = family + i;
					outcomes.add(findings.stream().filter(f -> f.ruleId().equals(id))
							.map(f -> f.status() + (f.status() == Status.DATA_ERROR ? " " + f.fields() : ""))
							.toList().toString());
				}
				assertThat(outcomes).as(family + (half == 0 ? "and" : "or") + " for " + record.get("id"))
						.containsOnly(outcomes.get(0));
			}
		}
	}

	@ParameterizedTest
	@MethodSource("records")
	void aNeededFieldThatIsMissingIsADataError(Map<String, Object> record) {
		List<Finding> findings = check(policy, "Message", record, NOW).stream()
				.filter(f -> f.ruleId().equals("NEED-01")).toList();
		if (!record.containsKey("sentAt")) {
			assertThat(findings).singleElement().satisfies(f -> {
				assertThat(f.status()).isEqualTo(Status.DATA_ERROR);
				assertThat(f.fields()).containsExactly("sentAt");
			});
		} else {
			assertThat(findings).isEmpty();
		}
	}

	private static List<List<String>> permutations(List<String> items) {
		if (items.size() <= 1) {
			return List.of(items);
		}
		List<List<String>> result = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			List<String> rest = new ArrayList<>(items);
			String first = rest.remove(i);
			for (List<String> tail : permutations(rest)) {
				List<String> p = new ArrayList<>();
				p.add(first);
				p.addAll(tail);
				result.add(p);
			}
		}
		return result;
	}
}
