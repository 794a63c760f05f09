package org.privacy.dsl.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.Diagnostic;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.compiler.PrivacyCompiler;

/**
 * Bytes that are not UTF-8 text, which the fuzzer's text mutations cannot write: invalid and truncated sequences,
 * byte-order marks, a UTF-16 file, NUL bytes. Each file compiles to diagnostics with positions, never an exception.
 */
class MalformedBytesTest {

	private static final String RULES = """
			package bytes
			entity Person {
				id: text key
				ok: boolean
			}
			rule B-1 "Bytes"
				basis "GDPR art. 5"
				Person requires ok
			""";

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "invalid-byte", "truncated-sequence", "utf8-bom", "utf16", "nul-bytes", "only-a-bom",
			"overlong-encoding", "surrogate-encoded" })
	void malformedBytesGiveDiagnosticsOrCompile(String kind) throws IOException {
		Path file = folder.resolve(kind + ".privacy");
		Files.write(file, bytes(kind));
		CompilationResult result = PrivacyCompiler.create().compile(List.of(file), GenerationMode.RECORDS);
		for (Diagnostic d : result.diagnostics()) {
			assertThat(d.line()).as(d.format()).isGreaterThanOrEqualTo(1);
			assertThat(d.column()).as(d.format()).isGreaterThanOrEqualTo(1);
			assertThat(d.code()).as(d.format()).startsWith("privacy.");
		}
	}

	private static byte[] bytes(String kind) {
		byte[] text = RULES.getBytes(StandardCharsets.UTF_8);
		int middle = RULES.indexOf("ok: boolean");
		return switch (kind) {
			case "invalid-byte" -> splice(text, middle, new byte[] { (byte) 0xff, (byte) 0xfe });
			case "truncated-sequence" -> splice(text, middle, new byte[] { (byte) 0xe2, (byte) 0x82 });
			case "utf8-bom" -> splice(text, 0, new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf });
			case "utf16" -> ("\ufeff" + RULES).getBytes(StandardCharsets.UTF_16);
			case "nul-bytes" -> splice(text, middle, new byte[] { 0, 0, 0 });
			case "only-a-bom" -> new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf };
			case "overlong-encoding" -> splice(text, middle, new byte[] { (byte) 0xc0, (byte) 0xaf });
			case "surrogate-encoded" -> splice(text, middle, new byte[] { (byte) 0xed, (byte) 0xa0, (byte) 0x80 });
			default -> throw new IllegalArgumentException(kind);
		};
	}

	private static byte[] splice(byte[] text, int at, byte[] inserted) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(text, 0, at);
		out.writeBytes(inserted);
		out.write(text, at, text.length - at);
		return out.toByteArray();
	}
}
