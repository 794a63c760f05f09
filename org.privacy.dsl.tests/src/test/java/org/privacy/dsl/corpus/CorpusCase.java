package org.privacy.dsl.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case of the corpus: a {@code .privacy} file compiled alone, or a folder whose files are compiled together (a
 * rule set of several files). Named by its path under the corpus folder, e.g. {@code bad/rules/missing-basis.privacy}.
 */
record CorpusCase(String name, Path path, List<Path> files) {

	private static final String EXTENSION = ".privacy";

	@Override
	public String toString() {
		return name;
	}

	/** The cases of {@code <corpus>/<kind>}: every file and folder directly inside its feature folders. */
	static List<CorpusCase> casesOf(Path corpus, String kind) {
		List<CorpusCase> cases = new ArrayList<>();
		for (Path feature : children(corpus.resolve(kind))) {
			if (!Files.isDirectory(feature)) {
				continue;
			}
			for (Path entry : children(feature)) {
				if (Files.isDirectory(entry) || entry.toString().endsWith(EXTENSION)) {
					cases.add(new CorpusCase(corpus.relativize(entry).toString().replace('\\', '/'), entry,
							privacyFiles(entry)));
				}
			}
		}
		return cases;
	}

	/** The feature a case belongs to: the folder under {@code good} or {@code bad}. */
	String feature() {
		return name.split("/")[1];
	}

	/** A file of this case named by its path under the corpus folder, for messages. */
	String nameOf(Path file) {
		if (file.equals(path)) {
			return name;
		}
		return name + "/" + path.relativize(file).toString().replace('\\', '/');
	}

	private static List<Path> privacyFiles(Path entry) {
		if (!Files.isDirectory(entry)) {
			return List.of(entry.toAbsolutePath().normalize());
		}
		try (Stream<Path> walk = Files.walk(entry)) {
			return walk.filter(p -> p.toString().endsWith(EXTENSION)).map(p -> p.toAbsolutePath().normalize())
					.sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<Path> children(Path folder) {
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
