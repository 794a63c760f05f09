package org.privacy.dsl.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.privacy.dsl.semantics.CompiledRules.at;
import static org.privacy.dsl.semantics.CompiledRules.check;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Status;

/** Parameters: a rule file's defaults, overridden by a deployment through the policy's constructor. */
class ParameterTest {

	private static final String RULES = """
			parameter grace = 30 days
			parameter maxRecipients = 100

			entity Request {
				id: text key
				receivedAt: datetime
				answeredAt: datetime optional
			}

			entity Campaign {
				id: text key
				recipients: number
			}

			term answer for Request: event answeredAt counted from receivedAt

			rule PAR-01 "Answer within the grace period"
				basis "Internal policy 4.2"
				Request requires answer within grace

			rule PAR-02 "Campaigns stay small"
				basis "Internal policy 7.1"
				Campaign requires recipients <= maxRecipients
			""";

	private static final Map<String, String> SHORTER_GRACE = Map.of("grace", "10 days");
	private static final Context MID_MARCH = at("2024-03-15T00:00:00Z");

	private static List<Finding> request(RecordPolicy policy, Map<String, ?> request) {
		return check(policy, "Request", request, MID_MARCH);
	}

	@Test
	void spanParameterDefaultsToTheRuleFilesValue() {
		RecordPolicy policy = CompiledRules.records(RULES);

		assertThat(request(policy, Map.of("id", "r-1", "receivedAt", "2024-03-01T00:00:00Z", "answeredAt",
				"2024-03-12T00:00:00Z"))).isEmpty();
		assertThat(request(policy, Map.of("id", "r-2", "receivedAt", "2024-03-01T00:00:00Z")))
				.extracting(Finding::status).containsExactly(Status.PENDING);
	}

	@Test
	void spanParameterOverriddenThroughTheConstructor() {
		RecordPolicy policy = CompiledRules.records(RULES, SHORTER_GRACE);

		List<Finding> late = request(policy, Map.of("id", "r-1", "receivedAt", "2024-03-01T00:00:00Z", "answeredAt",
				"2024-03-12T00:00:00Z"));
		assertThat(late).extracting(Finding::status).containsExactly(Status.LATE);
		// 10 days after 1 March: in time to the end of 11 March (UTC, the file has no time zone), late from 12 March
		assertThat(late.get(0).explanation()).contains("the end of 2024-03-11 in UTC").contains("grace");
		assertThat(request(policy, Map.of("id", "r-2", "receivedAt", "2024-03-01T00:00:00Z")))
				.extracting(Finding::status).containsExactly(Status.OVERDUE);
	}

	@Test
	void numberParameterOverriddenThroughTheConstructor() {
		Map<String, Object> campaign = Map.of("id", "c-1", "recipients", 20);

		assertThat(check(CompiledRules.records(RULES), "Campaign", campaign, MID_MARCH)).isEmpty();
		assertThat(check(CompiledRules.records(RULES, Map.of("maxRecipients", "5")), "Campaign", campaign, MID_MARCH))
				.extracting(Finding::status).containsExactly(Status.VIOLATED);
	}

	@Test
	void overrideOfTheWrongKindIsRefusedWhenThePolicyIsCreated() {
		assertThatThrownBy(() -> CompiledRules.records(RULES, Map.of("grace", "soon")))
				.rootCause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grace");
	}
}
