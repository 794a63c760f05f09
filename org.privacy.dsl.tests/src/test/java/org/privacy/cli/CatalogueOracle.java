package org.privacy.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The expected findings of the GDPR catalogue ({@code examples/gdpr-catalogue}), computed from its data files with
 * plain java.time code, written from the law and the rules' titles, never by the compiler or by generated code: if
 * the two disagree, one of them misreads the law.
 *
 * <p>Conventions the rules fix and this class follows: months and years are counted on the Paris calendar and clock
 * (the same local time, the month's last day when the day does not exist); hours and days are exact; a deadline met at
 * its last instant is in time; {@code before}/{@code after} are strict; an exception turns a finding into
 * {@code exempt}, the first one that holds.
 */
final class CatalogueOracle {
	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** One expected finding, in the terms of the JSON report. */
	record Finding(String rule, String status, String entity, String record) implements Comparable<Finding> {
		@Override
		public int compareTo(Finding o) {
			return toString().compareTo(o.toString());
		}

		@Override
		public String toString() {
			return rule + " " + status + " " + entity + " " + record;
		}
	}

	private static final JsonMapper JSON = new JsonMapper();
	private final Path data;
	private final Instant now;
	private final List<Finding> findings = new ArrayList<>();

	private CatalogueOracle(Path data, Instant now) {
		this.data = data;
		this.now = now;
	}

	/** The expected findings, sorted; a rule with a deadline per element may give a record several findings. */
	/** Only the findings of the rules written with the constructs of language v2: a check of the oracle itself. */
	static List<Finding> expectedOfNextRules(Path catalogue, Instant now) {
		CatalogueOracle oracle = new CatalogueOracle(catalogue.resolve("data"), now);
		new CatalogueNextOracle(oracle).addFindings();
		Collections.sort(oracle.findings);
		return oracle.findings;
	}

	static List<Finding> expected(Path catalogue, Instant now) {
		CatalogueOracle oracle = new CatalogueOracle(catalogue.resolve("data"), now);
		oracle.marketing();
		oracle.telephone();
		oracle.rights();
		oracle.security();
		oracle.retention();
		oracle.processors();
		oracle.cookies();
		oracle.minors();
		oracle.employees();
		oracle.governance();
		new CatalogueNextOracle(oracle).addFindings();
		Collections.sort(oracle.findings);
		return oracle.findings;
	}

	// ---- CPCE art. L34-5, GDPR art. 7 and 21

	private void marketing() {
		Map<String, Row> prospects = byKey("Prospect.jsonl");
		List<Row> consents = rows("Consent.jsonl");
		List<Row> objections = rows("Objection.jsonl");
		for (Row m : rows("MessageSend.jsonl")) {
			Row person = prospects.get(m.text("recipient"));
			String channel = m.text("channel");
			Instant sent = m.instant("sentAt");
			boolean marketing = m.is("purpose", "marketing");
			boolean optin = consents.stream().anyMatch(c -> c.is("prospect", person.key())
					&& c.is("channel", channel) && c.instant("givenAt").isBefore(sent)
					&& (c.missing("withdrawnAt") || c.instant("withdrawnAt").isAfter(sent)));
			if (marketing && person.is("kind", "individual")
					&& Set.of("EMAIL", "SMS", "AUTOMATED_CALL", "FAX").contains(channel) && !optin) {
				// the soft opt-in of L34-5 para. 4: own customer, own analogous products, objection offered
				boolean softOptIn = Set.of("EMAIL", "SMS").contains(channel) && !person.missing("customerSince")
						&& person.bool("objectionOffered") && m.bool("analogousProduct") && !m.bool("forPartner")
						&& m.bool("optOutLink");
				add("MKT-10", softOptIn ? "exempt" : "violated", "MessageSend", m);
			}
			if (marketing && objections.stream()
					.anyMatch(o -> o.is("prospect", person.key()) && o.instant("receivedAt").isBefore(sent))) {
				add("MKT-11", "violated", "MessageSend", m);
			}
			if (marketing && channel.equals("EMAIL") && person.is("kind", "business") && !m.bool("aboutRecipientsJob")) {
				add("MKT-12", optin ? "exempt" : "violated", "MessageSend", m);
			}
		}
		for (Row c : consents) {
			if (c.bool("bundledWithTerms")) {
				add("MKT-13", "violated", "Consent", c);
			}
		}
	}

	// ---- Consumer Code art. L223-1 and D223-9

	private void telephone() {
		Map<String, Row> prospects = byKey("Prospect.jsonl");
		List<Row> calls = rows("Call.csv");
		Instant decree = LocalDate.of(2023, 3, 1).atStartOfDay(PARIS).toInstant();
		for (Row call : calls) {
			Row person = prospects.get(call.text("callee"));
			Instant at = call.instant("calledAt");
			if (!person.is("kind", "individual")) {
				continue;
			}
			String unlessConsent = call.bool("expressConsent") ? "exempt" : "violated";
			if (!at.isBefore(decree)) {
				DayOfWeek day = at.atZone(PARIS).getDayOfWeek();
				if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
					add("TEL-11", unlessConsent, "Call", call);
				}
				LocalTime time = at.atZone(PARIS).toLocalTime();
				boolean inHours = !time.isBefore(LocalTime.of(10, 0)) && time.isBefore(LocalTime.of(13, 0))
						|| !time.isBefore(LocalTime.of(14, 0)) && time.isBefore(LocalTime.of(20, 0));
				if (!inHours) {
					add("TEL-12", unlessConsent, "Call", call);
				}
				long inWindow = calls.stream().filter(c -> c.is("callee", person.key())
						&& c.instant("calledAt").isAfter(at.minus(Duration.ofDays(30))) && !c.instant("calledAt").isAfter(at))
						.count();
				if (inWindow > 4) {
					add("TEL-13", "violated", "Call", call);
				}
				if (calls.stream().anyMatch(c -> c.is("callee", person.key()) && c.bool("refused")
						&& c.instant("calledAt").isBefore(at) && at.isBefore(c.instant("calledAt").plus(Duration.ofDays(60))))) {
					add("TEL-14", "violated", "Call", call);
				}
			}
			if (!person.missing("bloctelEffectiveAt") && !person.instant("bloctelEffectiveAt").isAfter(at)) {
				add("TEL-15", person.missing("customerSince") ? "violated" : "exempt", "Call", call);
			}
		}
	}

	// ---- GDPR art. 12 to 22

	private void rights() {
		for (Row r : rows("DSRequest.jsonl")) {
			Instant received = r.instant("receivedAt");
			Instant oneMonth = months(received, 1);
			Instant firstLate1 = due(received, Period.ofMonths(1));
			boolean extended = !r.missing("extensionNotifiedAt") && !r.instant("extensionNotifiedAt").isAfter(oneMonth);
			boolean refused = r.is("decision", "refused");
			String answer = deadline(r.instantOrNull("answeredAt"), firstLate1);
			if (answer != null) {
				add("RTS-11", extended ? "exempt" : answer, "DSRequest", r);
			}
			if (extended) {
				addIf("RTS-12", deadline(r.instantOrNull("answeredAt"), due(received, Period.ofMonths(3))), "DSRequest", r);
			}
			if (!r.missing("extensionNotifiedAt") && r.missing("extensionReason")) {
				add("RTS-13", "violated", "DSRequest", r);
			}
			if (refused && !(r.bool("reasonsGiven") && r.bool("complaintRightMentioned"))) {
				add("RTS-14", "violated", "DSRequest", r);
			}
			if (r.is("right", "erasure")) {
				String erasure = deadline(r.instantOrNull("erasedAt"), firstLate1);
				if (erasure != null) {
					add("RTS-15", refused || extended ? "exempt" : erasure, "DSRequest", r);
				}
			}
			if (r.bool("feeCharged")) {
				add("RTS-16", r.bool("manifestlyUnfounded") ? "exempt" : "violated", "DSRequest", r);
			}
			if (r.bool("identityDocumentRequested") && !r.bool("reasonableDoubt")) {
				add("RTS-17", "violated", "DSRequest", r);
			}
		}
	}

	// ---- GDPR art. 32 to 34, CNIL deliberation 2022-100

	private void security() {
		for (Row d : rows("CredentialDelivery.jsonl")) {
			if (d.bool("plainText") && !(d.bool("temporary") && d.bool("changeAtFirstLogin"))) {
				add("SEC-03", "violated", "CredentialDelivery", d);
			}
		}
		for (Row p : rows("AuthenticationPolicy.jsonl")) {
			if (p.is("kind", "device_code") && (p.missing("maxFailures") || p.number("maxFailures") > 3)) {
				add("SEC-06", "violated", "AuthenticationPolicy", p);
			}
			if (p.bool("administrators") && !p.bool("multiFactor")) {
				add("SEC-07", "violated", "AuthenticationPolicy", p);
			}
		}
		Set<String> registered = new TreeSet<>();
		rows("BreachRegisterEntry.jsonl").forEach(e -> registered.add(e.text("incident")));
		for (Row i : rows("SecurityIncident.jsonl")) {
			if (!i.bool("personalData")) {
				continue;
			}
			if (!registered.contains(i.key())) {
				add("BRC-02", "violated", "SecurityIncident", i);
			}
			if (i.is("risk", "high")) {
				String told = deadline(i.instantOrNull("peopleInformedAt"), exactly(i.instant("awareAt").plus(Duration.ofHours(72))));
				if (told != null) {
					add("BRC-04", i.bool("dataEncrypted") || i.bool("riskMitigated") ? "exempt" : told, "SecurityIncident", i);
				}
			}
			if (!i.missing("notifiedAuthorityAt")
					&& !i.texts("contents").containsAll(List.of("nature", "dpo_contact", "consequences", "measures"))) {
				add("BRC-05", "violated", "SecurityIncident", i);
			}
		}
	}

	// ---- GDPR art. 5(1)(e) and the periods of CNIL guidance and French codes

	private void retention() {
		for (Row c : rows("Customer.csv")) {
			addIf("RET-02", deadline(c.instantOrNull("deletedAt"), due(c.instant("lastOrderAt"), Period.ofYears(3))), "Customer", c);
		}
		for (Row a : rows("UserAccount.jsonl")) {
			addIf("RET-03", deadline(a.instantOrNull("deletedAt"), due(a.instant("lastActivityAt"), Period.ofYears(2))), "UserAccount",
					a);
		}
		for (Row c : rows("CardData.jsonl")) {
			if (!c.bool("deferredDebit") && !c.bool("keptForNextPurchases")) {
				addIf("RET-05", deadline(c.instantOrNull("deletedAt"), due(c.instant("debitedAt"), Period.ofMonths(13))), "CardData", c);
			}
		}
		for (Row r : rows("Recording.jsonl")) {
			String outcome = deadline(r.instantOrNull("deletedAt"), due(r.instant("recordedAt"), Period.ofMonths(1)));
			if (outcome != null) {
				add("RET-06", r.bool("investigation") ? "exempt" : outcome, "Recording", r);
			}
		}
		for (Row a : rows("Applicant.jsonl")) {
			if (!a.bool("hired")) {
				addIf("RET-07", deadline(a.instantOrNull("deletedAt"), due(a.instant("lastContactAt"), Period.ofYears(2))), "Applicant",
						a);
			}
		}
	}

	// ---- GDPR art. 28 and 44 to 46

	private void processors() {
		for (Row s : rows("SubProcessor.jsonl")) {
			if (s.missing("authorisedAt") || s.instant("authorisedAt").isAfter(s.instant("engagedAt"))) {
				add("PRC-02", "violated", "SubProcessor", s);
			}
			if (!s.bool("sameObligations")) {
				add("PRC-05", "violated", "SubProcessor", s);
			}
			if (!s.bool("insideEea") && s.missing("transferMechanism")) {
				add("PRC-08", "violated", "SubProcessor", s);
			}
		}
		for (Row k : rows("ProcessingContract.jsonl")) {
			addIf("PRC-07", deadline(k.instantOrNull("dataDisposedAt"), due(k.instant("endedAt"), Period.ofDays(30))),
					"ProcessingContract", k);
		}
	}

	// ---- Data Protection Act art. 82 and the CNIL's cookie guidelines

	private void cookies() {
		for (Row b : rows("ConsentBanner.jsonl")) {
			if (b.number("clicksToRefuse") > b.number("clicksToAccept")) {
				add("CKE-02", "violated", "ConsentBanner", b);
			}
		}
		for (Row t : rows("TrackerDeposit.jsonl")) {
			Instant set = t.instant("setAt");
			if (!t.bool("exempt") && (t.missing("consentAt") || t.instant("consentAt").isAfter(set))) {
				add("CKE-03", "violated", "TrackerDeposit", t);
			}
			if (t.bool("exempt") && t.bool("audienceMeasurement") && t.instant("expiresAt").isAfter(months(set, 13))) {
				add("CKE-05", "violated", "TrackerDeposit", t);
			}
		}
		for (Row d : rows("BannerDisplay.jsonl")) {
			if (!d.missing("previousChoiceAt") && d.instant("shownAt").isBefore(months(d.instant("previousChoiceAt"), 6))) {
				add("CKE-04", "violated", "BannerDisplay", d);
			}
		}
		for (Row a : rows("AudienceRecord.jsonl")) {
			addIf("CKE-06", deadline(a.instantOrNull("deletedAt"), due(a.instant("collectedAt"), Period.ofMonths(25))), "AudienceRecord",
					a);
		}
	}

	// ---- GDPR art. 8, Data Protection Act art. 45, DSA art. 28

	private void minors() {
		Map<String, Row> members = byKey("Member.jsonl");
		for (Row m : members.values()) {
			LocalDate signed = m.date("signedUpOn");
			boolean under15 = m.date("birthDate").isAfter(signed.minusYears(15));
			boolean bothConsents = m.bool("childConsent") && !m.missing("parentalConsentOn")
					&& !m.date("parentalConsentOn").isAfter(signed);
			if (m.is("lawfulBasis", "consent") && under15 && !bothConsents) {
				add("MIN-01", "violated", "Member", m);
			}
		}
		for (Row a : rows("AdImpression.jsonl")) {
			Row m = members.get(a.text("member"));
			if (a.bool("profilingBased") && m.date("birthDate").isAfter(a.date("shownOn").minusYears(18))) {
				add("MIN-02", "violated", "AdImpression", a);
			}
		}
	}

	// ---- Labour Code, CNIL guidance on monitoring at work

	private void employees() {
		for (Row t : rows("MonitoringTool.jsonl")) {
			Instant deployed = t.instant("deployedAt");
			if (t.missing("employeesInformedAt") || !t.instant("employeesInformedAt").isBefore(deployed)) {
				add("EMP-01", "violated", "MonitoringTool", t);
			}
			if (t.missing("staffCouncilConsultedAt") || !t.instant("staffCouncilConsultedAt").isBefore(deployed)) {
				add("EMP-02", "violated", "MonitoringTool", t);
			}
			String unlessImperative = t.bool("securityImperative") ? "exempt" : "violated";
			if (t.is("kind", "keylogger")) {
				add("EMP-03", unlessImperative, "MonitoringTool", t);
			}
			if (t.is("kind", "video") && t.bool("filmsWorkstationsContinuously")) {
				add("EMP-04", unlessImperative, "MonitoringTool", t);
			}
		}
	}

	// ---- GDPR art. 9, 35, 44 to 49

	private void governance() {
		for (Row a : rows("ProcessingActivity.jsonl")) {
			if (a.texts("criteria").size() >= 2
					&& (a.missing("dpiaCompletedAt") || !a.instant("dpiaCompletedAt").isBefore(a.instant("startedAt")))) {
				add("GOV-01", "violated", "ProcessingActivity", a);
			}
			if (a.bool("transferOutsideEea") && a.missing("transferMechanism")) {
				add("GOV-02", "violated", "ProcessingActivity", a);
			}
			if (!a.missing("specialCategory") && a.missing("specialBasis")) {
				add("SPC-01", "violated", "ProcessingActivity", a);
			}
		}
	}

	// ---- time as the rules count it

	/** {@code start + n months} on the Paris calendar and clock. */
	static Instant months(Instant start, int n) {
		return start.atZone(PARIS).plusMonths(n).toInstant();
	}

	/**
	 * The first instant that is too late for a deadline of {@code length} (days, months, years) after {@code start}: the
	 * start of the day after the last local day in Paris, as courts count periods (EU Regulation 1182/71).
	 */
	static Instant due(Instant start, Period length) {
		return start.atZone(PARIS).toLocalDate().plus(length).plusDays(1).atStartOfDay(PARIS).toInstant();
	}

	/** The first instant too late for a deadline at exactly {@code at} (lengths in hours stay exact). */
	static Instant exactly(Instant at) {
		return at.plusNanos(1);
	}

	/** late, overdue, pending, or null when the event met its deadline ({@code firstLate} is already too late). */
	String deadline(Instant event, Instant firstLate) {
		if (event != null) {
			return event.isBefore(firstLate) ? null : "late";
		}
		return now.isBefore(firstLate) ? "pending" : "overdue";
	}

	Instant now() {
		return now;
	}

	// ---- reading the data

	void add(String rule, String status, String entity, Row row) {
		findings.add(new Finding(rule, status, entity, row.key()));
	}

	void addIf(String rule, String status, String entity, Row row) {
		if (status != null) {
			add(rule, status, entity, row);
		}
	}

	Map<String, Row> byKey(String file) {
		Map<String, Row> rows = new LinkedHashMap<>();
		rows(file).forEach(r -> rows.put(r.key(), r));
		return rows;
	}

	private final Map<String, List<Row>> cache = new HashMap<>();

	List<Row> rows(String file) {
		return cache.computeIfAbsent(file, f -> read(data.resolve(f)));
	}

	static List<Row> read(Path file) {
		try {
			List<String> lines = Files.readAllLines(file);
			List<Row> rows = new ArrayList<>();
			if (file.toString().endsWith(".csv")) { // the generator writes no commas or quotes inside cells
				String[] header = lines.get(0).split(",", -1);
				for (String line : lines.subList(1, lines.size())) {
					String[] cells = line.split(",", -1);
					Map<String, Object> values = new HashMap<>();
					for (int i = 0; i < header.length; i++) {
						if (!cells[i].isEmpty()) {
							values.put(header[i], cells[i]);
						}
					}
					rows.add(new Row(values));
				}
			} else {
				for (String line : lines) {
					if (!line.isBlank()) {
						Map<String, Object> values = new HashMap<>();
						JsonNode node = JSON.readTree(line);
						for (String name : node.propertyNames()) {
							JsonNode value = node.get(name);
							if (value.isArray()) {
								List<String> items = new ArrayList<>();
								value.forEach(v -> items.add(v.isValueNode() ? v.asString() : v.toString()));
								values.put(name, items);
								values.put(name + "Json", value.toString()); // nested records, for CatalogueNextOracle
							} else if (!value.isNull()) {
								values.put(name, value.asString());
							}
						}
						rows.add(new Row(values));
					}
				}
			}
			return rows;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One record, its values as text (lists as lists of text). */
	record Row(Map<String, Object> values) {
		String key() {
			return text("id");
		}

		String text(String field) {
			return (String) Objects.requireNonNull(values.get(field), field);
		}

		boolean missing(String field) {
			Object value = values.get(field);
			return value == null || value.equals("");
		}

		boolean is(String field, String value) {
			return value.equals(values.get(field));
		}

		boolean bool(String field) {
			return Boolean.parseBoolean(text(field));
		}

		double number(String field) {
			return Double.parseDouble(text(field));
		}

		Instant instant(String field) {
			return Instant.parse(text(field));
		}

		Instant instantOrNull(String field) {
			return missing(field) ? null : instant(field);
		}

		LocalDate date(String field) {
			return LocalDate.parse(text(field));
		}

		@SuppressWarnings("unchecked")
		List<String> texts(String field) {
			return (List<String>) values.getOrDefault(field, List.of());
		}
	}
}
