package org.privacy.dsl.formatting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.privacy.dsl.compiler.Diagnostic;
import org.privacy.dsl.compiler.PrivacyFormatting;
import org.privacy.dsl.validation.IssueCodes;

/** The canonical layout (README, "Canonical layout") on hand-written untidy inputs: the exact text expected. */
class FormatterLayoutTest {

	private static final PrivacyFormatting FORMATTING = PrivacyFormatting.create();

	private static String format(String text) throws PrivacyFormatting.SyntaxErrorsException {
		return FORMATTING.format(text, URI.createFileURI("/tmp/layout/test.privacy"));
	}

	@Test
	void everyConstructInItsCanonicalLayout() throws Exception {
		String untidy = """
				// header comment
				package   acme.crm
				import acme.model.*   import acme.other.X
				policy Crm "CRM rules"   time zone "Europe/Paris"
				enum Plan{free,premium}
				enum Risk "Risk" { unlikely "Unlikely", low , high }
				entity Customer bound to "com.acme.Customer" { id : text key  email: text optional category user.contact.email
				  // the plan
				  plan : Plan  devices: list of Device via owner }
				entity Device { id: text key owner: Customer }
				entity Empty {  }
				
				
				category user.custom "Custom"
				parameter retention = 3 years
				term   optin for Customer : plan = premium and ( email is present or  devices . id is one of "a" , "b" )
				term "long one": Customer
				      where plan = free
				            and email is missing
				rule   MKT-01 "Offers" basis "GDPR art. 6" , "CPCE art. L34-5" severity law effective from 2024-01-01 Customer where plan = free requires optin within 3 months after now unless email is missing /* why */ unless plan = premium explain "customer {id}"
				""";
		String canonical = """
				// header comment
				package acme.crm
				
				import acme.model.*
				import acme.other.X
				
				policy Crm "CRM rules" time zone "Europe/Paris"
				
				enum Plan { free, premium }
				
				enum Risk "Risk" {
				\tunlikely "Unlikely",
				\tlow,
				\thigh
				}
				
				entity Customer bound to "com.acme.Customer" {
				\tid: text key
				\temail: text optional category user.contact.email
				\t// the plan
				\tplan: Plan
				\tdevices: list of Device via owner
				}
				
				entity Device {
				\tid: text key
				\towner: Customer
				}
				
				entity Empty {}
				
				category user.custom "Custom"
				parameter retention = 3 years
				term optin for Customer: plan = premium and (email is present or devices.id is one of "a", "b")
				
				term "long one": Customer
				\twhere plan = free
				\tand email is missing
				
				rule MKT-01 "Offers"
				\tbasis "GDPR art. 6", "CPCE art. L34-5"
				\tseverity law
				\teffective from 2024-01-01
				\tCustomer where plan = free requires optin within 3 months after now
				\tunless email is missing /* why */
				\tunless plan = premium
				\texplain "customer {id}"
				""";
		assertThat(format(untidy)).isEqualTo(canonical);
		assertThat(format(canonical)).isEqualTo(canonical);
	}

	@Test
	void calendarsAndOpeningHoursTakeOneEntryALine() throws Exception {
		String untidy = """
				policy Calls "Calls"   time zone "Europe/Paris"   holidays   France
				calendar AlsaceMoselle "Alsace and Moselle" holidays France   yearly 12-26 // St Stephen
				   easter   -  2 days  2024-12-24 ,2024-12-31
				opening   hours CallingHours "D223-9"   monday to friday from 10:00 to 13:00 saturday ,sunday from 10:00 to 12:00
				closed on public holidays in   AlsaceMoselle
				entity Call { id: text key calledAt: datetime }
				rule TEL-11 "Hours" basis "D223-9" Call requires calledAt is  not within CallingHours in "UTC" or calledAt is a  public holiday in France
				""";
		String canonical = """
				policy Calls "Calls" time zone "Europe/Paris" holidays France
				
				calendar AlsaceMoselle "Alsace and Moselle"
					holidays France
					yearly 12-26 // St Stephen
					easter - 2 days
					2024-12-24, 2024-12-31
				
				opening hours CallingHours "D223-9"
					monday to friday from 10:00 to 13:00
					saturday, sunday from 10:00 to 12:00
					closed on public holidays in AlsaceMoselle
				
				entity Call {
					id: text key
					calledAt: datetime
				}
				
				rule TEL-11 "Hours"
					basis "D223-9"
					Call requires calledAt is not within CallingHours in "UTC" or calledAt is a public holiday in France
				""";
		assertThat(format(untidy)).isEqualTo(canonical);
		assertThat(format(canonical)).isEqualTo(canonical);
	}

