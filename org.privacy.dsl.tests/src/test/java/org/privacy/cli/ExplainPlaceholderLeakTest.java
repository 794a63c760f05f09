package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.privacy.cli.exit.ExitCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code explain} placeholder prints one value, masked if personal, never a record. Issue 10: {@code {friend}
 * {devices}} printed whole nested records, e-mail addresses and device ids unmasked, in every report format.
 */
class ExplainPlaceholderLeakTest {
	private static final String MODEL = """
			entity Member {
				id: text key
				name: text
				email: text category user.contact.email
				age: number
				friend: Member optional
				mainDevice: Device optional
				devices: list of Device
			}

			entity Device {
				serial: text key category user.device.device_id
				model: text
			}
			""";

	private static final String DATA = """
			{"id": "m1", "name": {"mail": "jean.dupont@example.com"}, "email": "marie.curie@example.com", "age": 12, \
			"friend": {"id": "m2", "email": "jean.dupont@example.com", "age": 30}, \
			"mainDevice": {"serial": "SN-0042-SECRET", "model": "x"}, \
			"devices": [{"serial": "SN-0042-SECRET", "model": "x"}]}
			{"id": "m3", "name": ["jean.dupont@example.com"], "email": "marie.curie@example.com", "age": 12, \
			"friend": "m1", "mainDevice": "SN-0043-SECRET", "devices": []}
			""";

	@TempDir
	Path dir;

	@Test
	void theIssuesListPlaceholderIsRefusedWithItsPosition() throws IOException {
		Cli.write(dir, Map.of("model.privacy", MODEL, "rules.privacy", rule("{name} with {friend} and {devices}"),
				"data/Member.jsonl", DATA));

		Cli.Run run = Cli.run("check", dir.toString());

		assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
		assertThat(run.err()).contains("rules.privacy:4:10",
				"'{devices}' is a list of Device, which an explanation cannot show", "privacy.placeholder-not-a-value")
				.doesNotContain("'{name}'", "'{friend}'");
		assertThat(run.out() + run.err()).doesNotContain("dupont", "SN-0042");
	}

	@Test
	void aReferenceShowsTheKeyOfTheRecordItNamesMaskedIfPersonalNeverTheRecord() throws IOException {
		Cli.write(dir, Map.of("model.privacy", MODEL, "rules.privacy",
				rule("{id} with {friend} and {mainDevice}"), "data/Member.jsonl", DATA));

		for (String format : List.of("text", "json", "html")) {
			Cli.Run run = Cli.run("check", dir.toString(), "--format", format);

			assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
			assertThat(run.out()).as(format).contains("member m1 with m2 and ********ET", "member m3 with m1 and ********ET")
					.doesNotContain("dupont", "curie", "mail=", "SN-004", "model=");
		}
	}

	@Test
	void aRecordOrListWhereOneValueIsDeclaredIsNamedNotShown() throws IOException {
		Cli.write(dir, Map.of("model.privacy", MODEL, "rules.privacy", rule("{name} ({email}) is {age}"),
				"data/Member.jsonl", DATA));

		for (String format : List.of("text", "json", "html")) {
			Cli.Run run = Cli.run("check", dir.toString(), "--format", format);

			assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
			assertThat(run.out()).as(format).contains("member (a record) (m***@***.com) is 12",
					"member (a list) (m***@***.com) is 12").doesNotContain("dupont", "curie", "mail=", "SN-0042");
		}
	}

	private static String rule(String sentence) {
		return """
				rule AGE-01 "Members are adults"
					basis "GDPR art. 8"
					Member requires age >= 18
					explain "member %s"
				""".formatted(sentence);
	}
}
