import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the synthetic records of the GDPR catalogue into {@code data/}: {@code java GenerateData.java} from this
 * folder (or {@code java examples/gdpr-catalogue/GenerateData.java} from the repository root), Java 17, nothing else.
 *
 * <p>The seed is fixed, so the files come out byte for byte the same. The records are random around the boundaries
 * the rules care about (a minute before and after a deadline, the calling hours, the days clocks change in Paris,
 * 29 February); this program knows nothing of the outcomes. They are computed by an independent oracle in the tests
 * ({@code CatalogueOracle}), from these files, and compared with what {@code privacy check} reports.
 */
public class GenerateData {
	static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	static final Random R = new Random(20240229L);
	static Path dir;

	public static void main(String[] args) throws IOException {
		Path here = Files.isDirectory(Path.of("examples/gdpr-catalogue")) ? Path.of("examples/gdpr-catalogue") : Path.of(".");
		dir = here.resolve("data");
		Files.createDirectories(dir);
		marketingAndTelephone();
		rights();
		security();
		retention();
		processors();
		cookies();
		minors();
		employees();
		governance();
		nextRules();
	}

	// ---- marketing and telephone

	static void marketingAndTelephone() throws IOException {
		List<Map<String, Object>> prospects = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			Map<String, Object> p = rec("p-%03d", i);
			p.put("email", "person" + i + "@example.org");
			p.put("kind", chance(85) ? "individual" : "business");
			if (chance(30)) {
				p.put("customerSince", day(2019, 2023).toString());
				p.put("objectionOffered", chance(80));
			} else {
				p.put("objectionOffered", chance(30));
			}
			if (chance(20)) {
				p.put("bloctelEffectiveAt", instant(2023, 2024).toString());
			}
			prospects.add(p);
		}
		write("Prospect.jsonl", prospects);

		String[] channels = { "EMAIL", "EMAIL", "EMAIL", "SMS", "SMS", "PHONE_LIVE", "AUTOMATED_CALL", "FAX" };
		List<Map<String, Object>> consents = new ArrayList<>();
		for (int i = 1; i <= 90; i++) {
			Map<String, Object> c = rec("con-%03d", i);
			c.put("prospect", pick(prospects).get("id"));
			c.put("channel", pick(channels));
			Instant given = instant(2022, 2024);
			c.put("givenAt", given.toString());
			if (chance(20)) {
				c.put("withdrawnAt", given.plus(1 + R.nextInt(300), ChronoUnit.DAYS).toString());
			}
			c.put("bundledWithTerms", chance(10));
			consents.add(c);
		}
		write("Consent.jsonl", consents);

