package org.privacy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property names of JSON Lines records as {@code privacy check} reads them: a name matches a field only as written
 * (case matters: {@code "Channel"} is not {@code channel}), and a name written twice at the top level of a line makes
 * the line a data problem (which value holds would be a guess). Spark's findings, rule counts and data problems equal
 * the CLI's, whatever the session's {@code spark.sql.caseSensitive}.
 */
class JsonNamesEquivalenceTest {
	private static final String NOW = "2024-01-01T00:00:00Z";
	private static final String RULES = """
			package names

			entity Contact {
				id: text key
				channel: text optional
				optin: boolean optional
			}

			rule CON-01 "Contacts are reached by email"
				basis "internal policy 1"
				Contact requires channel = "EMAIL"

			rule CON-02 "Contacts opted in"
				basis "internal policy 2"
				Contact requires optin
			""";

	@TempDir
	Path work;

	/** The Datasets earlier test classes kept are not read again: their blocks need not stay in this JVM. */
	@BeforeAll
	static void forgetEarlierChecks() {
		SparkTestSupport.spark().catalog().clearCache();
	}

	/** Names in another case than the model's are not its fields, with the session's default (case-insensitive). */
	@Test
	void namesInAnotherCaseAreNotTheModelsFields() throws Exception {
		Path folder = folder("case", """
				{"id": "a", "channel": "EMAIL", "optin": true}
				{"id": "b", "Channel": "EMAIL", "optin": true}
				{"id": "c", "CHANNEL": "SMS", "Optin": false}
				{"id": "d", "channel": "EMAIL", "Channel": "SMS", "optin": true}
				{"id": "e", "Channel": "SMS", "channel": "EMAIL", "OPTIN": false, "optin": true}
				""");
		assertThat(SparkTestSupport.spark().conf().get("spark.sql.caseSensitive")).isEqualTo("false");

		assertThat(SparkTestSupport.assertSameAsTheCli(folder, NOW, 2)).isEmpty();
		// the session's setting is the user's: the check leaves it as it found it
		assertThat(SparkTestSupport.spark().conf().get("spark.sql.caseSensitive")).isEqualTo("false");
	}

	/** A name twice at the top level of a line: a data problem in both, whichever the name. */
	@Test
	void aNameTwiceIsADataProblem() throws Exception {
		Path folder = folder("twice", """
				{"id": "a", "optin": false, "optin": true}
				{"id": "b", "channel": "SMS", "optin": true, "channel": "EMAIL"}
				{"id": "c", "channel": "SMS", "optin": true}
				{"id": "d", "note": 1, "channel": "EMAIL", "note": 2, "optin": true}
				{"id": "e", "channel": "EMAIL", "optin": true}
				""");

		assertThat(SparkTestSupport.assertSameAsTheCli(folder, NOW, 1)).contains("data/Contact.jsonl:1",
				"data/Contact.jsonl:2");
	}

	private Path folder(String name, String contacts) throws Exception {
		Path folder = work.resolve(name);
		Files.createDirectories(folder.resolve("rules"));
		Files.writeString(folder.resolve("rules/names.privacy"), RULES);
		Path data = Files.createDirectories(folder.resolve("data"));
		Files.writeString(data.resolve("Contact.jsonl"), contacts);
		return folder;
	}
}
