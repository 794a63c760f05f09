package org.privacy.cli.files;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import org.privacy.check.FileTree;
import org.privacy.cli.exit.UsageException;

/** Finds the rule files to compile: files named on the command line, and every {@code *.privacy} under folders. */
public final class RuleFiles {
	private RuleFiles() {
	}

	/**
	 * The rule files of {@code paths}, each folder's sorted by relative path; a usage error if there are none, or if
	 * a {@code *.privacy} entry cannot be read (rules left out would make a check pass that should not). Entries read
	 * under another name (a link loop, a second link to a folder) and entries that may have been folders are
	 * noted on {@code notes}.
	 */
	public static List<Path> find(List<Path> paths, PrintWriter notes) {
		return find(paths, (folder, file) -> false, notes);
	}

	/**
	 * The same, leaving out the files found under a named folder for which {@code skip} (named folder, file) holds;
	 * files named themselves are never left out.
	 */
	public static List<Path> find(List<Path> paths, BiPredicate<Path, Path> skip, PrintWriter notes) {
		Set<Path> seen = new LinkedHashSet<>();
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				throw new UsageException(Files.isSymbolicLink(path) ? path + " is a link to nothing"
						: "no such file or folder: " + path);
			}
			FileTree.Listing listing = FileTree.list(path);
			for (FileTree.Skipped skipped : listing.skipped()) {
				boolean rules = FileTree.extension(skipped.path()).equals("privacy") && !skip.test(path, skipped.path());
				if (rules && !skipped.readElsewhere()) {
					throw new UsageException("cannot read the rule file " + skipped.path() + ": " + skipped.reason());
				}
				if (skipped.readElsewhere() || FileTree.extension(skipped.path()).isEmpty()) {
					// a folder, or what may have been one; other files are no rules, whatever they are
					notes.println("privacy: note: skipped " + skipped.path() + ": " + skipped.reason());
				}
			}
			for (Path file : listing.files()) {
				boolean named = file.equals(path);
				if ((named || FileTree.extension(file).equals("privacy") && !skip.test(path, file))
						&& seen.add(realPath(file))) {
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

	/** One name per file, whatever the links and {@code ..} that lead to it: a file named twice is compiled once. */
	private static Path realPath(Path file) {
		try {
			return file.toRealPath();
		} catch (IOException e) {
			return file.toAbsolutePath().normalize();
		}
	}
}
