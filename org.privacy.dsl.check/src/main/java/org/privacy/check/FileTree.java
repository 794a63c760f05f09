package org.privacy.check;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lists the files under a folder in a stable order. Symbolic links are followed (a folder that is a link is read as
 * the folder it points to); hidden files and folders (names starting with a dot) are skipped without being opened,
 * so an unreadable {@code .git} or {@code .cache} cannot stop a run. What cannot be read is never passed over in
 * silence: an unreadable folder is a usage error naming it, and entries that are not files (a named pipe, a device,
 * a link to nothing, a link back to a folder above it, a second name of a file already listed) are returned with
 * the reason, for the command to report.
 */
public final class FileTree {
	private FileTree() {
	}

	/** What a walk found: the regular files, sorted by relative path, and the entries it did not read. */
	public record Listing(List<Path> files, List<Skipped> skipped) {
	}

	/**
	 * An entry under the folder that is not read, and why, in words for a note; {@code readElsewhere} when what it
	 * holds is read under another name (a loop, a second name), so that nothing is lost by skipping it.
	 */
	public record Skipped(Path path, String reason, boolean readElsewhere) {
	}

	/** The regular files under {@code root} (or {@code root} itself if it is a file), sorted by relative path. */
	public static List<Path> files(Path root) {
		return list(root).files();
	}

	/** The files under {@code root} and the entries passed over; a usage error if a folder cannot be read. */
	public static Listing list(Path root) {
		if (Files.isRegularFile(root)) {
			return new Listing(List.of(root), List.of());
		}
		if (Files.exists(root) && !Files.isDirectory(root)) {
			// reading a named pipe would wait for a writer forever
			throw new CheckException(root + " is neither a file nor a folder (a named pipe, a socket or a device)");
		}
		Walk walk = new Walk(root);
		walk.folder(root, attributes(root));
		walk.files.sort(Comparator.comparing(p -> slashed(root.relativize(p))));
		return new Listing(List.copyOf(walk.files), List.copyOf(walk.skipped));
	}

	/** One walk: what it found, and the folders and files it has seen, to stop at loops and second names. */
	private static final class Walk {
		final Path root;
		final List<Path> files = new ArrayList<>();
		final List<Skipped> skipped = new ArrayList<>();
		final Map<Object, Path> seen = new HashMap<>();

		Walk(Path root) {
			this.root = root;
		}

		void folder(Path folder, BasicFileAttributes attributes) {
			if (attributes != null && attributes.fileKey() != null) {
				seen.put(attributes.fileKey(), folder);
			}
			List<Path> entries = new ArrayList<>();
			try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
				stream.forEach(entries::add);
			} catch (IOException | RuntimeException e) {
				throw new CheckException("cannot read the folder " + folder + ": " + describe(e));
			}
			entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
			for (Path entry : entries) {
				if (entry.getFileName().toString().startsWith(".")) {
					continue; // hidden: documented as skipped, and not even opened
				}
				entry(entry);
			}
		}

		private void entry(Path entry) {
			BasicFileAttributes attributes;
			try {
				attributes = Files.readAttributes(entry, BasicFileAttributes.class);
			} catch (NoSuchFileException e) {
				if (Files.isSymbolicLink(entry)) {
					skipped.add(new Skipped(entry, "a link to a file or folder that does not exist", false));
				}
				return; // else deleted while we read the folder
			} catch (IOException e) {
				skipped.add(new Skipped(entry, "cannot be read: " + describe(e), false));
				return;
			}
			Object key = attributes.fileKey();
			Path first = key == null ? null : seen.get(key);
			if (attributes.isDirectory()) {
				if (first != null) {
					skipped.add(new Skipped(entry, first.equals(root) || entry.startsWith(first)
							? "a link back to " + first + " (a loop)"
							: "the same folder as " + first + ", read once", true));
					return;
				}
				folder(entry, attributes);
			} else if (attributes.isRegularFile()) {
				if (first != null) {
					skipped.add(new Skipped(entry, "the same file as " + first + ", read once", true));
					return;
				}
				if (key != null) {
					seen.put(key, entry);
				}
				files.add(entry);
			} else {
				skipped.add(new Skipped(entry, "not a regular file (a named pipe, a socket or a device)", false));
			}
		}
	}

	private static BasicFileAttributes attributes(Path folder) {
		try {
			return Files.readAttributes(folder, BasicFileAttributes.class);
		} catch (IOException e) {
			throw new CheckException("cannot read the folder " + folder + ": " + describe(e));
		}
	}

	/** A relative path with {@code /} between names, whatever the platform: for reports and sorting. */
	public static String slashed(Path relative) {
		StringBuilder b = new StringBuilder();
		for (Path name : relative) {
			if (b.length() > 0) {
				b.append('/');
			}
			b.append(name);
		}
		return b.toString();
	}

	/** The file name without its last extension: {@code MessageSend} for {@code MessageSend.jsonl}. */
	public static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	/** The last extension in lower case, without the dot, or an empty string. */
	public static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
	}

	private static String describe(Exception e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
			return fileSystem.getReason();
		}
		Throwable cause = e.getCause() != null && e instanceof java.io.UncheckedIOException ? e.getCause() : e;
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}
}
