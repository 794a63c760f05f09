package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A captured sentence reads exactly as the one {@link Explanations} builds at once, for every kind. */
class SentencesTest {
	private static final RuleInfo RULE = new RuleInfo("MKT-01", "Opt-in before marketing",
			List.of("CPCE art. L34-5", "GDPR art. 7"), Severity.LAW, "MessageSend");
	private static final RuleInfo NO_BASIS = new RuleInfo("INT-01", "Internal", List.of(), Severity.GUIDANCE, "Customer");
	private static final Instant AWARE = Instant.parse("2024-03-01T09:00:00Z");
	private static final Instant DONE = Instant.parse("2024-03-05T10:30:15Z");

	@Test
	void satisfiedAndNotApplicable() {
		assertThat(Sentences.satisfied("message send", "m-1", "marketing", RULE).text())
				.isEqualTo(Explanations.satisfied(Explanations.subject("message send", "m-1", "marketing"), RULE))
				.isEqualTo("message send m-1 (marketing) meets MKT-01 (CPCE art. L34-5, GDPR art. 7)");
		assertThat(Sentences.notApplicable("message send", null, RULE, Explanations.BEFORE_EFFECTIVE).text())
				.isEqualTo("message send: MKT-01 does not apply, before its effective date");
	}

	@Test
	void obligationsAndProhibitionsWithAndWithoutParts() {
		assertThat(Sentences.notMet("message send", "m-1", null, "optin", List.of(), RULE).text())
				.isEqualTo(Explanations.notMet("message send m-1", "optin", RULE))
				.isEqualTo("message send m-1 does not meet \"optin\"; required by CPCE art. L34-5, GDPR art. 7");
		assertThat(Sentences.notMet("message send", "m-1", null, "a and b", List.of("b"), RULE).text())
				.isEqualTo(Explanations.notMet("message send m-1", "a and b", List.of("b"), RULE));
		assertThat(Sentences.forbidden("customer", "c-1", null, "newsletter", List.of(), NO_BASIS).text())
				.isEqualTo("customer c-1 shows \"newsletter\", which is forbidden by no stated basis");
		assertThat(Sentences.forbidden("customer", "c-1", "ads", "a or b", List.of("a", "b"), RULE).text())
				.isEqualTo(Explanations.forbidden("customer c-1 (ads)", "a or b", List.of("a", "b"), RULE));
	}

	@Test
	void aTemplateReadsAsTheSentenceCapturedWithTheSameKey() {
		for (String key : java.util.Arrays.asList("m-1", null)) {
			for (String activity : java.util.Arrays.asList("marketing", null)) {
				for (List<String> parts : List.of(List.<String>of(), List.of("b"))) {
					assertThat(Sentences.notMet("message send", activity, "a and b", parts, RULE).text(key))
							.isEqualTo(Sentences.notMet("message send", key, activity, "a and b", parts, RULE).text());
					assertThat(Sentences.forbidden("customer", activity, "a or b", parts, NO_BASIS).text(key))
							.isEqualTo(Sentences.forbidden("customer", key, activity, "a or b", parts, NO_BASIS)
									.text());
				}
			}
		}
		assertThat(Sentences.notMet("customer", null, "email is present", List.of(), NO_BASIS).text("c-1"))
				.isEqualTo("customer c-1 does not meet \"email is present\"; required by no stated basis");
	}

	@Test
	void deadlinesInEveryStatus() {
		Due exact = Due.after(Span.of(72, Span.Unit.HOURS), AWARE, ZoneId.of("Europe/Paris"));
		Due month = Due.after(Span.of(1, Span.Unit.MONTHS), AWARE, ZoneId.of("Europe/Paris"));
		for (Status status : Status.values()) {
			for (Due due : List.of(exact, month)) {
				assertThat(Sentences.deadline(status, "incident", "i-1", "breach", "notification", due, DONE,
						"72h after awareAt", RULE).text())
						.isEqualTo(Explanations.deadline(status, "incident i-1 (breach)", "notification", due, DONE,
								"72h after awareAt", RULE));
			}
		}
		LocalDate day = LocalDate.of(2024, 3, 31);
		assertThat(Sentences.deadline(Status.OVERDUE, "request", "r-1", null, "answer", day, null, "1 month after receivedAt",
				RULE).text()).isEqualTo("request r-1: \"answer\" has not happened and was due by 2024-03-31 (1 month"
						+ " after receivedAt); required by CPCE art. L34-5, GDPR art. 7");
	}

	@Test
	void notStartedAndExempt() {
		assertThat(Sentences.notStarted("request", "r-1", null, "answer", "1 month after approvedAt", RULE).text())
				.isEqualTo(Explanations.notStarted("request r-1", "answer", "1 month after approvedAt", RULE));
		assertThat(Sentences.exempt("incident", "i-1", "breach", RULE, "risk = UNLIKELY").text())
				.isEqualTo("incident i-1 (breach) is exempt from MKT-01 because \"risk = UNLIKELY\" applies");
	}

	@Test
	void aSubjectAlreadyBuiltIsKeptAsItIs() {
		String element = Explanations.element("erasure request er-1", "recipient", "acme");
		assertThat(Sentences.exempt(element, null, null, RULE, "x").text())
				.isEqualTo(Explanations.exempt(element, RULE, "x"));
	}
}
