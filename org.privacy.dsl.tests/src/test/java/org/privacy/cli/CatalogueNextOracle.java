package org.privacy.cli;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.privacy.cli.CatalogueOracle.Row;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The expected findings of the catalogue's rules written with the constructs of language v2 (calling hours, public
 * holidays, shared values, {@code latest of}, per-element deadlines, arithmetic, list parameters, {@code needs}):
 * {@code telephone-days}, {@code retention-latest}, {@code rights-recipients} and {@code security-strength}; plain
 * java.time, like {@link CatalogueOracle}.
 *
 * <p>Its reading of the language: calling hours {@code from 10:00 to 13:00} include 10:00 and exclude 13:00;
 * {@code date of x} without a zone is the Paris date; a per-element deadline gives one finding per element that is
 * late, overdue or pending, on the record that holds the list; {@code x rounded} rounds half away from zero.
 */
final class CatalogueNextOracle {
	private static final ZoneId PARIS = CatalogueOracle.PARIS;
	private static final Set<String> ALSACE_MOSELLE = Set.of("57", "67", "68");
	private static final JsonMapper JSON = new JsonMapper();

	private final CatalogueOracle oracle;

	CatalogueNextOracle(CatalogueOracle oracle) {
		this.oracle = oracle;
	}

	void addFindings() {
		telephone();
		retention();
		erasures();
		security();
	}

	// ---- Consumer Code art. D223-9, Labour Code art. L3133-1 and L3134-13

	private void telephone() {
		List<Row> calls = oracle.rows("PhoneCall.csv");
		Instant decree = LocalDate.of(2023, 3, 1).atStartOfDay(PARIS).toInstant();
		for (Row call : calls) {
			Instant at = call.instant("calledAt");
			if (at.isBefore(decree)) {
				continue;
			}
			String unlessConsent = call.bool("expressConsent") ? "exempt" : "violated";
			if (call.is("timeZone", "Europe/Paris") && !withinCallingHours(at)) {
				oracle.add("TEL-21", unlessConsent, "PhoneCall", call);
			}
			LocalDate consumerDay = at.atZone(ZoneId.of(call.text("timeZone"))).toLocalDate();
			boolean holiday = ALSACE_MOSELLE.contains(call.text("department")) ? alsaceMoselleHoliday(consumerDay)
					: frenchHoliday(consumerDay);
			if (holiday) {
				oracle.add("TEL-22", unlessConsent, "PhoneCall", call);
			}
			LocalDate day = parisDate(at);
			long sameProfessional = calls.stream()
					.filter(c -> c.is("personId", call.text("personId")) && c.is("onBehalfOf", call.text("onBehalfOf"))
							&& parisDate(c.instant("calledAt")).isAfter(day.minusDays(30)) && !c.instant("calledAt").isAfter(at))
					.count();
			if (sameProfessional > 4) {
				oracle.add("TEL-23", "violated", "PhoneCall", call);
			}
			if (calls.stream().anyMatch(c -> c.is("personId", call.text("personId"))
					&& c.is("onBehalfOf", call.text("onBehalfOf")) && c.bool("refused")
					&& c.instant("calledAt").isBefore(at) && !day.isAfter(parisDate(c.instant("calledAt")).plusDays(60)))) {
				oracle.add("TEL-24", "violated", "PhoneCall", call);
			}
		}
	}

