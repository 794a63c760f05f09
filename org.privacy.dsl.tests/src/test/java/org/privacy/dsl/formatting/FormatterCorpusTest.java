package org.privacy.dsl.formatting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacy.dsl.compiler.PrivacyFormatting;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.dsl.tests.SameModel;

/**
 * The formatter checked three ways over every rule file of the repository (examples, good corpus, golden rules):
 * formatting twice changes nothing, every comment survives, and the re-parsed model equals the original.
 */
class FormatterCorpusTest {

	private static final PrivacyFormatting FORMATTING = PrivacyFormatting.create();

	static List<Path> files() throws IOException {
		Path root = PrivacyTestSupport.repoRoot();
		List<Path> files = new ArrayList<>();
		for (String folder : List.of("examples", "org.privacy.dsl.tests/src/test/resources/corpus/good",
				"org.privacy.dsl.tests/src/test/resources/golden-rules")) {
			try (Stream<Path> walk = Files.walk(root.resolve(folder))) {
				walk.filter(p -> p.toString().endsWith(".privacy")).filter(p -> !p.toString().contains("/target/"))
						.sorted().forEach(files::add);
			}
		}
		assertThat(files).hasSizeGreaterThan(40);
		return files;
	}

	@ParameterizedTest
	@MethodSource("files")
	void formattingTwiceChangesNothing(Path file) throws Exception {
		String once = format(Files.readString(file), file);
		assertThat(format(once, file)).isEqualTo(once);
	}

	@ParameterizedTest
	@MethodSource("files")
	void everyCommentSurvives(Path file) throws Exception {
		String text = Files.readString(file);
		assertThat(comments(format(text, file), file)).isEqualTo(comments(text, file));
	}

	@ParameterizedTest
	@MethodSource("files")
	void theReparsedModelEqualsTheOriginal(Path file) throws Exception {
		String text = Files.readString(file);
		EObject before = parse(text, file);
		EObject after = parse(format(text, file), file);
		assertThat(SameModel.same(before, after)).as("same model after formatting").isTrue();
	}

	static String format(String text, Path file) throws PrivacyFormatting.SyntaxErrorsException {
		return FORMATTING.format(text, uri(file));
	}

	static EObject parse(String text, Path file) throws PrivacyFormatting.SyntaxErrorsException {
		return FORMATTING.parse(text, uri(file)).getContents().get(0);
	}

	private static URI uri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().toString());
	}

	/** The comments of a file, each trimmed, sorted: a multiset that formatting must keep. */
	static List<String> comments(String text, Path file) throws PrivacyFormatting.SyntaxErrorsException {
		return SameModel.comments(FORMATTING.parse(text, uri(file)));
	}
}