	@Test
	void sectionCommentsKeepTheirBlankLinesAndFieldsGoOnePerLine() throws Exception {
		String untidy = """
				package a.b
				// ---- section



				entity Device { model: text  lastSeenAt: datetime }
				rule R-1 "One line" basis "GDPR art. 5" Device requires model = "x" // trailing
				""";
		String canonical = """
				package a.b

				// ---- section

				entity Device {
				\tmodel: text
				\tlastSeenAt: datetime
				}

				rule R-1 "One line"
				\tbasis "GDPR art. 5"
				\tDevice requires model = "x" // trailing
				""";
		assertThat(format(untidy)).isEqualTo(canonical);
	}

	@Test
	void sharingListsTakeOneSpaceBetweenWords() throws Exception {
		assertThat(format("""
				entity Call { id: text key personId: text
				  samePerson :  list   of Call   sharing    personId
				  objections: list of Objection sharing personId   as   subjectId }
				entity Objection { subjectId: text }
				""")).isEqualTo("""
				entity Call {
				\tid: text key
				\tpersonId: text
				\tsamePerson: list of Call sharing personId
				\tobjections: list of Objection sharing personId as subjectId
				}

				entity Objection {
				\tsubjectId: text
				}
				""");
	}

	@Test
	void commentsAtTheEdgesOfTheFileStay() throws Exception {
		String untidy = "\n\n/* head */\n\n\nentity A { id: text /* inline */ key\n\n\n name: text // last field\n}\n\n\n\n// end";
		String canonical = """
				/* head */

				entity A {
				\tid: text /* inline */ key
				\tname: text // last field
				}
				// end
				""";
		assertThat(format(untidy)).isEqualTo(canonical);
		assertThat(format(canonical)).isEqualTo(canonical);
	}

	/** Keywords inside names are words of the name: single spaces, and no line break before one ("on", "in"). */
	@Test
	void namesWithKeywordsStaySingleSpaced() throws Exception {
		String untidy = """
				entity Objection { id: text key  withdrawnAt: datetime optional  answered: boolean }
				term objection   in  force for Objection: withdrawnAt is missing
				term on   time for Objection: answered
				rule OBJ-01 "t" basis "b" Objection where objection in   force requires on  time
				""";
		String canonical = """
				entity Objection {
				\tid: text key
				\twithdrawnAt: datetime optional
				\tanswered: boolean
				}

				term objection in force for Objection: withdrawnAt is missing
				term on time for Objection: answered

				rule OBJ-01 "t"
				\tbasis "b"
				\tObjection where objection in force requires on time
				""";
		assertThat(format(untidy)).isEqualTo(canonical);
		assertThat(format(canonical)).isEqualTo(canonical);
	}

	@Test
	void enumerationsOfMoreThanSixValuesGoOnePerLine() throws Exception {
		assertThat(format("enum Six { a, b, c, d, e, f }")).isEqualTo("enum Six { a, b, c, d, e, f }\n");
		assertThat(format("enum Seven { a, b, c,\n d, e, f, g }"))
				.isEqualTo("enum Seven {\n\ta,\n\tb,\n\tc,\n\td,\n\te,\n\tf,\n\tg\n}\n");
	}

	@Test
	void windowsLineEndsBecomeUnixOnes() throws Exception {
		assertThat(format("term a: X where b\r\n\r\nterm c: X where d\r\n"))
				.isEqualTo("term a: X where b\n\nterm c: X where d\n");
	}

	/** Found by the fuzzer: a file of comments only has no model, and formatting it threw. */
	@Test
	void aFileWithoutDeclarationsIsLeftAsItIs() throws Exception {
		assertThat(format("")).isEmpty();
		assertThat(format("  \n\t\n")).isEqualTo("  \n\t\n");
		assertThat(format("// expect nothing\r\n/* not even\n a package */")).isEqualTo(
				"// expect nothing\n/* not even\n a package */");
	}

	/** Found by the fuzzer: a comment after a token lost its own spacing ("//x" became "// x"). */
	@Test
	void lineCommentsKeepTheirText() throws Exception {
		assertThat(format("entity E {\n\tid: text key //x\n\tok: boolean //   aligned\n}\n"))
				.isEqualTo("entity E {\n\tid: text key //x\n\tok: boolean //   aligned\n}\n");
	}

	/** Issue 11: 'date of', 'time of' and 'weekday of' with a zone, written or read from the data, one space apart. */
	@Test
	void timeFunctionsWithAZoneTakeOneSpaceBetweenWords() throws Exception {
		assertThat(format("""
				entity Callee { id: text key timeZone: text }
				entity Call { id: text key callee: Callee startedAt: datetime signedOn: date }
				term late call for Call: time  of startedAt   in callee . timeZone >= 20:00
				term signature call for Call: date of   startedAt in  "UTC" = signedOn and weekday   of startedAt in callee.timeZone = sunday
				""")).isEqualTo("""
				entity Callee {
					id: text key
					timeZone: text
				}

				entity Call {
					id: text key
					callee: Callee
					startedAt: datetime
					signedOn: date
				}

				term late call for Call: time of startedAt in callee.timeZone >= 20:00
				term signature call for Call: date of startedAt in "UTC" = signedOn and weekday of startedAt in callee.timeZone = sunday
				""");
	}

