package org.privacy.dsl.ide.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A condition nested deeper than the server's stack can follow got no diagnostic at all in the editor (its parse
 * failed and the build went on without it), where {@code privacy check} and {@code privacy compile} report the
 * compiler's {@code privacy.too-deep} error. In the editor it is that error too, at the file's start; the file is
 * checked again when it changes, and the other files keep their diagnostics. (Only the parser overflows: with the
 * server's stack at 256 KB, a condition of 10,000 {@code and}s, a tree as deep, still links and validates.)
 */
class NestingTest extends RobustnessTestBase {

	private static final Duration BOUND = Duration.ofSeconds(60);

	@Test
	@Timeout(value = 180, unit = TimeUnit.SECONDS)
	void aConditionNestedTooDeeplyIsTheCompilersErrorAndTheServerGoesOn() throws Exception {
		String small = uri("small.privacy");
		client.didOpen(small, "package small\n" + MISSPELT);
		client.awaitDiagnostics(small, d -> d.size() == 1, "the diagnostics of the small file");
		String deep = uri("deep.privacy");

		client.didOpen(deep, nested(20_000));

		JsonArray diagnostics = client.awaitDiagnostics(BOUND, deep, d -> !d.isEmpty(), "the diagnostics of deep");
		assertThat(diagnostics).hasSize(1);
		JsonObject diagnostic = diagnostics.get(0).getAsJsonObject();
		assertThat(diagnostic.get("code").getAsString()).isEqualTo("privacy.too-deep");
		assertThat(diagnostic.get("severity").getAsInt()).isEqualTo(1);
		assertThat(diagnostic.getAsJsonObject("range").getAsJsonObject("start"))
				.isEqualTo(ScriptedClient.position(0, 0));
		assertThat(diagnostic.get("message").getAsString()).contains("nests expressions too deeply");
		assertThat(client.lastDiagnostics(small)).hasSize(1);

		// made shallow, it is checked as any file
		client.didChangeAll(deep, 2, nested(3).replace("(ok)", "(okk)"));
		JsonArray checked = client.awaitDiagnostics(BOUND, deep, d -> d.size() == 1
				&& "privacy.unknown-name".equals(d.get(0).getAsJsonObject().get("code").getAsString()),
				"the diagnostics of the shallow text");
		assertThat(checked).hasSize(1);
		assertServerStillWorks();
		assertCleanShutdown();
	}

	/** A rule whose condition is {@code ok} in {@code depth} parentheses. */
	static String nested(int depth) {
		return "package deep\nentity P {\n\tid: text key\n\tok: boolean\n}\nrule D-1 \"Deep\"\n\tbasis \"GDPR art. 5\"\n"
				+ "\tP requires " + "(".repeat(depth) + "ok" + ")".repeat(depth) + "\n";
	}
}
