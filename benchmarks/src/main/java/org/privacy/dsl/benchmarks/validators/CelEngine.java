package org.privacy.dsl.benchmarks.validators;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;

/**
 * Google's Common Expression Language for Java: one compiled program per rule, true when the customer meets it. CEL
 * reads protocol buffers or maps, not Java objects, so each customer is given to it as a map (a missing value is a
 * missing key, tested with {@code has()}; instants stay {@link Instant}s, which CEL reads as timestamps); building the
 * maps is part of the measured time, as it would be in an application. CEL has no calendar arithmetic: {@code plusMonths(timestamp, months, zone)} is a
 * function of ours, counted like the policy's {@code 1 month}: to the last instant of the last local day.
 */
public final class CelEngine implements Engine {
	private static final String PLUS_MONTHS = "plusMonths_timestamp_int_string";

	/** The rules of {@code customers.privacy}, in its order. */
	static final List<String> RULES = List.of(
			"has(customer.email) && customer.email != ''",
			"has(customer.noticeVersion) && customer.noticeVersion != ''",
			"!customer.newsletter || customer.marketingConsent",
			"size(customer.displayName) <= 40",
			"!customer.marketingConsent || customer.age >= 16",
			"has(customer.confirmedAt) ? customer.confirmedAt <= customer.signupAt + duration('72h')"
					+ " : now <= customer.signupAt + duration('72h')",
			"has(customer.accessAnsweredAt)"
					+ " ? customer.accessAnsweredAt <= plusMonths(customer.accessRequestedAt, 1, 'Europe/Paris')"
					+ " : now <= plusMonths(customer.accessRequestedAt, 1, 'Europe/Paris')",
			"customer.storageRegion in ['EU', 'EEA', 'UK']",
			"customer.status != 'CLOSED' || !customer.newsletter",
			"!customer.personalisedAds"
					+ " || customer.consents.exists(c, c.purpose == 'ADVERTISING' && !has(c.withdrawnAt))");

	private final List<CelRuntime.Program> programs;
	private final Instant now;

	public CelEngine(Instant now) {
		CelCompiler compiler = CelCompilerFactory.standardCelCompilerBuilder()
				.setStandardMacros(CelStandardMacro.HAS, CelStandardMacro.EXISTS)
				.addVar("customer", MapType.create(SimpleType.STRING, SimpleType.DYN))
				.addVar("now", SimpleType.TIMESTAMP)
				.addFunctionDeclarations(CelFunctionDecl.newFunctionDeclaration("plusMonths",
						CelOverloadDecl.newGlobalOverload(PLUS_MONTHS, SimpleType.TIMESTAMP, SimpleType.TIMESTAMP,
								SimpleType.INT, SimpleType.STRING)))
				.setResultType(SimpleType.BOOL).build();
		CelRuntime runtime = CelRuntimeFactory.standardCelRuntimeBuilder()
				.addFunctionBindings(CelFunctionBinding.from(PLUS_MONTHS,
						List.of(Instant.class, Long.class, String.class),
						args -> plusMonths((Instant) args[0], (Long) args[1], (String) args[2])))
				.build();
		List<CelRuntime.Program> compiled = new ArrayList<>();
		try {
			for (String rule : RULES) {
				compiled.add(runtime.createProgram(compiler.compile(rule).getAst()));
			}
		} catch (CelValidationException | CelEvaluationException e) {
			throw new IllegalStateException("a CEL rule does not compile: " + e.getMessage(), e);
		}
		this.programs = List.copyOf(compiled);
		this.now = now;
	}

	@Override
	public long countViolations(List<Customer> customers) {
		long violations = 0;
		try {
			for (Customer customer : customers) {
				Map<String, Object> variables = Map.of("customer", asMap(customer), "now", now);
				for (CelRuntime.Program rule : programs) {
					if (!Boolean.TRUE.equals(rule.eval(variables))) {
						violations++;
					}
				}
			}
		} catch (CelEvaluationException e) {
			throw new IllegalStateException("a CEL rule failed: " + e.getMessage(), e);
		}
		return violations;
	}

	/** The customer as CEL sees it: a map without the keys of missing values. */
	private static Map<String, Object> asMap(Customer c) {
		Map<String, Object> map = new HashMap<>(32);
		putIfPresent(map, "email", c.getEmail());
		putIfPresent(map, "noticeVersion", c.getNoticeVersion());
		map.put("displayName", c.getDisplayName());
		map.put("age", (long) c.getAge());
		map.put("newsletter", c.isNewsletter());
		map.put("marketingConsent", c.isMarketingConsent());
		map.put("personalisedAds", c.isPersonalisedAds());
		map.put("signupAt", c.getSignupAt());
		putIfPresent(map, "confirmedAt", c.getConfirmedAt());
		map.put("accessRequestedAt", c.getAccessRequestedAt());
		putIfPresent(map, "accessAnsweredAt", c.getAccessAnsweredAt());
		map.put("storageRegion", c.getStorageRegion().name());
		map.put("status", c.getStatus().name());
		List<Map<String, Object>> consents = new ArrayList<>(c.getConsents().size());
		for (Consent consent : c.getConsents()) {
			Map<String, Object> m = new HashMap<>(8);
			m.put("purpose", consent.purpose().name());
			m.put("givenAt", consent.givenAt());
			putIfPresent(m, "withdrawnAt", consent.withdrawnAt());
			consents.add(m);
		}
		map.put("consents", consents);
		return map;
	}

	private static void putIfPresent(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	private static Instant plusMonths(Instant from, long months, String zone) {
		ZoneId id = ZoneId.of(zone);
		// like the policy's deadline: to the end of the last local day (its last instant)
		return from.atZone(id).toLocalDate().plusMonths(months).plusDays(1).atStartOfDay(id).toInstant().minusNanos(1);
	}
}
