package org.privacy.dsl.benchmarks.validators;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.SpelCompilerMode;
import org.springframework.expression.spel.SpelParserConfiguration;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * Spring Expression Language: one expression per rule, true when the customer meets it, evaluated with the customer as
 * the root object. Interpreted ({@link SpelCompilerMode#OFF}) or compiled to bytecode on first use
 * ({@link SpelCompilerMode#IMMEDIATE}). SpEL's compiler compiles nine of the ten expressions; a collection selection
 * ({@code consents.^[...]}, for COL-01) cannot be compiled, so that expression stays interpreted.
 */
public final class SpelEngine implements Engine {
	private static final String P = "T(org.privacy.dsl.benchmarks.validators.";

	/** The rules of {@code customers.privacy}, in its order. */
	static final List<String> RULES = List.of(
			"email != null and !email.isEmpty()",
			"noticeVersion != null and !noticeVersion.isEmpty()",
			"!newsletter or marketingConsent",
			"displayName.length() <= 40",
			"!marketingConsent or age >= 16",
			// done, or else now, is after the deadline: late or overdue (requireNonNullElse evaluates both arguments
			// every time, so that SpEL's compiler, which needs every node to have run once, compiles these rules)
			"!T(java.util.Objects).requireNonNullElse(confirmedAt, #now).isAfter(signupAt.plus(#confirmationDeadline))",
			"!T(java.util.Objects).requireNonNullElse(accessAnsweredAt, #now)"
					+ ".isAfter(accessRequestedAt.atZone(#zone).toLocalDate().plusMonths(1L).plusDays(1L).atStartOfDay(#zone).toInstant().minusNanos(1L))",
			"#approvedRegions.contains(storageRegion)",
			"status != " + P + "AccountStatus).CLOSED or !newsletter",
			"!personalisedAds or consents.^[purpose == " + P + "Purpose).ADVERTISING and withdrawnAt == null] != null");

	private final List<Expression> expressions;
	private final EvaluationContext context;

	public SpelEngine(SpelCompilerMode mode, Instant now, ZoneId zone) {
		SpelExpressionParser parser = new SpelExpressionParser(
				new SpelParserConfiguration(mode, SpelEngine.class.getClassLoader()));
		this.expressions = RULES.stream().map(parser::parseExpression).toList();
		StandardEvaluationContext standard = new StandardEvaluationContext();
		standard.setVariable("now", now);
		standard.setVariable("zone", zone);
		standard.setVariable("confirmationDeadline", Duration.ofHours(72));
		standard.setVariable("approvedRegions", EnumSet.of(Region.EU, Region.EEA, Region.UK));
		this.context = standard;
	}

	@Override
	public long countViolations(List<Customer> customers) {
		long violations = 0;
		for (Customer customer : customers) {
			for (Expression rule : expressions) {
				if (!Boolean.TRUE.equals(rule.getValue(context, customer, Boolean.class))) {
					violations++;
				}
			}
		}
		return violations;
	}
}
