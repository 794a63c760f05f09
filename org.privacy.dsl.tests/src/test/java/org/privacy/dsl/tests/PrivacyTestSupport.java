package org.privacy.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.Diagnostic;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.compiler.InMemoryPolicies;
import org.privacy.dsl.compiler.JavaMemoryCompiler;
import org.privacy.dsl.compiler.PrivacyCompiler;
import org.privacy.runtime.Policy;

/**
 * Compiles rule text the way users' files are compiled (the same facade as the command line), and loads the
 * generated validators, so tests can feed them records and objects.
 */
public final class PrivacyTestSupport {
	private PrivacyTestSupport() {
	}

	/**
	 * The lines of Java source wider than {@code columns}, a tab counting as four columns (as Eclipse's formatter
	 * counts), each with its number: what the generator must not write.
	 */
	public static List<String> linesWiderThan(String source, int columns) {
		List<String> wide = new ArrayList<>();
		String[] lines = source.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			int width = lines[i].length() + 3 * (int) lines[i].chars().filter(c -> c == '\t').count();
			if (width > columns) {
				wide.add((i + 1) + " (" + width + " columns): " + lines[i].strip());
			}
		}
		return wide;
	}

	/** The repository's root folder (for examples and golden files). */
	public static Path repoRoot() {
		String property = System.getProperty("privacy.repoRoot");
		if (property != null) {
			return Path.of(property).toAbsolutePath().normalize();
		}
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
			if (Files.isDirectory(p.resolve("examples/canal-plus"))) {
				return p;
			}
		}
		throw new IllegalStateException("cannot find the repository root (no examples/canal-plus above "
				+ Path.of("").toAbsolutePath() + ")");
	}

	/** Writes the files (name to text) into a fresh temporary folder and compiles them together. */
	public static CompilationResult compile(GenerationMode mode, Map<String, String> files) {
		try {
			Path dir = Files.createTempDirectory("privacy-test");
			List<Path> paths = new ArrayList<>();
			for (Map.Entry<String, String> file : files.entrySet()) {
				Path path = dir.resolve(file.getKey());
				Files.writeString(path, file.getValue());
				paths.add(path);
			}
			return PrivacyCompiler.create().compile(paths, mode);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Compiles one file named {@code rules.privacy}. */
	public static CompilationResult compile(GenerationMode mode, String rules) {
		return compile(mode, Map.of("rules.privacy", rules));
	}

	/** Compiles every {@code .privacy} file under a folder. */
	public static CompilationResult compileFolder(Path folder, GenerationMode mode) {
		try (Stream<Path> walk = Files.walk(folder)) {
			List<Path> files = walk.filter(p -> p.toString().endsWith(".privacy")).sorted().toList();
			return PrivacyCompiler.create().compile(files, mode);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The diagnostics as {@code code@line:column} strings, the form tests assert. */
	public static List<String> codes(CompilationResult result) {
		return result.diagnostics().stream().map(d -> d.code() + "@" + d.line() + ":" + d.column())
				.collect(Collectors.toList());
	}

	/** Fails with every diagnostic printed when there is an error, so a broken test input is easy to see. */
	public static CompilationResult withoutErrors(CompilationResult result) {
		if (result.hasErrors()) {
			throw new AssertionError("the rules have errors:\n" + result.diagnostics().stream()
					.map(Diagnostic::format).collect(Collectors.joining("\n")));
		}
		return result;
	}

	/** Compiles, compiles the generated Java in memory and creates each policy with the given parameter values. */
	public static Map<String, Policy> load(CompilationResult result, Map<String, String> parameters) {
		withoutErrors(result);
		try {
			Map<String, Policy> policies = new LinkedHashMap<>();
			InMemoryPolicies.load(result, parameters, PrivacyTestSupport.class.getClassLoader())
					.forEach((name, policy) -> policies.put(name.substring(name.lastIndexOf('.') + 1), policy));
			return policies;
		} catch (JavaMemoryCompiler.CompilationFailedException e) {
			throw new AssertionError(e.getMessage() + "\n" + String.join("\n", result.sources().values()), e);
		}
	}

	/** The single policy of rule text compiled in {@code mode}, with default parameters. */
	public static Policy policy(GenerationMode mode, String rules) {
		Map<String, Policy> all = load(compile(mode, rules), Map.of());
		if (all.size() != 1) {
			throw new AssertionError("expected one policy, got " + all.keySet());
		}
		return all.values().iterator().next();
	}
}
