package org.privacy.beanvalidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.junit.jupiter.api.Test;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.semantics.BoundErasure;
import org.privacy.dsl.semantics.BoundRecipient;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.runtime.Policy;
import org.privacy.runtime.Status;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;

/**
 * {@link PrivacyRules} under Hibernate Validator, with a policy compiled from rule text in bound mode. The policy class
 * exists only at run time here, so the constraint is declared with Hibernate Validator's programmatic mapping; an
 * application writes {@code @PrivacyRules(Signups.class)} on its class instead (examples/spring-app).
 */
class PrivacyRulesTest {

	static final String RULES = """
			policy Signups "Sign-up checks" time zone "Europe/Paris"

			enum Algorithm { ARGON2, BCRYPT, MD5 }

			entity Credential bound to "org.privacy.beanvalidation.Credential" {
				algorithm: Algorithm
			}

			entity Signup bound to "org.privacy.beanvalidation.Signup" {
				id: text key
				email: text category user.contact.email
				optedIn: boolean
				credentials: list of Credential
			}

			term "weak password storage" for Signup: some c in credentials satisfies c.algorithm = MD5

			rule SEC-01 "Passwords are stored with a strong hash"
				basis "GDPR art. 32"
				severity law
				Signup forbids weak password storage

			rule MKT-01 "Marketing only to people who opted in"
				basis "GDPR art. 7"
				Signup requires optedIn
				explain "{email} did not opt in"
			""";

	static final Class<? extends Policy> SIGNUPS = PrivacyTestSupport.policy(GenerationMode.BOUND, RULES).getClass();

