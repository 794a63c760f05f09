/*
 * GenerateData: the synthetic data and the expected findings of the Canal+ example (CNIL SAN-2023-015).
 *
 * What it writes, next to this file (examples/canal-plus/):
 *   data/Prospect.jsonl, data/Consent.jsonl, data/MessageSend.jsonl, data/ProspectingCall.csv,
 *   data/ProcessingActivity.jsonl, data/AccessRequest.jsonl, data/ProcessorContract.jsonl,
 *   data/Credential.csv, data/SecurityIncident.jsonl   - one file per entity of rules/model.privacy
 *   expected-findings.json                              - what `privacy check` must report with --now 2023-10-12T00:00:00Z
 *
 * How to rerun it (Java 17, no dependencies), from the repository root:
 *   java examples/canal-plus/GenerateData.java
 * or from examples/canal-plus itself: java GenerateData.java
 * (an optional argument names another output directory). The random seed is fixed and records are written in a fixed
 * order, so every run writes byte-for-byte the same files.
 *
 * How the expected findings are obtained: every record is built from a plan ("a prospect who never consented", "the
 * 16 calls of the outsourced call centre without the notice", ...) and the plan states, as the record is built, which
 * rule it breaks and with which status. Those stated expectations are what expected-findings.json contains. As a
 * safety net, the generator then re-evaluates the semantics of rules/rules.privacy by hand on the generated records
 * (plain Java below, never the compiler or the generated validators) and refuses to write anything if the two
 * disagree. Synthetic people only: invented names, e-mail addresses on example.com/.org/.fr, phone numbers
 * +33 6 00 00 xx xx.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class GenerateData {

	static final long SEED = 20231012L;
	static final Instant NOW = Instant.parse("2023-10-12T00:00:00Z");
	static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	static final Random RND = new Random(SEED);

	// ------------------------------------------------------------------ the records

	/** Expectations carried by a record: rule id -> status word. */
	static class Rec {
		String id;
		final Map<String, String> expect = new TreeMap<>();

		void expect(String rule, String status) {
			if (expect.put(rule, status) != null) {
				throw new IllegalStateException("two expectations for " + rule);
			}
		}
	}

	static final class Prospect extends Rec {
		String profile;
		String email;
		String phone;
		String kind;
		LocalDate customerSince;
		boolean objectionOffered;
		final List<Consent> consents = new ArrayList<>();
	}

	static final class Consent extends Rec {
		Prospect prospect;
		String channel;
		Instant givenAt;
		Instant withdrawnAt;
		String collectedBy;
		boolean advertiserNamed;
		boolean preTicked;
		String proofReference;
		String formVersion;
	}

	static final class MessageSend extends Rec {
		Prospect recipient;
		String channel;
		String purpose;
		Instant sentAt;
		boolean analogousProduct;
		boolean senderNamed = true;
		boolean optOutLink = true;
	}

	static final class Call extends Rec {
		Prospect callee;
		Instant calledAt;
		boolean connected;
		boolean noticeGiven;
		String operator;
	}

	static final class Activity extends Rec {
		String name;
		String retentionPeriod;
	}

	static final class AccessRequest extends Rec {
		String requester;
		Instant receivedAt;
		Instant extensionNotifiedAt;
		Instant answeredAt;
	}

	static final class Contract extends Rec {
		String processor;
		Instant signedAt;
		Instant firstDataFlowAt;
		List<String> clauses;
	}

	static final class Credential extends Rec {
		String account;
		String hashAlgorithm;
		boolean salted;
	}

	static final class Incident extends Rec {
		String summary;
		boolean personalData;
		int peopleAffected;
		Instant awareAt;
		Instant notifiedAuthorityAt;
		String lateReason;
		String risk;
	}

	static final List<Prospect> prospects = new ArrayList<>();
	static final List<Consent> consents = new ArrayList<>();
	static final List<MessageSend> sends = new ArrayList<>();
	static final List<Call> calls = new ArrayList<>();
	static final List<Activity> activities = new ArrayList<>();
	static final List<AccessRequest> accessRequests = new ArrayList<>();
	static final List<Contract> contracts = new ArrayList<>();
	static final List<Credential> credentials = new ArrayList<>();
	static final List<Incident> incidents = new ArrayList<>();

	// ------------------------------------------------------------------ invented people and places

	static final String[] FIRST = { "Camille", "Lucas", "Léa", "Hugo", "Manon", "Louis", "Chloé", "Gabriel", "Inès",
			"Arthur", "Jade", "Jules", "Louise", "Raphaël", "Emma", "Adam", "Alice", "Nathan", "Zoé", "Théo", "Lina",
			"Tom", "Rose", "Paul", "Anna", "Sacha", "Mila", "Noah", "Julia", "Victor" };
	static final String[] LAST = { "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
			"Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
			"Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Blanc", "Guerin", "Boyer", "Garnier",
			"Chevalier", "Francois" };
	static final String[] DOMAINS = { "example.com", "example.org", "example.fr" };
	static final String[] PARTNERS_NAMED = { "offres-partenaires.example.com", "bons-plans.example.org" };
	static final String[] PARTNERS_UNNAMED = { "jeux-concours.example.fr", "quiz-cinema.example.org",
			"cadeaux-gratuits.example.com" };
	static final String OUTSOURCED = "Exemple Contact SARL, Rabat (outsourced call centre)";
	static final String IN_HOUSE = "Canal+ in-house team";

	static int phoneCounter = 0;
	static final Set<String> usedEmails = new TreeSet<>();

	static String pick(String[] values) {
		return values[RND.nextInt(values.length)];
	}

	static String ascii(String s) {
		return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.toLowerCase(java.util.Locale.ROOT);
	}

	static String inventEmail(String prefix) {
		while (true) {
			String local = prefix + ascii(pick(FIRST)) + "." + ascii(pick(LAST));
			String email = local + (usedEmails.size() % 3 == 0 ? "" : String.valueOf(RND.nextInt(90) + 10)) + "@"
					+ pick(DOMAINS);
			if (usedEmails.add(email)) {
				return email;
			}
		}
	}

	static String inventPhone() {
		int n = ++phoneCounter;
		return String.format(java.util.Locale.ROOT, "+33 6 00 00 %02d %02d", n / 100, n % 100);
	}

	// ------------------------------------------------------------------ times

	static Instant at(String iso) {
		return Instant.parse(iso);
	}

	/** A random instant on a day in [from, to), between 07:00 and 17:59 UTC, on the minute. */
	static Instant between(Instant from, Instant to) {
		long days = Duration.between(from, to).toDays();
		if (days < 1) {
			throw new IllegalStateException("empty range " + from + " .. " + to);
		}
		LocalDate day = from.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(RND.nextInt((int) days));
		return day.atTime(7 + RND.nextInt(11), RND.nextInt(60)).toInstant(ZoneOffset.UTC);
	}

	static Instant plusDays(Instant t, int days) {
		return t.plus(Duration.ofDays(days));
	}

	static Instant plusMonthsParis(Instant t, int months) {
		return t.atZone(PARIS).plusMonths(months).toInstant();
	}

	static final Instant CAMPAIGN_START = at("2021-01-04T00:00:00Z");
	static final Instant CAMPAIGN_END = at("2021-12-18T00:00:00Z");

	// ------------------------------------------------------------------ building the story

	static Prospect prospect(String profile, String kind) {
		Prospect p = new Prospect();
		p.profile = profile;
		p.kind = kind;
		p.email = inventEmail(kind.equals("business") ? "pro." : "");
		if (kind.equals("individual") && RND.nextInt(100) < 65) {
			p.phone = inventPhone();
		}
		prospects.add(p);
		return p;
	}

	static Consent consent(Prospect p, String channel, Instant givenAt) {
		Consent c = new Consent();
		c.prospect = p;
		c.channel = channel;
		c.givenAt = givenAt;
		c.advertiserNamed = true;
		c.preTicked = false;
		c.proofReference = String.format(java.util.Locale.ROOT, "proof-%d-%06d", givenAt.atOffset(ZoneOffset.UTC).getYear(),
				RND.nextInt(1_000_000));
		c.formVersion = "canalplus-signup-v" + (1 + RND.nextInt(4));
		p.consents.add(c);
		consents.add(c);
		return c;
	}

	static void fromPartner(Consent c, String partner, boolean named) {
		c.collectedBy = partner;
		c.advertiserNamed = named;
		c.formVersion = "partner-form-" + c.givenAt.atOffset(ZoneOffset.UTC).getYear() + "-"
				+ (char) ('a' + RND.nextInt(6));
	}

	static MessageSend send(Prospect p, String channel, String purpose, Instant sentAt) {
		MessageSend m = new MessageSend();
		m.recipient = p;
		m.channel = channel;
		m.purpose = purpose;
		m.sentAt = sentAt;
		m.analogousProduct = RND.nextBoolean();
		if (!purpose.equals("marketing")) {
			m.optOutLink = false; // service and transactional messages carry no opt-out link
			m.analogousProduct = false;
		}
		sends.add(m);
		return m;
	}

	static List<Instant> sendTimes(int n) {
		List<Instant> times = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			times.add(between(CAMPAIGN_START, CAMPAIGN_END));
		}
		Collections.sort(times);
		return times;
	}

	static void buildProspection() {
		List<String> profiles = new ArrayList<>();
		addProfiles(profiles, "VALID", 60);
		addProfiles(profiles, "NO_CONSENT", 14);
		addProfiles(profiles, "PARTNER_UNNAMED", 10);
		addProfiles(profiles, "WITHDRAWN", 4);
		addProfiles(profiles, "CONSENT_AFTER_SEND", 3);
		addProfiles(profiles, "SMS_ONLY", 3);
		addProfiles(profiles, "SOFT_OPT_IN", 3);
		addProfiles(profiles, "CUSTOMER_NO_OBJECTION", 2);
		addProfiles(profiles, "SERVICE_ONLY", 6);
		addProfiles(profiles, "BUSINESS", 15);
		Collections.shuffle(profiles, RND);

		int valid = 0, noConsent = 0, partnerUnnamed = 0, soft = 0, business = 0;
		for (String profile : profiles) {
			switch (profile) {
			case "VALID" -> buildValid(valid++);
			case "NO_CONSENT" -> buildNoConsent(noConsent++);
			case "PARTNER_UNNAMED" -> buildPartnerUnnamed(partnerUnnamed++);
			case "WITHDRAWN" -> buildWithdrawn();
			case "CONSENT_AFTER_SEND" -> buildConsentAfterSend();
			case "SMS_ONLY" -> buildSmsOnly();
			case "SOFT_OPT_IN" -> buildSoftOptIn(soft++);
			case "CUSTOMER_NO_OBJECTION" -> buildCustomerNoObjection();
			case "SERVICE_ONLY" -> buildServiceOnly();
			case "BUSINESS" -> buildBusiness(business++);
			default -> throw new IllegalStateException(profile);
			}
		}
	}

	static void addProfiles(List<String> profiles, String profile, int n) {
		for (int i = 0; i < n; i++) {
			profiles.add(profile);
		}
	}

	/** Consented before every marketing e-mail: clean for MKT-01. Some consent records lack proof (MKT-04). */
	static void buildValid(int k) {
		Prospect p = prospect("VALID", "individual");
		p.objectionOffered = RND.nextBoolean();
		if (RND.nextInt(100) < 15) {
			p.customerSince = LocalDate.of(2015 + RND.nextInt(5), 1 + RND.nextInt(12), 1 + RND.nextInt(28));
		}
		List<Instant> times = sendTimes(RND.nextInt(3) == 0 ? 2 : 1);
		Instant first = times.get(0);
		if (RND.nextInt(100) < 20) { // an older consent, withdrawn, then given again: "some consent" still holds
			Consent old = consent(p, "EMAIL", between(at("2018-01-01T00:00:00Z"), at("2018-12-01T00:00:00Z")));
			old.withdrawnAt = between(at("2019-01-01T00:00:00Z"), at("2019-06-01T00:00:00Z"));
			expectMkt04(old);
		}
		Consent email = consent(p, "EMAIL", between(at("2019-07-01T00:00:00Z"), plusDays(first, -1)));
		if (RND.nextInt(100) < 30) {
			fromPartner(email, pick(PARTNERS_NAMED), true);
		}
		// MKT-04: consents without a stored proof, pre-ticked, or without the form version
		if (k < 4) {
			email.proofReference = null;
		} else if (k < 7) {
			email.preTicked = true;
		} else if (k < 9) {
			email.formVersion = null;
		}
		expectMkt04(email);
		for (int i = 0; i < times.size(); i++) {
			MessageSend m = send(p, "EMAIL", "marketing", times.get(i));
			// MKT-06: marketing e-mails that do not name the sender or have no opt-out link
			if (i == 0 && k >= 20 && k < 23) {
				m.senderNamed = false;
			} else if (i == 0 && k >= 23 && k < 28) {
				m.optOutLink = false;
			} else if (i == 0 && k == 28) {
				m.senderNamed = false;
				m.optOutLink = false;
			}
			expectMkt06(m);
		}
		if (RND.nextBoolean()) {
			Instant smsTime = between(CAMPAIGN_START, CAMPAIGN_END);
			Consent sms = consent(p, "SMS", between(at("2019-07-01T00:00:00Z"), plusDays(smsTime, -1)));
			expectMkt04(sms);
			if (RND.nextInt(100) < 60) {
				MessageSend m = send(p, "SMS", "marketing", smsTime);
				if (k >= 30 && !smsWithoutStop) {
					m.optOutLink = false; // an SMS without a "STOP" number: MKT-06
					smsWithoutStop = true;
				}
				expectMkt06(m);
			}
		}
		if (RND.nextInt(100) < 35) {
			Consent phone = consent(p, "PHONE_LIVE", between(at("2019-07-01T00:00:00Z"), at("2021-06-01T00:00:00Z")));
			expectMkt04(phone);
		}
		if (RND.nextInt(100) < 20) {
			send(p, "EMAIL", RND.nextBoolean() ? "service" : "transactional",
					between(CAMPAIGN_START, at("2022-06-30T00:00:00Z")));
		}
	}

	/** Never consented: every marketing e-mail is an MKT-01 violation. */
	static void buildNoConsent(int k) {
		Prospect p = prospect("NO_CONSENT", "individual");
		p.objectionOffered = false;
		List<Instant> times = sendTimes(1 + RND.nextInt(2));
		for (int i = 0; i < times.size(); i++) {
			MessageSend m = send(p, "EMAIL", "marketing", times.get(i));
			m.expect("MKT-01", "violated");
			if (k == 0 && i == 0) {
				m.optOutLink = false; // no consent and no opt-out link: MKT-01 and MKT-06 on one record
			}
			expectMkt06(m);
		}
		if (k < 3) { // a paper letter: neither e-mail (MKT-01) nor electronic (MKT-06)
			MessageSend letter = send(p, "POSTAL", "marketing", between(CAMPAIGN_START, CAMPAIGN_END));
			letter.optOutLink = false;
		}
		if (k >= 10) {
			send(p, "EMAIL", "service", between(CAMPAIGN_START, at("2022-06-30T00:00:00Z")));
		}
	}

	/** Only consent: a partner form that did not name Canal+ (MKT-03 on the consent; counts as optin for MKT-01). */
	static void buildPartnerUnnamed(int k) {
		Prospect p = prospect("PARTNER_UNNAMED", "individual");
		p.objectionOffered = false;
		List<Instant> times = sendTimes(1 + RND.nextInt(2));
		Consent c = consent(p, "EMAIL", between(at("2019-07-01T00:00:00Z"), plusDays(times.get(0), -1)));
		fromPartner(c, pick(PARTNERS_UNNAMED), false);
		c.proofReference = "partner-" + c.proofReference;
		if (k == 0) {
			c.preTicked = true; // the "partners" box came pre-ticked too: MKT-03 and MKT-04
		}
		c.expect("MKT-03", "violated");
		expectMkt04(c);
		for (Instant t : times) {
			expectMkt06(send(p, "EMAIL", "marketing", t));
		}
	}

	/** Consent withdrawn between two e-mails: the first is fine, the second is an MKT-01 violation. */
	static void buildWithdrawn() {
		Prospect p = prospect("WITHDRAWN", "individual");
		p.objectionOffered = false;
		Instant first = between(CAMPAIGN_START, at("2021-05-01T00:00:00Z"));
		Instant withdrawn = between(plusDays(first, 5), plusDays(first, 60));
		Instant second = between(plusDays(withdrawn, 3), plusDays(withdrawn, 120));
		Consent c = consent(p, "EMAIL", between(at("2019-07-01T00:00:00Z"), at("2020-12-01T00:00:00Z")));
		c.withdrawnAt = withdrawn;
		expectMkt04(c);
		expectMkt06(send(p, "EMAIL", "marketing", first));
		MessageSend m = send(p, "EMAIL", "marketing", second);
		m.expect("MKT-01", "violated");
		expectMkt06(m);
	}

	/** Consent collected only after the first e-mail: that e-mail violates MKT-01, the next one does not. */
	static void buildConsentAfterSend() {
		Prospect p = prospect("CONSENT_AFTER_SEND", "individual");
		p.objectionOffered = false;
		Instant first = between(CAMPAIGN_START, at("2021-06-01T00:00:00Z"));
		Instant given = between(plusDays(first, 3), plusDays(first, 20));
		Instant second = between(plusDays(given, 7), plusDays(given, 90));
		MessageSend m = send(p, "EMAIL", "marketing", first);
		m.expect("MKT-01", "violated");
		expectMkt06(m);
		Consent c = consent(p, "EMAIL", given);
		expectMkt04(c);
		expectMkt06(send(p, "EMAIL", "marketing", second));
	}

	/** Consented to SMS only: the SMS is fine, an e-mail is an MKT-01 violation (consent is per channel). */
	static void buildSmsOnly() {
		Prospect p = prospect("SMS_ONLY", "individual");
		p.objectionOffered = false;
		List<Instant> times = sendTimes(2);
		Consent c = consent(p, "SMS", between(at("2019-07-01T00:00:00Z"), plusDays(times.get(0), -1)));
		expectMkt04(c);
		expectMkt06(send(p, "SMS", "marketing", times.get(0)));
		MessageSend m = send(p, "EMAIL", "marketing", times.get(1));
		m.expect("MKT-01", "violated");
		expectMkt06(m);
	}

	/** A subscriber offered the objection at sign-up, promoted an analogous product: soft opt-in, MKT-01 exempt. */
	static void buildSoftOptIn(int k) {
		Prospect p = prospect("SOFT_OPT_IN", "individual");
		p.customerSince = LocalDate.of(2017 + RND.nextInt(3), 1 + RND.nextInt(12), 1 + RND.nextInt(28));
		p.objectionOffered = true;
		for (Instant t : sendTimes(1 + RND.nextInt(2))) {
			MessageSend m = send(p, "EMAIL", "marketing", t);
			m.analogousProduct = true;
			m.expect("MKT-01", "exempt");
			expectMkt06(m);
		}
		if (k == 0) { // a partner's product is not analogous: the exception does not cover it
			MessageSend m = send(p, "EMAIL", "marketing", between(CAMPAIGN_START, CAMPAIGN_END));
			m.analogousProduct = false;
			m.expect("MKT-01", "violated");
			expectMkt06(m);
		}
	}

	/** A subscriber never offered the objection: no soft opt-in, MKT-01 violated. */
	static void buildCustomerNoObjection() {
		Prospect p = prospect("CUSTOMER_NO_OBJECTION", "individual");
		p.customerSince = LocalDate.of(2016 + RND.nextInt(4), 1 + RND.nextInt(12), 1 + RND.nextInt(28));
		p.objectionOffered = false;
		MessageSend m = send(p, "EMAIL", "marketing", between(CAMPAIGN_START, CAMPAIGN_END));
		m.analogousProduct = true;
		m.expect("MKT-01", "violated");
		expectMkt06(m);
	}

	/** A subscriber who only receives service and transactional messages: not prospection, never flagged. */
	static void buildServiceOnly() {
		Prospect p = prospect("SERVICE_ONLY", "individual");
		p.customerSince = LocalDate.of(2014 + RND.nextInt(6), 1 + RND.nextInt(12), 1 + RND.nextInt(28));
		p.objectionOffered = false;
		send(p, "EMAIL", "service", between(CAMPAIGN_START, at("2022-06-30T00:00:00Z")));
		send(p, RND.nextBoolean() ? "EMAIL" : "SMS", "transactional",
				between(CAMPAIGN_START, at("2022-06-30T00:00:00Z")));
	}

	/** A professional contact: B2B e-mails are opt-out, outside MKT-01 and MKT-06 as written. */
	static void buildBusiness(int k) {
		Prospect p = prospect("BUSINESS", "business");
		p.objectionOffered = RND.nextBoolean();
		for (Instant t : sendTimes(1 + RND.nextInt(2))) {
			MessageSend m = send(p, "EMAIL", "marketing", t);
			if (k == 0) {
				m.optOutLink = false;
			}
		}
	}

	static boolean smsWithoutStop = false;

	static void expectMkt04(Consent c) {
		if (c.proofReference == null || c.formVersion == null || c.preTicked) {
			c.expect("MKT-04", "violated");
		}
	}

	static void expectMkt06(MessageSend m) {
		if (!m.senderNamed || !m.optOutLink) {
			m.expect("MKT-06", "violated");
		}
	}

	static void buildCalls() {
		List<Prospect> reachable = new ArrayList<>();
		for (Prospect p : prospects) {
			if (p.phone != null && p.kind.equals("individual")) {
				reachable.add(p);
			}
		}
		Instant from = at("2021-03-01T00:00:00Z");
		Instant to = at("2023-07-01T00:00:00Z");
		// the 16 connected calls of the outsourced call centre without the privacy notice: TEL-05
		for (int i = 0; i < 16; i++) {
			Call c = call(reachable, between(from, to), true, false, OUTSOURCED);
			c.expect("TEL-05", "violated");
		}
		for (int i = 0; i < 28; i++) { // connected, notice given: clean
			call(reachable, between(from, to), true, true, i < 10 ? OUTSOURCED : IN_HOUSE);
		}
		for (int i = 0; i < 16; i++) { // not connected: nobody to inform, not a prospecting call
			call(reachable, between(from, to), false, false, i % 2 == 0 ? OUTSOURCED : IN_HOUSE);
		}
		calls.sort(Comparator.comparing((Call c) -> c.calledAt));
	}

	static Call call(List<Prospect> reachable, Instant when, boolean connected, boolean notice, String operator) {
		Call c = new Call();
		c.callee = reachable.get(RND.nextInt(reachable.size()));
		while (when.atZone(PARIS).getDayOfWeek().getValue() > 5) { // calls are made on weekdays
			when = plusDays(when, 1);
		}
		c.calledAt = when;
		c.connected = connected;
		c.noticeGiven = notice;
		c.operator = operator;
		calls.add(c);
		return c;
	}

	static void buildActivities() {
		activity("Email prospecting of non-subscribers", "3 years");
		activity("Subscriber contract management", "5 years");
		activity("Telephone prospecting by the call centre", null).expect("INF-01", "violated");
		activity("Audience measurement cookies", "13 months");
		activity("Audience statistics", "25 months");
		activity("Leads bought from partner sites", null).expect("INF-01", "violated");
		activity("Customer service call recordings", "6 months");
	}

	static Activity activity(String name, String retention) {
		Activity a = new Activity();
		a.name = name;
		a.retentionPeriod = retention;
		activities.add(a);
		return a;
	}

	static void buildAccessRequests() {
		// never answered, received long ago
		request("2022-03-14T09:30:00Z", null, null).expect("RTS-01", "overdue");
		// answered seven weeks after receipt
		request("2022-06-01T14:00:00Z", null, "2022-07-19T10:00:00Z").expect("RTS-01", "late");
		// answered in two weeks
		request("2022-09-05T08:00:00Z", null, "2022-09-20T16:00:00Z");
		// extension notified within the month, answered within three months
		request("2022-11-02T10:00:00Z", "2022-11-21T09:00:00Z", "2023-01-16T11:00:00Z").expect("RTS-01", "exempt");
		// end-of-month rule: 31 January + 1 month = 28 February (same time of day, Paris)
		request("2023-01-31T10:00:00Z", null, "2023-02-28T09:00:00Z");
		// the other side of it: 1 March is late (30 days would wrongly say in time)
		request("2023-01-31T15:00:00Z", null, "2023-03-01T09:00:00Z").expect("RTS-01", "late");
		// received recently, deadline still ahead
		request("2023-10-01T08:00:00Z", null, null).expect("RTS-01", "pending");
		// extension notified in time, but answered after the three months
		AccessRequest r = request("2023-03-06T09:00:00Z", "2023-03-27T09:00:00Z", "2023-07-10T09:00:00Z");
		r.expect("RTS-01", "exempt");
		r.expect("RTS-02", "late");
		// extension notified after the first month: it does not count
		request("2023-04-03T09:00:00Z", "2023-05-15T09:00:00Z", "2023-06-20T09:00:00Z").expect("RTS-01", "late");
		// extension notified in time, three months not over yet, no answer
		r = request("2023-08-14T09:00:00Z", "2023-09-01T09:00:00Z", null);
		r.expect("RTS-01", "exempt");
		r.expect("RTS-02", "pending");
	}

	static AccessRequest request(String received, String extension, String answered) {
		AccessRequest r = new AccessRequest();
		r.requester = inventEmail("");
		r.receivedAt = at(received);
		r.extensionNotifiedAt = extension == null ? null : at(extension);
		r.answeredAt = answered == null ? null : at(answered);
		accessRequests.add(r);
		return r;
	}

	static final List<String> ALL_CLAUSES = List.of("documented_instructions", "confidentiality", "security",
			"sub_processors", "assistance_with_rights", "assistance_with_obligations", "deletion_or_return", "audits");

	static void buildContracts() {
		contract("Exemple Contact SARL (outsourced call centre)", "2020-01-15T10:00:00Z", "2020-02-03T08:00:00Z",
				List.of("documented_instructions", "confidentiality", "security", "assistance_with_rights",
						"deletion_or_return"))
				.expect("PRC-01", "violated");
		contract("Routeur Mail Exemple SAS (email routing)", "2019-06-03T09:00:00Z", "2019-07-01T06:00:00Z",
				ALL_CLAUSES);
		contract("Hebergement Exemple SA (hosting)", "2021-04-20T14:00:00Z", "2021-03-01T00:00:00Z", ALL_CLAUSES)
				.expect("PRC-01", "violated");
		contract("Mesure Audience Exemple (audience measurement)", "2020-09-10T12:00:00Z", "2020-10-01T00:00:00Z",
				ALL_CLAUSES);
		contract("Impression Courrier Exemple (letter printing)", null, "2021-02-15T00:00:00Z", ALL_CLAUSES)
				.expect("PRC-01", "violated");
	}

	static Contract contract(String processor, String signed, String flow, List<String> clauses) {
		Contract c = new Contract();
		c.processor = processor;
		c.signedAt = signed == null ? null : at(signed);
		c.firstDataFlowAt = at(flow);
		c.clauses = clauses;
		contracts.add(c);
		return c;
	}

	static void buildCredentials() {
		credential("MD4", false).expect("SEC-01", "violated");
		credential("BCRYPT", true);
		credential("MD4", false).expect("SEC-01", "violated");
		credential("ARGON2", true);
		credential("MD4", true).expect("SEC-01", "violated"); // a salt does not save MD4
		credential("SHA256", false).expect("SEC-01", "violated");
		credential("MD4", false).expect("SEC-01", "violated");
		credential("BCRYPT", true);
		credential("SCRYPT", true);
		credential("MD4", false).expect("SEC-01", "violated");
		credential("ARGON2", true);
		credential("PBKDF2", true);
		credential("SHA512", true); // salted SHA-2: not "weak password storage" as the term is written
	}

	static Credential credential(String algorithm, boolean salted) {
		Credential c = new Credential();
		c.account = "emp." + ascii(pick(FIRST)).charAt(0) + ascii(pick(LAST)) + (credentials.size() + 1);
		c.hashAlgorithm = algorithm;
		c.salted = salted;
		credentials.add(c);
		return c;
	}

	static void buildIncidents() {
		incident("For about five hours, subscribers signed in to their account could see other subscribers' "
				+ "personal data", true, 10154, "2021-11-18T16:00:00Z", null, null, "high")
				.expect("BRC-01", "overdue");
		incident("Invoices e-mailed to the wrong subscribers by a batch error", true, 37, "2022-03-02T10:00:00Z",
				"2022-03-04T15:00:00Z", null, "low");
		Incident late = incident("Laptop of a sales agent stolen with an unencrypted prospect export", true, 2300,
				"2022-08-08T09:00:00Z", "2022-08-13T11:00:00Z",
				"A forensic analysis was needed to establish which files the laptop held", "high");
		late.expect("BRC-01", "late");
		incident("Encrypted backup of a test database left on an internal share; no access logged", true, 540,
				"2022-12-05T13:00:00Z", null, null, "unlikely").expect("BRC-01", "exempt");
		incident("Set-top box firmware server unavailable for two hours (denial of service)", false, 0,
				"2023-01-10T20:00:00Z", null, null, "low");
		Incident noReason = incident("Partner SFTP server misconfigured, prospect file readable without password",
				true, 812, "2023-02-10T08:00:00Z", "2023-02-17T10:00:00Z", null, "low");
		noReason.expect("BRC-01", "late");
		noReason.expect("BRC-03", "violated");
	}

	static Incident incident(String summary, boolean personal, int people, String aware, String notified,
			String lateReason, String risk) {
		Incident i = new Incident();
		i.summary = summary;
		i.personalData = personal;
		i.peopleAffected = people;
		i.awareAt = at(aware);
		i.notifiedAuthorityAt = notified == null ? null : at(notified);
		i.lateReason = lateReason;
		i.risk = risk;
		incidents.add(i);
		return i;
	}

	// ------------------------------------------------------------------ keys

	static void assignIds() {
		number(prospects, "p-");
		consents.sort(Comparator.comparing((Consent c) -> c.givenAt));
		number(consents, "con-");
		sends.sort(Comparator.comparing((MessageSend m) -> m.sentAt));
		number(sends, "msg-");
		number(calls, "call-");
		number(activities, "pa-");
		number(accessRequests, "ar-");
		number(contracts, "pc-");
		number(credentials, "cred-");
		number(incidents, "inc-");
	}

	static void number(List<? extends Rec> records, String prefix) {
		for (int i = 0; i < records.size(); i++) {
			records.get(i).id = String.format(java.util.Locale.ROOT, "%s%04d", prefix, i + 1);
		}
	}

	// ------------------------------------------------------------------ the safety net: rules.privacy re-read by hand

	static final Set<String> ELECTRONIC = Set.of("EMAIL", "SMS", "AUTOMATED_CALL", "FAX");
	static final Instant TEL02_EFFECTIVE = at("2026-08-11T00:00:00Z");

	static void check(List<String[]> out, String rule, String entity, Rec r, String status) {
		if (status != null) {
			out.add(new String[] { rule, entity, r.id, status });
		}
	}

	static String deadline(Instant due, Instant done) {
		if (done != null) {
			return done.isAfter(due) ? "late" : null;
		}
		return NOW.isAfter(due) ? "overdue" : "pending";
	}

	static List<String[]> evaluate() {
		List<String[]> out = new ArrayList<>();
		for (MessageSend m : sends) {
			Prospect p = m.recipient;
			boolean individualMarketing = m.purpose.equals("marketing") && p.kind.equals("individual");
			if (individualMarketing && m.channel.equals("EMAIL")) {
				boolean optin = false;
				for (Consent c : consents) {
					if (c.prospect == p && c.channel.equals(m.channel) && c.givenAt.isBefore(m.sentAt)
							&& (c.withdrawnAt == null || c.withdrawnAt.isAfter(m.sentAt))) {
						optin = true;
					}
				}
				if (!optin) {
					boolean soft = p.customerSince != null && m.analogousProduct && p.objectionOffered;
					check(out, "MKT-01", "MessageSend", m, soft ? "exempt" : "violated");
				}
			}
			if (individualMarketing && ELECTRONIC.contains(m.channel) && !(m.senderNamed && m.optOutLink)) {
				check(out, "MKT-06", "MessageSend", m, "violated");
			}
		}
		for (Consent c : consents) {
			if (c.collectedBy != null && !c.advertiserNamed) {
				check(out, "MKT-03", "Consent", c, "violated");
			}
			if (!(c.proofReference != null && c.formVersion != null && !c.preTicked)) {
				check(out, "MKT-04", "Consent", c, "violated");
			}
		}
		for (Call c : calls) {
			if (!c.connected) {
				continue;
			}
			if (!c.calledAt.isBefore(TEL02_EFFECTIVE)) {
				boolean phoneConsent = false;
				for (Consent k : consents) {
					if (k.prospect == c.callee && k.channel.equals("PHONE_LIVE") && k.givenAt.isBefore(c.calledAt)) {
						phoneConsent = true;
					}
				}
				if (!phoneConsent) {
					check(out, "TEL-02", "ProspectingCall", c, "violated");
				}
			}
			if (!c.noticeGiven) {
				check(out, "TEL-05", "ProspectingCall", c, "violated");
			}
		}
		for (Activity a : activities) {
			if (a.retentionPeriod == null) {
				check(out, "INF-01", "ProcessingActivity", a, "violated");
			}
		}
		for (AccessRequest r : accessRequests) {
			boolean extended = r.extensionNotifiedAt != null
					&& r.extensionNotifiedAt.isBefore(plusMonthsParis(r.receivedAt, 1));
			String rts01 = deadline(plusMonthsParis(r.receivedAt, 1), r.answeredAt);
			check(out, "RTS-01", "AccessRequest", r, rts01 != null && extended ? "exempt" : rts01);
			if (extended) {
				check(out, "RTS-02", "AccessRequest", r, deadline(plusMonthsParis(r.receivedAt, 3), r.answeredAt));
			}
		}
		for (Contract c : contracts) {
			boolean complete = c.clauses.size() >= 8 && c.signedAt != null && c.signedAt.isBefore(c.firstDataFlowAt);
			if (!complete) {
				check(out, "PRC-01", "ProcessorContract", c, "violated");
			}
		}
		for (Credential c : credentials) {
			boolean weak = Set.of("PLAIN", "MD4", "MD5", "SHA1").contains(c.hashAlgorithm)
					|| (Set.of("SHA256", "SHA512").contains(c.hashAlgorithm) && !c.salted);
			if (weak) {
				check(out, "SEC-01", "Credential", c, "violated");
			}
		}
		for (Incident i : incidents) {
			if (!i.personalData) {
				continue;
			}
			Instant due = i.awareAt.plus(Duration.ofHours(72));
			String brc01 = deadline(due, i.notifiedAuthorityAt);
			check(out, "BRC-01", "SecurityIncident", i, brc01 != null && i.risk.equals("unlikely") ? "exempt" : brc01);
			boolean lateNotification = i.notifiedAuthorityAt != null && i.notifiedAuthorityAt.isAfter(due);
			if (lateNotification && i.lateReason == null) {
				check(out, "BRC-03", "SecurityIncident", i, "violated");
			}
		}
		return out;
	}

	static List<String[]> stated() {
		List<String[]> out = new ArrayList<>();
		collect(out, "Prospect", prospects);
		collect(out, "Consent", consents);
		collect(out, "MessageSend", sends);
		collect(out, "ProspectingCall", calls);
		collect(out, "ProcessingActivity", activities);
		collect(out, "AccessRequest", accessRequests);
		collect(out, "ProcessorContract", contracts);
		collect(out, "Credential", credentials);
		collect(out, "SecurityIncident", incidents);
		return out;
	}

	static void collect(List<String[]> out, String entity, List<? extends Rec> records) {
		for (Rec r : records) {
			r.expect.forEach((rule, status) -> out.add(new String[] { rule, entity, r.id, status }));
		}
	}

	static final Comparator<String[]> ORDER = Comparator.<String[], String>comparing(f -> f[0])
			.thenComparing(f -> f[1]).thenComparing(f -> f[2]);

	static Set<String> keys(List<String[]> findings) {
		Set<String> set = new TreeSet<>();
		for (String[] f : findings) {
			set.add(String.join(" ", f));
		}
		return set;
	}

	// ------------------------------------------------------------------ writing

	static String json(Object v) {
		if (v instanceof String s) {
			StringBuilder b = new StringBuilder("\"");
			for (char ch : s.toCharArray()) {
				switch (ch) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				case '\r' -> b.append("\\r");
				case '\t' -> b.append("\\t");
				default -> {
					if (ch < 0x20) {
						b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch));
					} else {
						b.append(ch);
					}
				}
				}
			}
			return b.append('"').toString();
		}
		if (v instanceof Instant || v instanceof LocalDate) {
			return json(v.toString());
		}
		if (v instanceof List<?> list) {
			StringBuilder b = new StringBuilder("[");
			for (int i = 0; i < list.size(); i++) {
				b.append(i == 0 ? "" : ", ").append(json(list.get(i)));
			}
			return b.append(']').toString();
		}
		if (v instanceof Boolean || v instanceof Integer) {
			return v.toString();
		}
		throw new IllegalArgumentException("cannot write " + v);
	}

	/** One JSON object on one line; null values (missing optional fields) are left out. */
	static String jsonLine(Map<String, Object> fields) {
		StringBuilder b = new StringBuilder("{");
		for (Map.Entry<String, Object> e : fields.entrySet()) {
			if (e.getValue() == null) {
				continue;
			}
			b.append(b.length() == 1 ? "" : ", ").append(json(e.getKey())).append(": ").append(json(e.getValue()));
		}
		return b.append("}\n").toString();
	}

	/** A CSV cell with RFC 4180 quoting (lines end with LF); a missing value is an empty cell. */
	static String csvCell(Object v) {
		if (v == null) {
			return "";
		}
		String s = v.toString();
		if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
			return "\"" + s.replace("\"", "\"\"") + "\"";
		}
		return s;
	}

	static String csvLine(List<Object> cells) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			b.append(i == 0 ? "" : ",").append(csvCell(cells.get(i)));
		}
		return b.append("\n").toString();
	}

	static Map<String, Object> fields(Object... kv) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		return m;
	}

	static void write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	static void writeAll(Path dir, List<String[]> findings) throws IOException {
		Path data = dir.resolve("data");
		StringBuilder b = new StringBuilder();
		for (Prospect p : prospects) {
			b.append(jsonLine(fields("id", p.id, "email", p.email, "phone", p.phone, "kind", p.kind, "customerSince",
					p.customerSince, "objectionOffered", p.objectionOffered)));
		}
		write(data.resolve("Prospect.jsonl"), b.toString());

		b = new StringBuilder();
		for (Consent c : consents) {
			b.append(jsonLine(fields("id", c.id, "prospect", c.prospect.id, "channel", c.channel, "givenAt", c.givenAt,
					"withdrawnAt", c.withdrawnAt, "collectedBy", c.collectedBy, "advertiserNamed", c.advertiserNamed,
					"preTicked", c.preTicked, "proofReference", c.proofReference, "formVersion", c.formVersion)));
		}
		write(data.resolve("Consent.jsonl"), b.toString());

		b = new StringBuilder();
		for (MessageSend m : sends) {
			b.append(jsonLine(fields("id", m.id, "recipient", m.recipient.id, "channel", m.channel, "purpose",
					m.purpose, "sentAt", m.sentAt, "analogousProduct", m.analogousProduct, "senderNamed",
					m.senderNamed, "optOutLink", m.optOutLink)));
		}
		write(data.resolve("MessageSend.jsonl"), b.toString());

		b = new StringBuilder(csvLine(List.of("id", "callee", "calledAt", "connected", "noticeGiven", "operator")));
		for (Call c : calls) {
			b.append(csvLine(List.of(c.id, c.callee.id, c.calledAt, c.connected, c.noticeGiven, c.operator)));
		}
		write(data.resolve("ProspectingCall.csv"), b.toString());

		b = new StringBuilder();
		for (Activity a : activities) {
			b.append(jsonLine(fields("id", a.id, "name", a.name, "retentionPeriod", a.retentionPeriod)));
		}
		write(data.resolve("ProcessingActivity.jsonl"), b.toString());

		b = new StringBuilder();
		for (AccessRequest r : accessRequests) {
			b.append(jsonLine(fields("id", r.id, "requester", r.requester, "receivedAt", r.receivedAt,
					"extensionNotifiedAt", r.extensionNotifiedAt, "answeredAt", r.answeredAt)));
		}
		write(data.resolve("AccessRequest.jsonl"), b.toString());

		b = new StringBuilder();
		for (Contract c : contracts) {
			b.append(jsonLine(fields("id", c.id, "processor", c.processor, "signedAt", c.signedAt, "firstDataFlowAt",
					c.firstDataFlowAt, "clauses", c.clauses)));
		}
		write(data.resolve("ProcessorContract.jsonl"), b.toString());

		b = new StringBuilder(csvLine(List.of("id", "account", "hashAlgorithm", "salted")));
		for (Credential c : credentials) {
			b.append(csvLine(List.of(c.id, c.account, c.hashAlgorithm, c.salted)));
		}
		write(data.resolve("Credential.csv"), b.toString());

		b = new StringBuilder();
		for (Incident i : incidents) {
			b.append(jsonLine(fields("id", i.id, "summary", i.summary, "personalData", i.personalData,
					"peopleAffected", i.peopleAffected, "awareAt", i.awareAt, "notifiedAuthorityAt",
					i.notifiedAuthorityAt, "lateReason", i.lateReason, "risk", i.risk)));
		}
		write(data.resolve("SecurityIncident.jsonl"), b.toString());

		b = new StringBuilder("{\n  \"now\": ").append(json(NOW.toString())).append(",\n  \"findings\": [");
		for (int i = 0; i < findings.size(); i++) {
			String[] f = findings.get(i);
			b.append(i == 0 ? "\n" : ",\n").append("    {\"rule\": ").append(json(f[0])).append(", \"status\": ")
					.append(json(f[3])).append(", \"entity\": ").append(json(f[1])).append(", \"record\": ")
					.append(json(f[2])).append('}');
		}
		b.append("\n  ]\n}\n");
		write(dir.resolve("expected-findings.json"), b.toString());
	}

	// ------------------------------------------------------------------ main

	public static void main(String[] args) throws IOException {
		Path dir;
		if (args.length > 0) {
			dir = Paths.get(args[0]);
		} else if (Files.isRegularFile(Paths.get("examples/canal-plus/rules/rules.privacy"))) {
			dir = Paths.get("examples/canal-plus");
		} else if (Files.isRegularFile(Paths.get("rules/rules.privacy"))) {
			dir = Paths.get(".");
		} else {
			System.err.println("Run from the repository root (java examples/canal-plus/GenerateData.java) "
					+ "or from examples/canal-plus, or name the output directory.");
			System.exit(2);
			return;
		}

		buildProspection();
		buildCalls();
		buildActivities();
		buildAccessRequests();
		buildContracts();
		buildCredentials();
		buildIncidents();
		assignIds();

		List<String[]> findings = stated();
		findings.sort(ORDER);
		Set<String> planned = keys(findings);
		Set<String> evaluated = keys(evaluate());
		if (!planned.equals(evaluated)) {
			Set<String> missing = new TreeSet<>(evaluated);
			missing.removeAll(planned);
			Set<String> extra = new TreeSet<>(planned);
			extra.removeAll(evaluated);
			System.err.println("The plan and the rules disagree; nothing written.");
			missing.forEach(s -> System.err.println("  rules say, plan does not: " + s));
			extra.forEach(s -> System.err.println("  plan says, rules do not:  " + s));
			System.exit(1);
		}
		long tel05 = findings.stream().filter(f -> f[0].equals("TEL-05")).count();
		if (tel05 != 16) {
			throw new IllegalStateException("the decision counts 16 calls without notice, not " + tel05);
		}

		writeAll(dir, findings);

		Map<String, Integer> tally = new TreeMap<>();
		for (String[] f : findings) {
			tally.merge(f[0] + " " + f[3], 1, Integer::sum);
		}
		System.out.printf("records: Prospect %d, Consent %d, MessageSend %d, ProspectingCall %d, ProcessingActivity %d, "
				+ "AccessRequest %d, ProcessorContract %d, Credential %d, SecurityIncident %d%n", prospects.size(),
				consents.size(), sends.size(), calls.size(), activities.size(), accessRequests.size(),
				contracts.size(), credentials.size(), incidents.size());
		System.out.println("findings: " + findings.size());
		tally.forEach((k, n) -> System.out.println("  " + k + ": " + n));
	}
}
