package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FindingTest {
	private static final RuleInfo RULE = new RuleInfo("BRC-01", "Notify the authority within 72 hours",
			List.of("GDPR art. 33(1)"), Severity.LAW, "SecurityIncident");

	private static Finding late(String record) {
		return new Finding(RULE, Status.LATE, record, List.of("awareAt", "notifiedAt"),
				"the authority was notified 80h after awareness (GDPR art. 33(1))");
	}

	@Test
	void ruleFactsComeFromTheRule() {
		Finding f = late("INC-7");
		assertThat(f.rule()).isSameAs(RULE);
		assertThat(f.ruleId()).isEqualTo("BRC-01");
		assertThat(f.severity()).isEqualTo(Severity.LAW);
		assertThat(f.entity()).isEqualTo("SecurityIncident");
	}

	@Test
	void keepsOutcomeRecordFieldsAndExplanation() {
		Finding f = late("INC-7");
		assertThat(f.status()).isEqualTo(Status.LATE);
		assertThat(f.record()).isEqualTo("INC-7");
		assertThat(f.fields()).containsExactly("awareAt", "notifiedAt");
		assertThat(f.explanation()).isEqualTo("the authority was notified 80h after awareness (GDPR art. 33(1))");
	}

	@Test
	void fieldsAreCopiedAndCannotBeChanged() {
		List<String> fields = new ArrayList<>(List.of("awareAt"));
		Finding f = new Finding(RULE, Status.OVERDUE, "INC-7", fields, "not notified");
		fields.add("other");
		assertThat(f.fields()).containsExactly("awareAt");
		assertThatThrownBy(() -> f.fields().add("x")).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void oneLineWithTheRecordKey() {
		assertThat(late("INC-7")).hasToString(
				"BRC-01 late SecurityIncident INC-7: the authority was notified 80h after awareness (GDPR art. 33(1))");
	}

	@Test
	void oneLineWithoutARecordKey() {
		Finding f = new Finding(RULE, Status.DATA_ERROR, null, List.of(), "'awareAt' is missing");
		assertThat(f.record()).isNull();
		assertThat(f).hasToString("BRC-01 data-error SecurityIncident: 'awareAt' is missing");
	}

	@Test
	void ruleStatusFieldsAndExplanationAreRequired() {
		List<String> none = List.of();
		assertThatNullPointerException().isThrownBy(() -> new Finding(null, Status.LATE, "k", none, "e"))
				.withMessage("rule");
		assertThatNullPointerException().isThrownBy(() -> new Finding(RULE, null, "k", none, "e")).withMessage("status");
		assertThatNullPointerException().isThrownBy(() -> new Finding(RULE, Status.LATE, "k", none, null))
				.withMessage("explanation");
		assertThatNullPointerException().isThrownBy(() -> new Finding(RULE, Status.LATE, "k", null, "e"));
	}

	@Test
	void survivesSerialization() throws IOException, ClassNotFoundException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(late("INC-7"));
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			Finding copy = (Finding) in.readObject();
			assertThat(copy).hasToString(late("INC-7").toString());
			assertThat(copy.rule().basesText()).isEqualTo("GDPR art. 33(1)");
		}
	}

	@Test
	void aDataErrorNamesTheFieldAndTheRecordWithoutTheValue() {
		Finding f = Finding.dataError(RULE, "security incident", "inc-7",
				DataException.wrongType("awareAt", "a date-time", "jane@example.com"));
		assertThat(f.status()).isEqualTo(Status.DATA_ERROR);
		assertThat(f.record()).isEqualTo("inc-7");
		assertThat(f.fields()).containsExactly("awareAt");
		assertThat(f.explanation()).startsWith("security incident inc-7 cannot be checked against " + RULE.id() + ": ")
				.contains("'awareAt' should be a date-time").doesNotContain("jane");
	}

	@Test
	void aSentenceIsBuiltOnceAndOnlyWhenAsked() {
		int[] built = {0};
		Finding f = Finding.of(RULE, Status.VIOLATED, "INC-7", List.of("awareAt"), () -> {
			built[0]++;
			return "incident INC-7 does not meet \"notified\"";
		});
		assertThat(built[0]).isZero();
		assertThat(f.status()).isEqualTo(Status.VIOLATED);
		assertThat(f.record()).isEqualTo("INC-7");
		assertThat(built[0]).isZero();
		assertThat(f.explanation()).isEqualTo("incident INC-7 does not meet \"notified\"");
		assertThat(f).hasToString("BRC-01 violated SecurityIncident INC-7: incident INC-7 does not meet \"notified\"");
		assertThat(built[0]).isEqualTo(1);
	}

	@Test
	void aSentenceIsRequiredAndMayNotBuildNothing() {
		List<String> none = List.of();
		assertThatNullPointerException()
				.isThrownBy(() -> Finding.of(RULE, Status.LATE, "k", none, (Finding.Sentence) null))
				.withMessage("sentence");
		Finding f = Finding.of(RULE, Status.LATE, "k", none, () -> null);
		assertThatNullPointerException().isThrownBy(f::explanation).withMessage("explanation");
	}

	@Test
	void aTemplateNamesTheFindingsOwnKeyAndIsSharedByItsFindings() {
		Finding.Template template = Sentences.notMet("security incident", "breach", "notified", List.of(), RULE);
		Finding first = Finding.of(RULE, Status.VIOLATED, "INC-7", List.of("notifiedAt"), template);
		Finding second = Finding.of(RULE, Status.VIOLATED, null, List.of("notifiedAt"), template);

		assertThat(first.explanation()).isEqualTo("security incident INC-7 (breach) does not meet \"notified\";"
				+ " required by GDPR art. 33(1)");
		assertThat(second.explanation()).isEqualTo("security incident (breach) does not meet \"notified\";"
				+ " required by GDPR art. 33(1)");
		assertThat(first.explanation()).isSameAs(first.explanation());
	}

	@Test
	void aTemplateOnlySeesTheKeyAsTheFindingShowsIt() {
		// the generated validator masks the key before it makes the finding: the template can name nothing else
		Context masking = Context.at(java.time.Instant.EPOCH);
		String shown = masking.show("jane.doe@example.com", true);
		List<String> seen = new ArrayList<>();
		Finding f = Finding.of(RULE, Status.VIOLATED, shown, List.of(), record -> {
			seen.add(record);
			return "about " + record;
		});

		assertThat(f.record()).isEqualTo("j***@***.com");
		assertThat(f.explanation()).isEqualTo("about j***@***.com").doesNotContain("jane");
		assertThat(seen).containsExactly("j***@***.com");
		assertThatNullPointerException()
				.isThrownBy(() -> Finding.of(RULE, Status.LATE, "k", List.of(), (Finding.Template) null))
				.withMessage("sentence");
	}

	@Test
	void aDeadlineTemplateReadsTheFindingsStatusKeyDueAndDoneAndSaysWhatExplanationsSays() {
		Finding.DeadlineTemplate template = Sentences.deadline("security incident", "breach", "notification",
				"72h after awareAt", RULE);
		java.time.Instant due = java.time.Instant.parse("2024-03-04T09:00:00Z");
		java.time.Instant done = java.time.Instant.parse("2024-03-05T10:30:00Z");
		Due dueDay = Due.after(Span.days(30), due, java.time.ZoneId.of("Europe/Paris"));
		String subject = Explanations.subject("security incident", "INC-7", "breach");

		for (Status status : List.of(Status.LATE, Status.SATISFIED)) {
			Finding f = Finding.of(RULE, status, "INC-7", List.of("notifiedAt"), template, due, done);
			assertThat(f.explanation()).isEqualTo(Explanations.deadline(status, subject, "notification", due, done,
					"72h after awareAt", RULE));
		}
		for (Status status : List.of(Status.OVERDUE, Status.PENDING)) {
			Finding f = Finding.of(RULE, status, "INC-7", List.of("notifiedAt"), template, dueDay, null);
			assertThat(f.explanation()).isEqualTo(Explanations.deadline(status, subject, "notification", dueDay,
					null, "72h after awareAt", RULE));
		}
		assertThat(Finding.of(RULE, Status.OVERDUE, null, List.of(), template, due, null).explanation())
				.isEqualTo("security incident (breach): \"notification\" has not happened and was due by"
						+ " 2024-03-04T09:00Z (72h after awareAt); required by GDPR art. 33(1)");
	}

	@Test
	void aDeadlineFindingNeedsItsTemplateAndItsDue() {
		Finding.DeadlineTemplate template = (status, record, due, done) -> record + " " + due;
		java.time.Instant due = java.time.Instant.EPOCH;
		List<String> none = List.of();
		assertThatNullPointerException()
				.isThrownBy(() -> Finding.of(RULE, Status.LATE, "k", none, (Finding.DeadlineTemplate) null, due, due))
				.withMessage("sentence");
		assertThatNullPointerException()
				.isThrownBy(() -> Finding.of(RULE, Status.LATE, "k", none, template, null, due)).withMessage("due");
		assertThat(Finding.of(RULE, Status.OVERDUE, "k", none, template, due, null).explanation())
				.isEqualTo("k 1970-01-01T00:00:00Z");
	}

	@Test
	void serializationWritesTheBuiltSentenceOfADeadlineTemplate() throws IOException, ClassNotFoundException {
		Finding f = Finding.of(RULE, Status.OVERDUE, "INC-7", List.of(),
				Sentences.deadline("security incident", null, "notification", "72h after awareAt", RULE),
				java.time.Instant.parse("2024-03-04T09:00:00Z"), null);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(f);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			Finding copy = (Finding) in.readObject();
			assertThat(copy.explanation()).isEqualTo(f.explanation()).contains("INC-7", "2024-03-04T09:00Z");
		}
	}

	@Test
	void serializationWritesTheBuiltSentenceOfATemplate() throws IOException, ClassNotFoundException {
		Finding f = Finding.of(RULE, Status.VIOLATED, "INC-7", List.of(),
				Sentences.forbidden("security incident", null, "published", List.of(), RULE));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(f);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			Finding copy = (Finding) in.readObject();
			assertThat(copy.explanation()).isEqualTo("security incident INC-7 shows \"published\", which is"
					+ " forbidden by GDPR art. 33(1)");
			assertThat(copy).hasToString(f.toString());
		}
	}

	@Test
	void serializationWritesTheBuiltSentenceNotTheCapturedValues() throws IOException, ClassNotFoundException {
		// a sentence that is not serializable itself: only its text may be written
		Object captured = new Object();
		Finding f = Finding.of(RULE, Status.OVERDUE, "INC-7", List.of(), () -> "due " + captured.getClass().getName());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(f);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			Finding copy = (Finding) in.readObject();
			assertThat(copy.explanation()).isEqualTo("due java.lang.Object");
			assertThat(copy).hasToString(f.toString());
		}
	}
}