	private static boolean withinCallingHours(Instant at) {
		DayOfWeek day = at.atZone(PARIS).getDayOfWeek();
		LocalTime time = at.atZone(PARIS).toLocalTime();
		if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || frenchHoliday(parisDate(at))) {
			return false;
		}
		return !time.isBefore(LocalTime.of(10, 0)) && time.isBefore(LocalTime.of(13, 0))
				|| !time.isBefore(LocalTime.of(14, 0)) && time.isBefore(LocalTime.of(20, 0));
	}

	/** The eleven public holidays of Labour Code art. L3133-1. */
	static boolean frenchHoliday(LocalDate day) {
		LocalDate easter = easter(day.getYear());
		Set<LocalDate> days = new HashSet<>(List.of(LocalDate.of(day.getYear(), 1, 1), easter.plusDays(1),
				LocalDate.of(day.getYear(), 5, 1), LocalDate.of(day.getYear(), 5, 8), easter.plusDays(39),
				easter.plusDays(50), LocalDate.of(day.getYear(), 7, 14), LocalDate.of(day.getYear(), 8, 15),
				LocalDate.of(day.getYear(), 11, 1), LocalDate.of(day.getYear(), 11, 11), LocalDate.of(day.getYear(), 12, 25)));
		return days.contains(day);
	}

	/** Plus Good Friday and 26 December (Labour Code art. L3134-13). */
	static boolean alsaceMoselleHoliday(LocalDate day) {
		return frenchHoliday(day) || day.equals(easter(day.getYear()).minusDays(2))
				|| day.equals(LocalDate.of(day.getYear(), 12, 26));
	}

	/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
	static LocalDate easter(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, dayOfMonth);
	}

	private static LocalDate parisDate(Instant at) {
		return at.atZone(PARIS).toLocalDate();
	}

	// ---- CNIL guidance on prospect retention

	private void retention() {
		List<Row> contacts = oracle.rows("ProspectContact.jsonl");
		for (Row file : oracle.rows("ProspectFile.jsonl")) {
			Instant latest = contacts.stream()
					.filter(c -> c.is("personId", file.text("personId")) && c.bool("fromProspect"))
					.map(c -> c.instant("contactedAt")).max(Instant::compareTo).orElseThrow();
			oracle.addIf("RET-04", oracle.deadline(file.instantOrNull("deletedAt"), CatalogueOracle.due(latest,
					Period.ofYears(3))), "ProspectFile", file);
		}
		for (Row schedule : oracle.rows("RetentionSchedule.jsonl")) {
			String[] period = schedule.text("retentionPeriod").split(" ");
			int months = Integer.parseInt(period[0]) * (period[1].startsWith("year") ? 12 : 1);
			if (schedule.bool("prospectData") && months > 36) {
				oracle.add("RET-08", "violated", "RetentionSchedule", schedule);
			}
		}
	}

	// ---- GDPR art. 19: one outcome per recipient

	private void erasures() {
		for (Row erasure : oracle.rows("Erasure.jsonl")) {
			Instant firstLate = CatalogueOracle.due(erasure.instant("erasedAt"), Period.ofMonths(1));
			for (Map<String, String> recipient : recipients(erasure)) {
				String told = recipient.get("toldAt");
				oracle.addIf("RTS-19", oracle.deadline(told == null ? null : Instant.parse(told), firstLate), "Erasure",
						erasure);
			}
		}
	}

	/** The nested recipients, read again from the file: {@link Row} keeps lists of plain values only. */
	private List<Map<String, String>> recipients(Row erasure) {
		JsonNode line = JSON.readTree(erasure.text("recipientsJson"));
		List<Map<String, String>> recipients = new java.util.ArrayList<>();
		for (JsonNode r : line) {
			Map<String, String> values = new java.util.HashMap<>();
			r.propertyNames().forEach(name -> values.put(name, r.get(name).asString()));
			recipients.add(values);
		}
		return recipients;
	}

	// ---- CNIL deliberation 2022-100, GDPR art. 28(3)

	private void security() {
		for (Row p : oracle.rows("PasswordPolicy.jsonl")) {
			double bits = p.number("minLength") * Math.log(p.number("alphabetSize")) / Math.log(2);
			if (p.is("kind", "password_only") && Math.round(bits) < 80) {
				oracle.add("SEC-04", "violated", "PasswordPolicy", p);
			}
			if (p.is("kind", "password_with_restriction") && bits < 50) {
				oracle.add("SEC-05", "violated", "PasswordPolicy", p);
			}
			if (p.is("kind", "device_code") && !(bits >= 13 && p.number("maxFailures") <= 3)) {
				oracle.add("SEC-08", "violated", "PasswordPolicy", p);
			}
		}
		List<String> required = List.of("documented_instructions", "confidentiality", "security", "sub_processors",
				"assistance_with_rights", "assistance_with_obligations", "deletion_or_return", "audits");
		for (Row a : oracle.rows("ProcessorAgreement.jsonl")) {
			if (!a.texts("clauses").containsAll(required)) {
				oracle.add("PRC-09", "violated", "ProcessorAgreement", a);
			}
		}
	}
}
