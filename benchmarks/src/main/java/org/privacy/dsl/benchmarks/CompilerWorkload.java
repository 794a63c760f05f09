package org.privacy.dsl.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.Diagnostic;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.compiler.PrivacyCompiler;

/**
 * A generated rule set written to a temporary folder, compiled as {@code privacy compile} compiles it: the files
 * given to {@link PrivacyCompiler#compile}, which parses, links, validates and generates the Java sources (writing
 * them is left out).
 */
public final class CompilerWorkload implements AutoCloseable {

	private final GeneratedRuleSet ruleSet;
	private final Path folder;
	private final List<Path> files;
	private final PrivacyCompiler compiler;

	private CompilerWorkload(GeneratedRuleSet ruleSet, Path folder, List<Path> files, PrivacyCompiler compiler) {
		this.ruleSet = ruleSet;
		this.folder = folder;
		this.files = files;
		this.compiler = compiler;
	}

	/** Writes the rule set to a new temporary folder and creates the compiler (the language's injector, once). */
	public static CompilerWorkload create(GeneratedRuleSet ruleSet) throws IOException {
		Path folder = Files.createTempDirectory("privacy-compiler-benchmark");
		List<Path> files = ruleSet.writeTo(folder);
		return new CompilerWorkload(ruleSet, folder, files, PrivacyCompiler.create());
	}

	public GeneratedRuleSet ruleSet() {
		return ruleSet;
	}

	/** Compiles every file of the rule set together, in records mode (the default of {@code privacy compile}). */
	public CompilationResult compile() {
		return compiler.compile(files, GenerationMode.RECORDS);
	}

	/** {@code result}, after checking that it has no diagnostic at all and a class per rule file. */
	public CompilationResult requireClean(CompilationResult result) {
		if (!result.diagnostics().isEmpty()) {
			throw new IllegalStateException("the generated rule set does not compile cleanly: "
					+ result.diagnostics().size() + " diagnostics, first ones:\n" + result.diagnostics().stream()
							.limit(10).map(Diagnostic::format).collect(Collectors.joining("\n")));
		}
		long ruleFiles = ruleSet.files().keySet().stream().filter(name -> name.startsWith("rules-")).count();
		if (result.sources().size() != ruleFiles) {
			throw new IllegalStateException("expected " + ruleFiles + " generated classes, got " + result.sources().size());
		}
		return result;
	}

	@Override
	public void close() {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
