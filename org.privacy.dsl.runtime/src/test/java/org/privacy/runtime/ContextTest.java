package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ContextTest {
	private static final Instant NOW = Instant.parse("2023-03-01T09:00:00Z");

	private static final Lookup ONE_PERSON = new Lookup() {
		@Override
		public Record find(String entity, String key) {
			return field -> key;
		}

		@Override
		public List<Record> referencing(String entity, String field, String key) {
			return List.of();
		}
	};

	@Test
	void aFixedContextAlwaysSaysTheSameNow() {
		Context ctx = Context.at(NOW);
		assertThat(ctx.now()).isEqualTo(NOW);
		assertThat(ctx.now()).isEqualTo(NOW);
	}

	@Test
	void aClockContextReadsTheClock() {
		Clock clock = Clock.offset(Clock.fixed(NOW, ZoneId.of("Europe/Paris")), Duration.ofHours(1));
		assertThat(Context.of(clock).now()).isEqualTo(NOW.plusSeconds(3600));
	}

	@Test
	void theSystemContextFollowsTheSystemClock() {
		Instant before = Instant.now();
		Instant now = Context.system().now();
		assertThat(now).isBetween(before, Instant.now());
	}

	@Test
	void defaultsFindNothingAndMaskPersonalData() {
		for (Context ctx : List.of(Context.at(NOW), Context.system(), Context.of(Clock.systemUTC()))) {
			assertThat(ctx.lookup()).isSameAs(Lookup.NONE);
			assertThat(ctx.revealsPersonalData()).isFalse();
		}
	}

	@Test
	void theNoneLookupFindsNothing() {
		assertThat(Lookup.NONE.find("Person", "12")).isNull();
		assertThat(Lookup.NONE.referencing("Consent", "person", "12")).isEmpty();
	}

	@Test
	void withLookupGivesANewContextAndKeepsTheRest() {
		Context base = Context.at(NOW).revealingPersonalData(true);
		Context withLookup = base.withLookup(ONE_PERSON);
		assertThat(withLookup.lookup()).isSameAs(ONE_PERSON);
		assertThat(withLookup.now()).isEqualTo(NOW);
		assertThat(withLookup.revealsPersonalData()).isTrue();
		assertThat(base.lookup()).isSameAs(Lookup.NONE);
	}

	@Test
	void revealingGivesANewContextAndKeepsTheRest() {
		Context base = Context.at(NOW).withLookup(ONE_PERSON);
		Context revealing = base.revealingPersonalData(true);
		assertThat(revealing.revealsPersonalData()).isTrue();
		assertThat(revealing.lookup()).isSameAs(ONE_PERSON);
		assertThat(revealing.now()).isEqualTo(NOW);
		assertThat(base.revealsPersonalData()).isFalse();
		assertThat(revealing.revealingPersonalData(false).revealsPersonalData()).isFalse();
	}

	@Test
	void clockAndLookupAreRequired() {
		assertThatNullPointerException().isThrownBy(() -> Context.of(null)).withMessage("clock");
		assertThatNullPointerException().isThrownBy(() -> Context.at(NOW).withLookup(null)).withMessage("lookup");
	}

	@Test
	void personalDataIsMaskedByDefault() {
		assertThat(Context.at(NOW).show("jean.dupont@example.fr", true)).isEqualTo("j***@***.fr");
		assertThat(Context.at(NOW).show("+33612345678", true)).isEqualTo("********78");
	}

	@Test
	void personalDataIsShownWhenRevealed() {
		Context ctx = Context.at(NOW).revealingPersonalData(true);
		assertThat(ctx.show("jean.dupont@example.fr", true)).isEqualTo("jean.dupont@example.fr");
		assertThat(ctx.show(12.0, true)).isEqualTo("12");
	}

	@Test
	void otherDataIsFormatted() {
		Context ctx = Context.at(NOW);
		assertThat(ctx.show("jean.dupont@example.fr", false)).isEqualTo("jean.dupont@example.fr");
		assertThat(ctx.show(NOW, false)).isEqualTo("2023-03-01T09:00Z");
		assertThat(ctx.show(12.0, false)).isEqualTo("12");
	}

	@Test
	void aTextIsShownAndMaskedAsTheSameValueReadAsAnObject() {
		List<String> texts = java.util.Arrays.asList("jean.dupont@example.fr", "+33612345678", "abc", "", null,
				"x\u202Eevil@example.com", "ab\u2028cd\u200Fef", "\uD83D\uDE00@mail.example", "12.0");
		for (Context ctx : List.of(Context.at(NOW), Context.at(NOW).revealingPersonalData(true))) {
			for (boolean personal : new boolean[] { true, false }) {
				for (String text : texts) {
					assertThat(ctx.show(text, personal)).as(text + " " + personal)
							.isEqualTo(ctx.show((Object) text, personal));
					assertThat(Values.key(text)).isEqualTo(Values.key((Object) text));
				}
			}
		}
	}

	@Test
	void missingValuesAreShownAsMissingEvenWhenPersonal() {
		assertThat(Context.at(NOW).show(null, true)).isEqualTo("(missing)");
		assertThat(Context.at(NOW).show(null, false)).isEqualTo("(missing)");
	}

	/** Issue 10: {@code {friend}} printed a whole nested record, e-mail addresses unmasked. */
	@Test
	void aRecordOrAListIsNamedNeverShownMaskedOrNot() {
		Map<String, Object> friend = Map.of("email", "jean.dupont@example.com");
		List<Object> devices = List.of(Map.of("serial", "SN-0042"));
		for (Context ctx : List.of(Context.at(NOW), Context.at(NOW).revealingPersonalData(true))) {
			for (boolean personal : new boolean[] { true, false }) {
				assertThat(ctx.show(friend, personal)).isEqualTo("(a record)");
				assertThat(ctx.show((Record) friend::get, personal)).isEqualTo("(a record)");
				assertThat(ctx.show(devices, personal)).isEqualTo("(a list)");
				assertThat(ctx.show(new String[] { "SN-0042" }, personal)).isEqualTo("(a list)");
			}
		}
	}
}
