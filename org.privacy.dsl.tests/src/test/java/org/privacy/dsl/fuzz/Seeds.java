package org.privacy.dsl.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.privacy.dsl.tests.PrivacyTestSupport;

/**
 * The rule sets mutations start from: the Canal+ example (its files compiled together) and every case of the test
 * corpus, good and bad (a folder case is one set). Files too large to be worth mutating (the 20,000-parenthesis file)
 * are left out: the limits test covers them.
 */
final class Seeds {

	private static final int MAX_SEED_CHARS = 20_000;

	private Seeds() {
	}

	static List<RuleSet> all() {
		Path root = PrivacyTestSupport.repoRoot();
		List<RuleSet> seeds = new ArrayList<>();
		seeds.add(folder(root, root.resolve("examples/canal-plus/rules")));
		Path corpus = root.resolve("org.privacy.dsl.tests/src/test/resources/corpus");
		for (String kind : List.of("good", "bad")) {
			for (Path feature : list(corpus.resolve(kind))) {
				for (Path entry : list(feature)) {
					if (Files.isDirectory(entry) || entry.toString().endsWith(".privacy")) {
						seeds.add(folder(root, entry));
					}
				}
			}
		}
		seeds.removeIf(s -> s.files().isEmpty() || s.size() > MAX_SEED_CHARS);
		return seeds;
	}

	/** A file, or the {@code .privacy} files under a folder, as one set named by its path in the repository. */
	private static RuleSet folder(Path root, Path entry) {
		List<RuleSet.RuleFile> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(entry)) {
			for (Path file : walk.filter(p -> p.toString().endsWith(".privacy")).sorted().toList()) {
				String name = Files.isDirectory(entry) ? entry.relativize(file).toString().replace('\\', '_')
						.replace('/', '_') : file.getFileName().toString();
				files.add(new RuleSet.RuleFile(name, Files.readString(file)));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new RuleSet(root.relativize(entry).toString().replace('\\', '/'), files);
	}

	private static List<Path> list(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> list = Files.list(folder)) {
			return list.sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
