import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Writes synthetic data for the bulk-check measurement (docs/BENCHMARKS.md), the same bytes for the same arguments.
 *
 * <pre>
 * java benchmarks/bulk/GenerateBulkData.java simple N DIR        # DIR/Account.jsonl: N accounts
 * java benchmarks/bulk/GenerateBulkData.java cross-record N DIR  # Canal+ prospects, consents, sends, calls: N records
 * </pre>
 *
 * About 5% of the records break each rule.
 */
public final class GenerateBulkData {
	private static final long START = Instant.parse("2022-01-01T00:00:00Z").getEpochSecond();
	private static final long YEAR = 365L * 24 * 3600;

	public static void main(String[] args) throws IOException {
		if (args.length != 3 || !(args[0].equals("simple") || args[0].equals("cross-record"))) {
			System.err.println("usage: java GenerateBulkData.java simple|cross-record RECORDS DIR");
			System.exit(2);
		}
		long records = Long.parseLong(args[1].replace("_", ""));
		Path dir = Files.createDirectories(Path.of(args[2]));
		SplittableRandom random = new SplittableRandom(20231012);
		if (args[0].equals("simple")) {
			accounts(records, dir, random);
		} else {
			crossRecord(records, dir, random);
		}
	}

	private static void accounts(long count, Path dir, SplittableRandom random) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("Account.jsonl"))) {
			StringBuilder line = new StringBuilder(200);
			for (long i = 1; i <= count; i++) {
				long created = START + random.nextLong(YEAR);
				boolean optIn = random.nextBoolean();
				line.setLength(0);
				line.append("{\"id\": \"a-").append(i).append('"');
				if (random.nextInt(20) != 0) {
					line.append(", \"email\": \"person").append(i).append("@example.com\"");
				}
				line.append(", \"createdAt\": \"").append(instant(created)).append('"');
				line.append(", \"marketingOptIn\": ").append(optIn);
				if (optIn && random.nextInt(10) != 0) {
					long consent = random.nextInt(10) == 0 ? created - 86_400 : created + random.nextLong(YEAR);
					line.append(", \"consentAt\": \"").append(instant(consent)).append('"');
				}
				line.append(", \"country\": \"FR\"}\n");
				out.append(line);
			}
		}
	}

	/** A fifth prospects, a fifth consents, two fifths message sends, a fifth prospecting calls. */
	private static void crossRecord(long count, Path dir, SplittableRandom random) throws IOException {
		long prospects = Math.max(1, count / 5);
		try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("Prospect.jsonl"))) {
			for (long i = 1; i <= prospects; i++) {
				out.append("{\"id\": \"p-").append(Long.toString(i)).append("\", \"email\": \"prospect").append(
						Long.toString(i)).append("@example.com\", \"kind\": \"")
						.append(random.nextInt(10) == 0 ? "business" : "individual").append("\", \"objectionOffered\": ")
						.append(Boolean.toString(random.nextBoolean())).append("}\n");
			}
		}
		try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("Consent.jsonl"))) {
			// one consent a prospect, for email but for one in twenty (whose marketing emails then break MKT-01)
			for (long i = 1; i <= count / 5; i++) {
				long given = START + random.nextLong(YEAR / 2);
				out.append("{\"id\": \"c-").append(Long.toString(i)).append("\", \"prospect\": \"p-")
						.append(Long.toString(1 + (i - 1) % prospects)).append("\", \"channel\": \"")
						.append(random.nextInt(20) == 0 ? "PHONE_LIVE" : "EMAIL").append("\", \"givenAt\": \"")
						.append(instant(given)).append("\", \"advertiserNamed\": true, \"preTicked\": false");
				if (random.nextInt(20) != 0) {
					out.append(", \"proofReference\": \"proof-").append(Long.toString(i))
							.append("\", \"formVersion\": \"signup-v2\"");
				}
				out.append("}\n");
			}
		}
		try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("MessageSend.jsonl"))) {
			for (long i = 1; i <= 2 * count / 5; i++) {
				long sent = START + YEAR / 2 + random.nextLong(YEAR / 2);
				out.append("{\"id\": \"m-").append(Long.toString(i)).append("\", \"recipient\": \"p-")
						.append(Long.toString(1 + random.nextLong(prospects))).append("\", \"channel\": \"EMAIL\"")
						.append(", \"purpose\": \"").append(random.nextInt(3) == 0 ? "marketing" : "service")
						.append("\", \"sentAt\": \"").append(instant(sent)).append("\", \"analogousProduct\": false")
						.append(", \"senderNamed\": true, \"optOutLink\": ")
						.append(Boolean.toString(random.nextInt(20) != 0)).append("}\n");
			}
		}
		try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("ProspectingCall.csv"))) {
			out.append("id,callee,calledAt,connected,noticeGiven,operator\n");
			long calls = count / 5;
			long i = 1;
			while (i <= calls) {
				long callee = 1 + random.nextLong(prospects);
				long called = START + random.nextLong(YEAR);
				// one call in 35 starts a burst of six calls to one person within ten days: the fifth and sixth
				// are more than four in 30 days (TEL-09)
				int burst = random.nextInt(35) == 0 ? 6 : 1;
				for (int b = 0; b < burst && i <= calls; b++, i++) {
					long at = called + b * 2 * 86_400L;
					out.append("call-").append(Long.toString(i)).append(",p-").append(Long.toString(callee)).append(',')
							.append(instant(at)).append(',').append(Boolean.toString(random.nextInt(5) != 0))
							.append(',').append(Boolean.toString(random.nextInt(20) != 0)).append(",op-")
							.append(Integer.toString(random.nextInt(40))).append('\n');
				}
			}
		}
	}

	private static String instant(long epochSecond) {
		return Instant.ofEpochSecond(epochSecond - epochSecond % 60).toString();
	}
}
