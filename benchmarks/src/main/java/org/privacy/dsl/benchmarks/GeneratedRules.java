package org.privacy.dsl.benchmarks;

/**
 * A rule file of a given length, in the shape of real ones: entities, then for each entity an activity, an event and
 * a condition term, then rules with bases, deadlines and exceptions. The same length always gives the same text.
 */
public final class GeneratedRules {

	/** The word that {@link #misspell(String)} breaks: a field read by the rule in the middle of the file. */
	static final String EDITED_WORD = "flagged";

	private GeneratedRules() {
	}

	/** A valid rule file of at least {@code lines} lines. */
	public static String of(int lines) {
		StringBuilder b = new StringBuilder();
		b.append("package bench.rules\n\npolicy Bench \"Generated rules\" time zone \"Europe/Paris\"\n\n");
		int entities = Math.max(1, lines / 100);
		for (int e = 0; e < entities; e++) {
			b.append("entity Request").append(e).append(" {\n")
					.append("\tid: text key\n")
					.append("\trequester: text category user.contact.email\n")
					.append("\treceivedAt: datetime\n")
					.append("\tanswerAt: datetime optional\n")
					.append("\tchannel: Channel\n")
					.append("\tamount: number\n")
					.append("\t").append(EDITED_WORD).append(": boolean\n")
					.append("}\n\n")
					.append("term request n").append(e).append(": Request").append(e)
					.append(" where channel = EMAIL and amount > 10\n")
					.append("term answer n").append(e).append(" for Request").append(e)
					.append(": event answerAt counted from receivedAt\n")
					.append("term urgent n").append(e).append(" for Request").append(e)
					.append(": amount > 100 or channel is one of SMS, PHONE_LIVE\n\n");
		}
		int rule = 0;
		int written = count(b);
		while (written < lines) {
			int e = rule % entities;
			b.append("rule R-").append(rule).append(" \"Requests of kind ").append(e).append(" are answered\"\n")
					.append("\tbasis \"GDPR art. 12(3)\", \"GDPR art. 15\"\n")
					.append("\tseverity law\n")
					.append("\trequest n").append(e).append(" where ").append(EDITED_WORD)
					.append(" requires answer n").append(e).append(" within 1 month\n")
					.append("\tunless urgent n").append(e).append("\n\n");
			rule++;
			written += 6;
		}
		return b.toString();
	}

	/** The offset of the edited word in the rule nearest to the middle of {@code text}. */
	static int editOffset(String text) {
		int middle = text.length() / 2;
		int at = text.indexOf(" where " + EDITED_WORD + " requires", middle);
		if (at < 0) {
			at = text.lastIndexOf(" where " + EDITED_WORD + " requires");
		}
		return at + " where ".length();
	}

	private static int count(StringBuilder b) {
		int n = 0;
		for (int i = 0; i < b.length(); i++) {
			if (b.charAt(i) == '\n') {
				n++;
			}
		}
		return n;
	}
}