		List<Map<String, Object>> objections = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			Map<String, Object> o = rec("obj-%03d", i);
			o.put("prospect", pick(prospects).get("id"));
			o.put("receivedAt", instant(2023, 2024).toString());
			objections.add(o);
		}
		write("Objection.jsonl", objections);

		String[] sendChannels = { "EMAIL", "EMAIL", "EMAIL", "EMAIL", "SMS", "SMS", "POSTAL", "FAX", "AUTOMATED_CALL",
				"PUSH" };
		List<Map<String, Object>> sends = new ArrayList<>();
		for (int i = 1; i <= 130; i++) {
			Map<String, Object> m = rec("msg-%03d", i);
			Instant sent;
			if (chance(35)) { // right around a consent or an objection: a minute before, at, or after it
				Map<String, Object> c = pick(consents);
				m.put("recipient", c.get("prospect"));
				m.put("channel", chance(70) ? c.get("channel") : pick(sendChannels));
				Instant at = Instant.parse((String) (c.containsKey("withdrawnAt") && chance(50) ? c.get("withdrawnAt")
						: c.get("givenAt")));
				sent = at.plus(R.nextInt(3) - 1, ChronoUnit.MINUTES);
			} else if (chance(10)) {
				Map<String, Object> o = pick(objections);
				m.put("recipient", o.get("prospect"));
				m.put("channel", pick(sendChannels));
				sent = Instant.parse((String) o.get("receivedAt")).plus(R.nextInt(3) - 1, ChronoUnit.MINUTES);
			} else {
				m.put("recipient", pick(prospects).get("id"));
				m.put("channel", pick(sendChannels));
				sent = instant(2023, 2024);
			}
			m.put("purpose", chance(80) ? "marketing" : "service");
			m.put("sentAt", sent.toString());
			m.put("analogousProduct", chance(50));
			m.put("forPartner", chance(15));
			m.put("optOutLink", chance(85));
			m.put("aboutRecipientsJob", chance(50));
			sends.add(m);
		}
		write("MessageSend.jsonl", sends);

		// Calls: bursts of attempts to one person, at times around the edges of the calling hours.
		String[] clock = { "08:30", "09:59", "10:00", "11:15", "12:59", "13:00", "13:30", "13:59", "14:00", "16:45",
				"19:59", "20:00", "20:30" };
		List<Map<String, Object>> calls = new ArrayList<>();
		int n = 0;
		while (n < 120) {
			Map<String, Object> callee = pick(prospects);
			LocalDate d = day(2023, 2024);
			if (chance(15)) {
				d = pick(new LocalDate[] { LocalDate.of(2024, 3, 31), LocalDate.of(2024, 10, 27),
						LocalDate.of(2024, 2, 29), LocalDate.of(2023, 3, 26), LocalDate.of(2023, 2, 28),
						LocalDate.of(2023, 3, 1) });
			}
			int burst = chance(30) ? 3 + R.nextInt(5) : 1;
			for (int k = 0; k < burst && n < 120; k++) {
				n++;
				Map<String, Object> c = rec("call-%03d", n);
				c.put("callee", callee.get("id"));
				LocalTime t = LocalTime.parse(pick(clock)).plusMinutes(chance(20) ? R.nextInt(40) : 0);
				c.put("calledAt", ZonedDateTime.of(d, t, PARIS).toInstant().toString());
				c.put("connected", chance(70));
				c.put("refused", chance(12));
				c.put("expressConsent", chance(10));
				calls.add(c);
				d = d.plusDays(chance(50) ? R.nextInt(4) : 5 + R.nextInt(40));
			}
		}
		writeCsv("Call.csv", List.of("id", "callee", "calledAt", "connected", "refused", "expressConsent"), calls);
	}

	// ---- rights

	static void rights() throws IOException {
		String[] rights = { "access", "rectification", "erasure", "erasure", "restriction", "portability", "objection" };
		List<Map<String, Object>> requests = new ArrayList<>();
		for (int i = 1; i <= 45; i++) {
			Map<String, Object> r = rec("dsr-%03d", i);
			r.put("requester", "requester" + i + "@example.com");
			r.put("right", pick(rights));
			Instant received = chance(25)
					? pick(new LocalDate[] { LocalDate.of(2024, 1, 31), LocalDate.of(2024, 9, 27), LocalDate.of(2024, 3, 1),
							LocalDate.of(2024, 2, 29), LocalDate.of(2024, 12, 20) }).atTime(8 + R.nextInt(10), 0)
							.atZone(PARIS).toInstant()
					: instant(2024, 2024);
			r.put("receivedAt", received.toString());
			Instant dueOneMonth = received.atZone(PARIS).plusMonths(1).toInstant();
			if (chance(25)) {
				Instant told = chance(30) ? dueOneMonth.plus(R.nextInt(3) - 1, ChronoUnit.MINUTES)
						: received.plus(3 + R.nextInt(40), ChronoUnit.DAYS);
				r.put("extensionNotifiedAt", told.toString());
				if (chance(70)) {
					r.put("extensionReason", "complexity of the request");
				}
			}
			if (chance(85)) {
				Instant answered = chance(40) ? dueOneMonth.plus(R.nextInt(3) - 1, ChronoUnit.MINUTES)
						: received.plus(1 + R.nextInt(100), ChronoUnit.DAYS);
				if (answered.isBefore(Instant.parse("2025-01-15T00:00:00Z"))) {
					r.put("answeredAt", answered.toString());
					r.put("decision", chance(75) ? "granted" : "refused");
				}
			}
			r.put("reasonsGiven", chance(60));
			r.put("complaintRightMentioned", chance(60));
			if ("erasure".equals(r.get("right")) && chance(60)) {
				Instant erased = chance(40) ? dueOneMonth.plus(R.nextInt(3) - 1, ChronoUnit.MINUTES)
						: received.plus(1 + R.nextInt(60), ChronoUnit.DAYS);
				r.put("erasedAt", erased.toString());
			}
			r.put("feeCharged", chance(10));
			r.put("manifestlyUnfounded", chance(5));
			r.put("identityDocumentRequested", chance(25));
			r.put("reasonableDoubt", chance(50));
			requests.add(r);
		}
		write("DSRequest.jsonl", requests);
	}

	// ---- security and breaches

	static void security() throws IOException {
		List<Map<String, Object>> deliveries = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			Map<String, Object> d = rec("cd-%03d", i);
			d.put("account", "emp.user" + i);
			d.put("channel", chance(70) ? "EMAIL" : "SMS");
			d.put("sentAt", instant(2024, 2024).toString());
			d.put("plainText", chance(50));
			d.put("temporary", chance(60));
			d.put("changeAtFirstLogin", chance(60));
			deliveries.add(d);
		}
		write("CredentialDelivery.jsonl", deliveries);

		String[] kinds = { "password_only", "password_with_restriction", "device_code", "device_code" };
		List<Map<String, Object>> policies = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			Map<String, Object> p = rec("auth-%03d", i);
			p.put("system", "system-" + i);
			p.put("kind", pick(kinds));
			if (chance(80)) {
				p.put("maxFailures", 2 + R.nextInt(5));
			}
			p.put("administrators", chance(40));
			p.put("multiFactor", chance(60));
			policies.add(p);
		}
		write("AuthenticationPolicy.jsonl", policies);

		String[] risks = { "unlikely", "low", "high", "high" };
		String[] contents = { "nature", "dpo_contact", "consequences", "measures" };
		List<Map<String, Object>> incidents = new ArrayList<>();
		List<Map<String, Object>> entries = new ArrayList<>();
		for (int i = 1; i <= 16; i++) {
			Map<String, Object> inc = rec("inc-%03d", i);
			inc.put("personalData", chance(80));
			Instant aware = i <= 3 ? Instant.parse("2024-03-28T12:00:00Z").plus(i - 2, ChronoUnit.MINUTES)
					: instant(2024, 2024);
			if (i == 16) {
				aware = Instant.parse("2025-01-13T09:00:00Z"); // still within the delay on the day of the check
			}
			inc.put("awareAt", aware.toString());
			inc.put("risk", pick(risks));
			List<String> told = new ArrayList<>();
			if (chance(60)) {
				inc.put("notifiedAuthorityAt", aware.plus(10 + R.nextInt(190), ChronoUnit.HOURS).toString());
				for (String c : contents) {
					if (chance(85)) {
						told.add(c);
					}
				}
			}
			inc.put("contents", told);
			if (i <= 3 || chance(40)) {
				inc.put("peopleInformedAt", aware.plus(i <= 3 ? 72 : 24 + R.nextInt(120), ChronoUnit.HOURS).toString());
			}
			inc.put("dataEncrypted", chance(20));
			inc.put("riskMitigated", chance(10));
			incidents.add(inc);
			if (chance(60)) {
				Map<String, Object> e = rec("reg-%03d", entries.size() + 1);
				e.put("incident", inc.get("id"));
				e.put("recordedAt", aware.plus(1, ChronoUnit.DAYS).toString());
				entries.add(e);
			}
		}
		write("SecurityIncident.jsonl", incidents);
		write("BreachRegisterEntry.jsonl", entries);
	}

	// ---- retention

	static void retention() throws IOException {
		List<Map<String, Object>> customers = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			Map<String, Object> c = rec("cust-%03d", i);
			Instant last = instant(2020, 2023);
			if (i == 1) {
				last = Instant.parse("2022-01-15T00:00:00Z"); // due exactly when the check runs
			}
			c.put("lastOrderAt", last.toString());
			if (chance(45)) {
				Instant due = last.atZone(PARIS).plusYears(3).toInstant();
				c.put("deletedAt", (chance(50) ? due.plus(R.nextInt(3) - 1, ChronoUnit.MINUTES)
						: due.minus(R.nextInt(400), ChronoUnit.DAYS)).toString());
			}
			customers.add(c);
		}
		writeCsv("Customer.csv", List.of("id", "lastOrderAt", "deletedAt"), customers);

		List<Map<String, Object>> accounts = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			Map<String, Object> a = rec("acct-%03d", i);
			Instant last = instant(2021, 2024);
			a.put("lastActivityAt", last.toString());
			if (chance(40)) {
				a.put("deletedAt", last.atZone(PARIS).plusYears(2).toInstant().plus(R.nextInt(3) - 1, ChronoUnit.MINUTES)
						.toString());
			}
			accounts.add(a);
		}
		write("UserAccount.jsonl", accounts);

		List<Map<String, Object>> cards = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			Map<String, Object> c = rec("card-%03d", i);
			Instant debited = instant(2023, 2024);
			c.put("debitedAt", debited.toString());
			c.put("deferredDebit", chance(20));
			c.put("keptForNextPurchases", chance(20));
			if (chance(50)) {
				c.put("deletedAt", debited.atZone(PARIS).plusMonths(13).toInstant()
						.plus(R.nextInt(5) - 2, ChronoUnit.DAYS).toString());
			}
			cards.add(c);
		}
		write("CardData.jsonl", cards);

		List<Map<String, Object>> recordings = new ArrayList<>();
		for (int i = 1; i <= 25; i++) {
			Map<String, Object> r = rec("rec-%03d", i);
			r.put("camera", pick(new String[] { "entrance", "till", "car-park" }));
			Instant at = instant(2024, 2024);
			r.put("recordedAt", at.toString());
			r.put("investigation", chance(10));
			if (chance(70)) {
				Instant deleted = at.atZone(PARIS).plusMonths(1).toInstant()
						.plus(chance(50) ? R.nextInt(3) - 1 : -R.nextInt(20 * 24 * 60), ChronoUnit.MINUTES);
				if (deleted.isBefore(Instant.parse("2025-01-15T00:00:00Z"))) {
					r.put("deletedAt", deleted.toString());
				}
			}
			recordings.add(r);
		}
		write("Recording.jsonl", recordings);

		List<Map<String, Object>> applicants = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			Map<String, Object> a = rec("app-%03d", i);
			a.put("hired", chance(25));
			Instant last = instant(2021, 2024);
			a.put("lastContactAt", last.toString());
			if (chance(40)) {
				a.put("deletedAt", last.plus(300 + R.nextInt(500), ChronoUnit.DAYS).toString());
			}
			applicants.add(a);
		}
		write("Applicant.jsonl", applicants);
	}

	// ---- processors

	static void processors() throws IOException {
		String[] mechanisms = { "adequacy_decision", "standard_contractual_clauses", "binding_corporate_rules" };
		List<Map<String, Object>> subs = new ArrayList<>();
		for (int i = 1; i <= 15; i++) {
			Map<String, Object> s = rec("sub-%03d", i);
			s.put("processor", "processor-" + (1 + R.nextInt(4)));
			s.put("service", pick(new String[] { "hosting", "mailing", "support", "analytics", "backup" }));
			Instant engaged = instant(2022, 2024);
			s.put("engagedAt", engaged.toString());
			if (chance(80)) {
				s.put("authorisedAt", engaged.plus(R.nextInt(5) - 3, ChronoUnit.DAYS).toString());
			}
			s.put("sameObligations", chance(80));
			s.put("insideEea", chance(60));
			if (chance(50)) {
				s.put("transferMechanism", pick(mechanisms));
			}
			subs.add(s);
		}
		write("SubProcessor.jsonl", subs);

		List<Map<String, Object>> contracts = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			Map<String, Object> k = rec("pk-%03d", i);
			k.put("processor", "processor-" + i);
			Instant ended = instant(2024, 2024);
			k.put("endedAt", ended.toString());
			if (chance(60)) {
				k.put("dataDisposedAt", ended.plus(30 * 24 * 60 + (chance(50) ? R.nextInt(3) - 1 : -R.nextInt(20000)),
						ChronoUnit.MINUTES).toString());
			}
			contracts.add(k);
		}
		write("ProcessingContract.jsonl", contracts);
	}

	// ---- cookies

	static void cookies() throws IOException {
		List<Map<String, Object>> banners = new ArrayList<>();
		for (int i = 1; i <= 8; i++) {
			Map<String, Object> b = rec("banner-%03d", i);
			b.put("site", "site-" + i + ".example.fr");
			b.put("clicksToAccept", 1 + R.nextInt(2));
			b.put("clicksToRefuse", 1 + R.nextInt(3));
			banners.add(b);
		}
		write("ConsentBanner.jsonl", banners);

		List<Map<String, Object>> deposits = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			Map<String, Object> t = rec("trk-%03d", i);
			t.put("visitorId", "visitor-" + (1 + R.nextInt(15)));
			boolean audience = chance(40);
			t.put("tracker", audience ? "audience" : "advertising");
			t.put("exempt", audience && chance(80));
			t.put("audienceMeasurement", audience);
			Instant set = chance(20) ? Instant.parse("2024-02-29T12:00:00Z") : instant(2024, 2024);
			t.put("setAt", set.toString());
			Instant limit = set.atZone(PARIS).plusMonths(13).toInstant();
			t.put("expiresAt", (chance(50) ? limit.plus(R.nextInt(3) - 1, ChronoUnit.MINUTES)
					: limit.minus(R.nextInt(200), ChronoUnit.DAYS)).toString());
			if (chance(70)) {
				t.put("consentAt", set.plus(R.nextInt(3) - 1, ChronoUnit.SECONDS).toString());
			}
			deposits.add(t);
		}
		write("TrackerDeposit.jsonl", deposits);

		List<Map<String, Object>> displays = new ArrayList<>();
		for (int i = 1; i <= 25; i++) {
			Map<String, Object> d = rec("bd-%03d", i);
			d.put("visitorId", "visitor-" + (1 + R.nextInt(15)));
			Instant choice = instant(2024, 2024);
			if (chance(80)) {
				d.put("previousChoiceAt", choice.toString());
				Instant again = choice.atZone(PARIS).plusMonths(6).toInstant();
				d.put("shownAt", (chance(50) ? again.plus(R.nextInt(3) - 1, ChronoUnit.MINUTES)
						: again.minus(R.nextInt(170), ChronoUnit.DAYS)).toString());
			} else {
				d.put("shownAt", choice.toString());
			}
			displays.add(d);
		}
		write("BannerDisplay.jsonl", displays);

		List<Map<String, Object>> audience = new ArrayList<>();
		for (int i = 1; i <= 15; i++) {
			Map<String, Object> a = rec("aud-%03d", i);
			Instant collected = instant(2022, 2024);
			a.put("collectedAt", collected.toString());
			if (chance(50)) {
				a.put("deletedAt", collected.atZone(PARIS).plusMonths(25).toInstant()
						.plus(R.nextInt(3) - 1, ChronoUnit.MINUTES).toString());
			}
			audience.add(a);
		}
		write("AudienceRecord.jsonl", audience);
	}

	// ---- minors

	static void minors() throws IOException {
		List<Map<String, Object>> members = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			Map<String, Object> m = rec("mem-%03d", i);
			LocalDate signed = day(2020, 2024);
			LocalDate born;
			if (i <= 4) { // born on 29 February, joining around the fifteenth birthday
				born = LocalDate.of(2008, 2, 29);
				signed = LocalDate.of(2023, 2, 27).plusDays(i - 1);
			} else if (chance(50)) { // around the fifteenth birthday
				born = signed.minusYears(15).plusDays(R.nextInt(3) - 1);
			} else {
				born = signed.minusYears(8 + R.nextInt(20)).minusDays(R.nextInt(365));
			}
			m.put("birthDate", born.toString());
			m.put("signedUpOn", signed.toString());
			m.put("lawfulBasis", chance(75) ? "consent" : "contract");
			m.put("childConsent", chance(80));
			if (chance(70)) {
				m.put("parentalConsentOn", signed.plusDays(R.nextInt(4) - 2).toString());
			}
			members.add(m);
		}
		write("Member.jsonl", members);

		List<Map<String, Object>> impressions = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			Map<String, Object> a = rec("ad-%03d", i);
			Map<String, Object> member = pick(members);
			a.put("member", member.get("id"));
			LocalDate born = LocalDate.parse((String) member.get("birthDate"));
			LocalDate shown = chance(40) ? born.plusYears(18).plusDays(R.nextInt(3) - 1) : day(2023, 2024);
			a.put("shownOn", shown.toString());
			a.put("profilingBased", chance(60));
			impressions.add(a);
		}
		write("AdImpression.jsonl", impressions);
	}

	// ---- employees and governance

	static void employees() throws IOException {
		String[] kinds = { "video", "video", "keylogger", "geolocation", "email_filter", "screen_capture" };
		List<Map<String, Object>> tools = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			Map<String, Object> t = rec("tool-%03d", i);
			t.put("name", "tool " + i);
			String kind = pick(kinds);
			t.put("kind", kind);
			Instant deployed = instant(2023, 2024);
			t.put("deployedAt", deployed.toString());
			if (chance(80)) {
				t.put("employeesInformedAt", deployed.plus(R.nextInt(4) - 2, ChronoUnit.DAYS).toString());
			}
			if (chance(70)) {
				t.put("staffCouncilConsultedAt", deployed.minus(R.nextInt(60), ChronoUnit.DAYS).toString());
			}
			t.put("filmsWorkstationsContinuously", "video".equals(kind) && chance(50));
			t.put("securityImperative", chance(20));
			tools.add(t);
		}
		write("MonitoringTool.jsonl", tools);
	}

	static void governance() throws IOException {
		String[] criteria = { "evaluation_or_scoring", "automated_decision", "systematic_monitoring", "sensitive_data",
				"large_scale", "matched_datasets", "vulnerable_subjects", "innovative_technology", "blocks_a_right" };
		String[] special = { "health", "biometric_data", "genetic_data", "trade_union_membership" };
		String[] bases = { "explicit_consent", "employment_social_protection", "health_or_social_care" };
		String[] mechanisms = { "adequacy_decision", "standard_contractual_clauses", "derogation_art_49" };
		List<Map<String, Object>> activities = new ArrayList<>();
		for (int i = 1; i <= 15; i++) {
			Map<String, Object> a = rec("pa-%03d", i);
			a.put("name", "activity " + i);
			Instant started = instant(2022, 2024);
			a.put("startedAt", started.toString());
			List<String> met = new ArrayList<>();
			for (String c : criteria) {
				if (chance(18)) {
					met.add(c);
				}
			}
			a.put("criteria", met);
			if (chance(50)) {
				a.put("dpiaCompletedAt", started.plus(R.nextInt(3) - 1, ChronoUnit.MINUTES).toString());
			}
			if (chance(35)) {
				a.put("specialCategory", pick(special));
				if (chance(60)) {
					a.put("specialBasis", pick(bases));
				}
			}
			a.put("transferOutsideEea", chance(40));
			if (chance(50)) {
				a.put("transferMechanism", pick(mechanisms));
			}
			activities.add(a);
		}
		write("ProcessingActivity.jsonl", activities);
	}

	// ---- the data of the rules written with the constructs of language v2 (telephone-days, retention-latest, ...)

	static void nextRules() throws IOException {
		String[][] places = { { "75", "Europe/Paris" }, { "69", "Europe/Paris" }, { "13", "Europe/Paris" },
				{ "67", "Europe/Paris" }, { "57", "Europe/Paris" }, { "972", "America/Martinique" },
				{ "974", "Indian/Reunion" } };
		LocalDate[] holidays = { LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 8),
				LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 20), LocalDate.of(2024, 7, 14), LocalDate.of(2024, 8, 15),
				LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 11), LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26),
				LocalDate.of(2024, 3, 29), LocalDate.of(2023, 4, 7), LocalDate.of(2023, 5, 18), LocalDate.of(2024, 3, 31),
				LocalDate.of(2024, 10, 27) };
		String[] clock = { "08:30", "09:59", "10:00", "12:59", "13:00", "13:59", "14:00", "16:45", "19:59", "20:00",
				"21:30" };
		List<Map<String, Object>> calls = new ArrayList<>();
		int n = 0;
		while (n < 110) {
			String person = String.format("c-%02d", 1 + R.nextInt(25));
			String[] place = places[Math.abs(person.hashCode()) % places.length];
			LocalDate d = chance(35) ? pick(holidays) : day(2023, 2024);
			int burst = chance(35) ? 3 + R.nextInt(5) : 1;
			String company = chance(70) ? "acme" : "globex";
			for (int k = 0; k < burst && n < 110; k++) {
				n++;
				Map<String, Object> c = rec("pc-%03d", n);
				c.put("personId", person);
				c.put("department", place[0]);
				c.put("timeZone", place[1]);
				LocalTime t = LocalTime.parse(pick(clock));
				c.put("calledAt", ZonedDateTime.of(d, t, ZoneId.of(place[1])).toInstant().toString());
				c.put("onBehalfOf", chance(85) ? company : "globex");
				c.put("refused", chance(12));
				boolean consent = chance(10);
				c.put("expressConsent", consent);
				if (consent) {
					c.put("consentProof", "proof-" + n);
				}
				calls.add(c);
				d = d.plusDays(chance(50) ? R.nextInt(5) : 20 + R.nextInt(50));
			}
		}
		writeCsv("PhoneCall.csv", List.of("id", "personId", "department", "timeZone", "calledAt", "onBehalfOf", "refused",
				"expressConsent", "consentProof"), calls);

		List<Map<String, Object>> files = new ArrayList<>();
		List<Map<String, Object>> contacts = new ArrayList<>();
		for (int i = 1; i <= 25; i++) {
			Map<String, Object> f = rec("pf-%03d", i);
			String person = String.format("x-%02d", i);
			f.put("personId", person);
			Instant collected = instant(2020, 2023);
			f.put("collectedAt", collected.toString());
			Instant latest = collected;
			Map<String, Object> first = rec("ct-%03d", contacts.size() + 1);
			first.put("personId", person);
			first.put("contactedAt", collected.toString());
			first.put("fromProspect", true);
			contacts.add(first);
			for (int k = R.nextInt(4); k > 0; k--) {
				Map<String, Object> c = rec("ct-%03d", contacts.size() + 1);
				c.put("personId", person);
				Instant at = collected.plus(1 + R.nextInt(700), ChronoUnit.DAYS);
				c.put("contactedAt", at.toString());
				boolean fromProspect = chance(50);
				c.put("fromProspect", fromProspect);
				if (fromProspect && at.isAfter(latest)) {
					latest = at;
				}
				contacts.add(c);
			}
			if (chance(60)) {
				LocalDate lastDay = latest.atZone(PARIS).toLocalDate().plusYears(3);
				Instant deleted = lastDay.atTime(pick(new LocalTime[] { LocalTime.of(9, 0), LocalTime.of(23, 59) }))
						.atZone(PARIS).toInstant().plus(chance(50) ? 0 : R.nextInt(3) - 1, ChronoUnit.DAYS);
				f.put("deletedAt", deleted.toString());
			}
			files.add(f);
		}
		write("ProspectFile.jsonl", files);
		write("ProspectContact.jsonl", contacts);

		List<Map<String, Object>> erasures = new ArrayList<>();
		for (int i = 1; i <= 15; i++) {
			Map<String, Object> e = rec("er-%03d", i);
			e.put("request", String.format("dsr-%03d", i));
			Instant erased = i == 15 ? Instant.parse("2025-01-02T10:00:00Z") : instant(2024, 2024);
			e.put("erasedAt", erased.toString());
			LocalDate lastDay = erased.atZone(PARIS).toLocalDate().plus(Period.ofMonths(1));
			StringBuilder recipients = new StringBuilder("[");
			int count = 1 + R.nextInt(3);
			for (int k = 0; k < count; k++) {
				recipients.append(k == 0 ? "" : ", ").append("{\"name\": \"").append(pick("mailer", "ads", "archive", "crm"))
						.append(k).append('"');
				if (chance(80)) {
					Instant told = chance(50)
							? lastDay.atTime(pick(new LocalTime[] { LocalTime.of(23, 59), LocalTime.of(9, 0) })).atZone(PARIS)
									.toInstant().plus(R.nextInt(3) - 1, ChronoUnit.DAYS)
							: erased.plus(1 + R.nextInt(25), ChronoUnit.DAYS);
					recipients.append(", \"toldAt\": \"").append(told).append('"');
				}
				recipients.append('}');
			}
			e.put("recipients", new Raw(recipients.append(']').toString()));
			erasures.add(e);
		}
		write("Erasure.jsonl", erasures);

		String[] kinds = { "password_only", "password_with_restriction", "device_code" };
		int[] alphabets = { 10, 26, 36, 62, 90, 99 };
		List<Map<String, Object>> passwords = new ArrayList<>();
		for (int i = 1; i <= 14; i++) {
			Map<String, Object> p = rec("pw-%03d", i);
			p.put("system", "system-" + i);
			String kind = pick(kinds);
			p.put("kind", kind);
			p.put("minLength", kind.equals("device_code") ? 3 + R.nextInt(4) : 7 + R.nextInt(9));
			p.put("alphabetSize", kind.equals("device_code") ? 10 : alphabets[R.nextInt(alphabets.length)]);
			p.put("maxFailures", 2 + R.nextInt(4));
			passwords.add(p);
		}
		write("PasswordPolicy.jsonl", passwords);

		String[] clauses = { "documented_instructions", "confidentiality", "security", "sub_processors",
				"assistance_with_rights", "assistance_with_obligations", "deletion_or_return", "audits" };
		List<Map<String, Object>> agreements = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			Map<String, Object> a = rec("pa28-%03d", i);
			a.put("processor", "processor-" + i);
			List<String> has = new ArrayList<>();
			for (String c : clauses) {
				if (chance(90)) {
					has.add(c);
				}
			}
			a.put("clauses", has);
			agreements.add(a);
		}
		write("ProcessorAgreement.jsonl", agreements);

		String[] periods = { "12 months", "36 months", "3 years", "37 months", "4 years", "2 years" };
		List<Map<String, Object>> schedules = new ArrayList<>();
		for (int i = 1; i <= 8; i++) {
			Map<String, Object> r = rec("rs-%03d", i);
			r.put("dataset", "dataset-" + i);
			r.put("prospectData", chance(70));
			r.put("retentionPeriod", pick(periods));
			schedules.add(r);
		}
		write("RetentionSchedule.jsonl", schedules);
	}

	/** JSON text written as it is (nested records). */
	record Raw(String json) {
	}

	// ---- helpers

	static Map<String, Object> rec(String format, int i) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("id", String.format(format, i));
		return r;
	}

	static boolean chance(int percent) {
		return R.nextInt(100) < percent;
	}

	@SafeVarargs
	static <T> T pick(T... values) {
		return values[R.nextInt(values.length)];
	}

	static <T> T pick(List<T> values) {
		return values.get(R.nextInt(values.size()));
	}

	static LocalDate day(int fromYear, int toYear) {
		LocalDate from = LocalDate.of(fromYear, 1, 1);
		return from.plusDays(R.nextInt((int) ChronoUnit.DAYS.between(from, LocalDate.of(toYear + 1, 1, 1))));
	}

	/** An instant of those years, at a whole minute from 07:00 to 21:59 UTC (never in the hour clocks skip). */
	static Instant instant(int fromYear, int toYear) {
		LocalDateTime t = day(fromYear, toYear).atTime(7 + R.nextInt(15), R.nextInt(60));
		if (t.getDayOfWeek() == DayOfWeek.SUNDAY && chance(20)) {
			t = t.withHour(22).withMinute(30 + R.nextInt(30)); // late on Sunday in UTC is Monday in Paris
		}
		return t.toInstant(java.time.ZoneOffset.UTC);
	}

	static void write(String name, List<Map<String, Object>> records) throws IOException {
		StringBuilder out = new StringBuilder();
		for (Map<String, Object> r : records) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<String, Object> e : r.entrySet()) {
				out.append(first ? "" : ", ").append('"').append(e.getKey()).append("\": ").append(json(e.getValue()));
				first = false;
			}
			out.append("}\n");
		}
		Files.writeString(dir.resolve(name), out);
	}

	static String json(Object value) {
		if (value instanceof Raw raw) {
			return raw.json();
		}
		if (value instanceof String s) {
			return '"' + s + '"';
		}
		if (value instanceof List<?> list) {
			StringBuilder out = new StringBuilder("[");
			for (int i = 0; i < list.size(); i++) {
				out.append(i == 0 ? "" : ", ").append(json(list.get(i)));
			}
			return out.append(']').toString();
		}
		return String.valueOf(value);
	}

	static void writeCsv(String name, List<String> columns, List<Map<String, Object>> records) throws IOException {
		StringBuilder out = new StringBuilder(String.join(",", columns)).append('\n');
		for (Map<String, Object> r : records) {
			List<String> cells = new ArrayList<>();
			for (String c : columns) {
				cells.add(r.containsKey(c) ? String.valueOf(r.get(c)) : "");
			}
			out.append(String.join(",", cells)).append('\n');
		}
		Files.writeString(dir.resolve(name), out);
	}
}