	/** Issue 12: runs of spaces inside a name of several words were kept, and 'fmt --check' accepted them. */
	@Test
	void namesOfSeveralWordsTakeOneSpaceBetweenWords() throws Exception {
		assertThat(format("""
				entity Send { id: text key ok: boolean }
				term email    marketing: Send where ok
				term "soft   opt-in" for Send: ok
				term soft \t opt-out for Send: email  marketing and soft   opt-in
				rule M-1 "t" basis "b"
					email   marketing requires soft   opt-out
				""")).isEqualTo("""
				entity Send {
					id: text key
					ok: boolean
				}

				term email marketing: Send where ok
				term "soft   opt-in" for Send: ok
				term soft opt-out for Send: email marketing and soft opt-in

				rule M-1 "t"
					basis "b"
					email marketing requires soft opt-out
				""");
	}

	/** Issue 11: arithmetic operators take one space on each side; a list parameter's brackets hug its values. */
	@Test
	void arithmeticAndListParameters() throws Exception {
		assertThat(format("""
				enum Clause { audits, security }
				parameter requiredClauses=[ audits ,security ]
				entity Flow { ok: boolean size: number }
				entity P { id: text key flows: list of Flow total: number period: duration }
				term t for P: (count of f in flows where not f.ok)/count of flows<=0.1
				term u for P: total*2+1 rounded  to 2 decimals>=maximum of total ,3
				term v for P: period+1 month<=3 years and (sum of f.size for f in flows)>log2 of 8
				""")).isEqualTo("""
				enum Clause { audits, security }
				parameter requiredClauses = [audits, security]

				entity Flow {
					ok: boolean
					size: number
				}

				entity P {
					id: text key
					flows: list of Flow
					total: number
					period: duration
				}

				term t for P: (count of f in flows where not f.ok) / count of flows <= 0.1
				term u for P: total * 2 + 1 rounded to 2 decimals >= maximum of total, 3
				term v for P: period + 1 month <= 3 years and (sum of f.size for f in flows) > log2 of 8
				""");
	}

	/**
	 * A list parameter longer than 120 columns on one line is written one element a line, set apart like a block;
	 * formatting it again changes nothing, and a short one goes back to one line.
	 */
	@Test
	void longListParametersTakeOneElementALine() throws Exception {
		String formatted = """
				parameter short = ["a", "b"]

				parameter requiredClauses = [
					"data processed only on documented instructions",
					"confidentiality of the persons authorised",
					"security measures of article 32",
					"conditions for engaging another processor"
				]

				parameter other = 3
				""";
		assertThat(format("""
				parameter short = [
				"a",
				"b"]
				parameter requiredClauses = ["data processed only on documented instructions", "confidentiality of the persons authorised",
				    "security measures of article 32", "conditions for engaging another processor"]
				parameter other = 3
				""")).isEqualTo(formatted);
		assertThat(format(formatted)).isEqualTo(formatted);
		assertThat(formatted.lines()).allMatch(line -> line.length() <= 120);
	}

	/** Issue 11: 'needs' is a clause of its own line; a deadline per element and 'pending while missing' in one line. */
	@Test
	void needsAndDeadlinesPerElement() throws Exception {
		assertThat(format("""
				entity R { id: text key at: datetime optional items: list of I }
				entity I { doneAt: datetime optional }
				rule R-1 "t" basis "b" needs at ,id R requires every i in items satisfies i.doneAt within 1 month after at ,  pending   while missing
				""")).isEqualTo("""
				entity R {
					id: text key
					at: datetime optional
					items: list of I
				}

				entity I {
					doneAt: datetime optional
				}

				rule R-1 "t"
					basis "b"
					needs at, id
					R requires every i in items satisfies i.doneAt within 1 month after at, pending while missing
				""");
	}

	@Test
	void aFileWithSyntaxErrorsIsNotFormatted() {
		assertThatThrownBy(() -> format("entity E {\n\tid text\n}\n"))
				.isInstanceOfSatisfying(PrivacyFormatting.SyntaxErrorsException.class, e -> {
					assertThat(e.diagnostics()).isNotEmpty();
					Diagnostic first = e.diagnostics().get(0);
					assertThat(first.code()).isEqualTo(IssueCodes.SYNTAX);
					assertThat(first.line()).isEqualTo(2);
				});
	}
}
