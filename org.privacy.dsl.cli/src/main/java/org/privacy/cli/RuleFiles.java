package org.privacy.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/** Finds the rule files to compile: files named on the command line, and every {@code *.privacy} under folders. */
final class RuleFiles {
	private RuleFiles() {
	}

	/** The rule files of {@code paths}, each folder's sorted by relative path; a usage error if there are none. */
	static List<Path> find(List<Path> paths) {
		return find(paths, (folder, file) -> false);
	}

	/**
	 * The same, leaving out the files found under a named folder for which {@code skip} (named folder, file) holds;
	 * files named themselves are never left out.
	 */
	static List<Path> find(List<Path> paths, BiPredicate<Path, Path> skip) {
		Set<Path> seen = new LinkedHashSet<>();
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				throw new UsageException("no such file or folder: " + path);
			}
			for (Path file : FileTree.files(path)) {
				boolean named = file.equals(path);
				if ((named || FileTree.extension(file).equals("privacy") && !skip.test(path, file))
						&& seen.add(file.toAbsolutePath().normalize())) {
					files.add(file);
				}
			}
		}
		if (files.isEmpty()) {
			List<String> names = paths.stream().map(Path::toString).toList();
			throw new UsageException("no .privacy rule files in " + String.join(", ", names));
		}
		return files;
	}
}