	private static Validator validator(Class<?> beanClass, Class<?>... policies) {
		HibernateValidatorConfiguration configuration = jakarta.validation.Validation
				.byProvider(HibernateValidator.class).configure()
				.clockProvider(() -> Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
		ConstraintMapping mapping = configuration.createConstraintMapping();
		mapping.type(beanClass).constraint(new GenericConstraintDef<>(PrivacyRules.class).param("value", policies));
		return configuration.addMapping(mapping).buildValidatorFactory().getValidator();
	}

	private static final Signup GOOD = new Signup("s-1", "jean.dupont@example.com", true,
			List.of(new Credential(Algorithm.ARGON2)));

	@Test
	void anObjectThatKeepsTheRulesIsValid() {
		assertThat(validator(Signup.class, SIGNUPS).validate(GOOD)).isEmpty();
	}

	@Test
	void eachRejectedFindingIsOneViolationWithItsRuleIdAndField() {
		Signup bad = new Signup("s-2", "jean.dupont@example.com", false,
				List.of(new Credential(Algorithm.BCRYPT), new Credential(Algorithm.MD5)));

		Set<ConstraintViolation<Signup>> violations = validator(Signup.class, SIGNUPS).validate(bad);

		Map<String, String> byPath = violations.stream()
				.collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
		// the field a rule read inside a list is the field of the element that broke it (the second credential)
		assertThat(byPath).containsOnlyKeys("optedIn", "credentials[1].algorithm");
		assertThat(byPath.get("optedIn")).startsWith("MKT-01: ").contains("did not opt in", "GDPR art. 7");
		assertThat(byPath.get("credentials[1].algorithm")).startsWith("SEC-01: ").contains("GDPR art. 32");
		assertThat(violations).allSatisfy(v -> {
			assertThat(v.getRootBean()).isSameAs(bad);
			assertThat(v.getConstraintDescriptor().getAnnotation()).isInstanceOf(PrivacyRules.class);
		});
	}

	@Test
	void personalDataIsMaskedInMessages() {
		Signup bad = new Signup("s-3", "jean.dupont@example.com", false, List.of());

		Set<ConstraintViolation<Signup>> violations = validator(Signup.class, SIGNUPS).validate(bad);

		assertThat(violations).singleElement().satisfies(v -> assertThat(v.getMessage())
				.doesNotContain("jean.dupont", "example.com"));
	}

	@Test
	void messageTemplateSyntaxInDataIsShownAsWritten() {
		// the record's key is data, shown in the sentence: a provider must not read it as a template
		Signup bad = new Signup("{value} ${1+1} \\", "a@b.c", true, List.of(new Credential(Algorithm.MD5)));

		Set<ConstraintViolation<Signup>> violations = validator(Signup.class, SIGNUPS).validate(bad);

		assertThat(violations).singleElement().satisfies(v -> assertThat(v.getMessage())
				.contains("signup {value} ${1+1} \\ shows"));
	}

	@Test
	void onlyTheStatusesTheConstraintRejectsAreViolations() {
		HibernateValidatorConfiguration configuration = jakarta.validation.Validation
				.byProvider(HibernateValidator.class).configure();
		ConstraintMapping mapping = configuration.createConstraintMapping();
		mapping.type(Signup.class).constraint(new GenericConstraintDef<>(PrivacyRules.class)
				.param("value", new Class<?>[] { SIGNUPS }).param("reject", new Status[] { Status.DATA_ERROR }));
		Validator onlyDataErrors = configuration.addMapping(mapping).buildValidatorFactory().getValidator();

		assertThat(onlyDataErrors.validate(new Signup("s-5", "a@b.c", false, List.of()))).isEmpty();
		assertThat(onlyDataErrors.validate(new Signup("s-6", "a@b.c", true, null)))
				.singleElement().satisfies(v -> {
					assertThat(v.getPropertyPath()).hasToString("credentials");
					assertThat(v.getMessage()).startsWith("SEC-01: ");
				});
	}

	@Test
	void aPolicyWithoutAnEntityBoundToTheClassIsADeclarationErrorThatSaysSo() {
		assertThatThrownBy(() -> validator(Unbound.class, SIGNUPS).validate(new Unbound("u-1")))
				.isInstanceOf(ValidationException.class).satisfies(e -> {
					Throwable cause = e;
					while (!(cause instanceof jakarta.validation.ConstraintDeclarationException)
							&& cause.getCause() != null) {
						cause = cause.getCause();
					}
					assertThat(cause).hasMessageContaining("no entity bound to this class");
				});
	}

	/** A class no entity of the policy is bound to. */
	record Unbound(String id) {
	}

	@Test
	void templateEscapingKeepsEveryCharacter() {
		assertThat(MessageTemplates.literal("a {b} ${c} \\d $")).isEqualTo("a \\{b\\} \\$\\{c\\} \\\\d \\$");
	}

	@Test
	void aDataErrorInAnElementHasItsIndexInThePropertyPath() {
		Signup unreadable = new Signup("s-3", "jean.dupont@example.com", true,
				java.util.Arrays.asList(new Credential(Algorithm.ARGON2), new Credential(null)));

		Set<ConstraintViolation<Signup>> violations = validator(Signup.class, SIGNUPS).validate(unreadable);

		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v.getPropertyPath()).hasToString("credentials[1].algorithm");
			assertThat(v.getMessage()).startsWith("SEC-01: ");
			List<jakarta.validation.Path.Node> nodes = new java.util.ArrayList<>();
			v.getPropertyPath().forEach(nodes::add);
			assertThat(nodes).extracting(jakarta.validation.Path.Node::getName)
					.containsExactly("credentials", "algorithm");
			assertThat(nodes.get(1).isInIterable()).isTrue();
			assertThat(nodes.get(1).getIndex()).isEqualTo(1);
		});
	}

	static final String ERASURES = """
			policy Erasures "Erasure" time zone "Europe/Paris"

			entity ErasureRequest bound to "org.privacy.dsl.semantics.BoundErasure" {
				id: text key
				erasedAt: datetime optional
				approvedAt: datetime optional
				recipients: list of Recipient
			}

			entity Recipient bound to "org.privacy.dsl.semantics.BoundRecipient" {
				name: text
				toldAt: datetime optional
				addedAt: datetime
			}

			term told for Recipient: event toldAt

			rule RTS-07 "Every recipient is told of the erasure within one month"
				basis "GDPR art. 19"
				ErasureRequest where erasedAt is present requires every r in recipients satisfies told within 1 month after erasedAt

			rule RTS-08 "Every recipient added later is told within a week of being added"
				basis "GDPR art. 19"
				ErasureRequest requires every r in recipients satisfies r.toldAt within 7 days after r.addedAt
				unless id = "exempt"
			""";

	@Test
	void aDeadlinePerElementHasTheElementsIndexInThePropertyPath() {
		// issue 12: the path was the last field read ('recipients' for RTS-07, 'id' for RTS-08's exception)
		Class<? extends Policy> erasures = PrivacyTestSupport.policy(GenerationMode.BOUND, ERASURES).getClass();
		Instant erased = Instant.parse("2025-11-01T10:00:00Z");
		// acme told in time; globex within the month but after its week (late); initech never (overdue for both)
		BoundErasure request = new BoundErasure("er-1", erased, null, List.of(
				new BoundRecipient("acme", Instant.parse("2025-11-05T10:00:00Z"), erased),
				new BoundRecipient("globex", Instant.parse("2025-11-20T10:00:00Z"), erased),
				new BoundRecipient("initech", null, erased)));

		Set<ConstraintViolation<BoundErasure>> violations = validator(BoundErasure.class, erasures).validate(request);

		assertThat(violations).extracting(v -> v.getMessage().substring(0, 6), v -> v.getPropertyPath().toString())
				.containsExactlyInAnyOrder(tuple("RTS-07", "recipients[2].toldAt"),
						tuple("RTS-08", "recipients[1].toldAt"), tuple("RTS-08", "recipients[2].toldAt"));
		assertThat(violations).allSatisfy(v -> {
			List<jakarta.validation.Path.Node> nodes = new java.util.ArrayList<>();
			v.getPropertyPath().forEach(nodes::add);
			assertThat(nodes).extracting(jakarta.validation.Path.Node::getName).containsExactly("recipients", "toldAt");
			assertThat(nodes.get(1).isInIterable()).isTrue();
			assertThat(nodes.get(1).getIndex()).isIn(1, 2);
		});
	}

	@Test
	void theVerdictAloneAnswersForAnObjectThatComplies() {
		PolicyCheck check = PolicyCheck.of(SIGNUPS, Signup.class);
		org.privacy.runtime.Context now = org.privacy.runtime.Context.at(Instant.parse("2026-01-01T00:00:00Z"));
		Signup bad = new Signup("s-6", "a@b.c", false, List.of(new Credential(Algorithm.MD5)));

		assertThat(check.complies(GOOD, now)).isTrue();
		assertThat(check.check(GOOD, now)).isEmpty();
		assertThat(check.complies(bad, now)).isFalse();
		assertThat(check.check(bad, now)).hasSize(2);
	}
}
