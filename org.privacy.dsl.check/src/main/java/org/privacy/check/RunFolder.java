package org.privacy.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The private folder of one {@code privacy} process, where temporary files go: look-ups kept on disk (whole records,
 * personal data included) and the sorted runs of large reports. It is created on first use in the system's
 * temporary folder with mode 0700 (its files are 0600), and deleted with everything in it when the process ends in
 * any way that runs code: normal end, error, exception, SIGINT or SIGTERM (a shutdown hook). A process killed with
 * SIGKILL cannot clean up; its folder is named with its process id and start time, so the next run, which
 * {@linkplain #deleteStale() deletes stale folders}, can tell that the process is gone and delete it.
 * <p>
 * Temporary files that must sit elsewhere (a report's temporary file beside it, for the atomic rename; the staging
 * folder of generated sources) are {@linkplain #track(Path) tracked}: the hook deletes them, and their paths are
 * listed in the run folder so that the next run deletes those of a killed run too.
 */
public final class RunFolder {
	private static final String PREFIX = "privacy-run-";
	private static final String OUTSIDE_LIST = "outside.txt";

	private static Path folder;
	private static final Set<Path> outside = new LinkedHashSet<>();

	private RunFolder() {
	}

	/** The run's folder, created (0700) on first use. */
	public static synchronized Path get() throws IOException {
		if (folder == null) {
			Path parent = parent();
			Files.createDirectories(parent);
			String name = PREFIX + ProcessHandle.current().pid() + "-" + startMillis(ProcessHandle.current()) + "-";
			folder = isPosix() ? Files.createTempDirectory(parent, name, ownerOnly("rwx------"))
					: Files.createTempDirectory(parent, name);
			Runtime.getRuntime().addShutdownHook(new Thread(RunFolder::deleteAll, "privacy-cleanup"));
		}
		return folder;
	}

	/** A new empty file in the run's folder, readable and writable by its owner only. */
	public static Path newFile(String prefix, String suffix) throws IOException {
		Path in = get();
		return isPosix() ? Files.createTempFile(in, prefix, suffix, ownerOnly("rw-------"))
				: Files.createTempFile(in, prefix, suffix);
	}

	/**
	 * Remembers a temporary file or folder outside the run folder, to be deleted if the run ends before its owner
	 * deletes or renames it. Its name must start with a dot, as {@link #isOurs(Path)} checks.
	 */
	public static void track(Path temporary) throws IOException {
		Path absolute = temporary.toAbsolutePath().normalize();
		Path list = get().resolve(OUTSIDE_LIST);
		synchronized (RunFolder.class) {
			outside.add(absolute);
			Files.writeString(list, absolute + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
	}

	/** Forgets a tracked file once its owner has renamed or deleted it. */
	public static synchronized void untrack(Path temporary) {
		outside.remove(temporary.toAbsolutePath().normalize());
	}

	/**
	 * Deletes the run folders (and the files they list) of {@code privacy} processes that are gone: killed before
	 * they could clean up. Folders of running processes, and anything that cannot be read or deleted, are left.
	 */
	public static void deleteStale() {
		Path parent = parent();
		if (!Files.isDirectory(parent)) {
			return;
		}
		try (DirectoryStream<Path> runs = Files.newDirectoryStream(parent, PREFIX + "*")) {
			for (Path run : runs) {
				if (!run.equals(folder) && isStale(run.getFileName().toString())
						&& Files.isDirectory(run, LinkOption.NOFOLLOW_LINKS) && isMine(run)) {
					deleteRun(run);
				}
			}
		} catch (IOException | RuntimeException e) {
			// cleaning up after others must never stop this run
		}
	}

	/** Whether the run named {@code name} ({@code privacy-run-<pid>-<start>-<random>}) belongs to a process that is gone. */
	public static boolean isStale(String name) {
		String[] parts = name.substring(PREFIX.length()).split("-", 3);
		if (parts.length < 3) {
			return false;
		}
		long pid;
		long start;
		try {
			pid = Long.parseLong(parts[0]);
			start = Long.parseLong(parts[1]);
		} catch (NumberFormatException e) {
			return false;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid);
		if (process.isEmpty() || !process.get().isAlive()) {
			return true;
		}
		// the id may have been given to another process since: then its start time differs
		long started = startMillis(process.get());
		return start != 0 && started != 0 && started != start;
	}

	private static void deleteRun(Path run) {
		try {
			Path list = run.resolve(OUTSIDE_LIST);
			if (Files.isRegularFile(list)) {
				for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
					if (!line.isBlank()) {
						deleteOutside(Path.of(line));
					}
				}
			}
			FileProblems.deleteTree(run);
		} catch (IOException | RuntimeException e) {
			// another run may be deleting it too, or it is not ours to delete
		}
	}

	private static synchronized void deleteAll() {
		for (Path path : List.copyOf(outside)) {
			deleteOutside(path);
		}
		outside.clear();
		if (folder != null) {
			for (int attempt = 0; attempt < 3 && Files.exists(folder); attempt++) {
				try {
					FileProblems.deleteTree(folder); // a thread still running may add a file meanwhile: try again
				} catch (IOException | RuntimeException e) {
					// the process is ending: nothing more can be done
				}
			}
		}
	}

	private static void deleteOutside(Path path) {
		if (!isOurs(path)) {
			return;
		}
		try {
			FileProblems.deleteTree(path);
		} catch (IOException | RuntimeException e) {
			// the process is ending or the file is gone: nothing more can be done
		}
	}

	/** Only names our temporary files have ({@code .report.json-123.tmp}, {@code .privacy-compile-123}). */
	private static boolean isOurs(Path path) {
		Path name = path.getFileName();
		if (name == null) {
			return false;
		}
		String text = name.toString();
		return text.startsWith(".privacy-compile-") || text.startsWith(".") && text.endsWith(".tmp");
	}

	private static Path parent() {
		return Path.of(System.getProperty("java.io.tmpdir"));
	}

	/** Whether this user owns the folder: another user's folder could list files we must not delete. */
	private static boolean isMine(Path run) {
		try {
			UserPrincipal me = run.getFileSystem().getUserPrincipalLookupService()
					.lookupPrincipalByName(System.getProperty("user.name"));
			return Files.getOwner(run, LinkOption.NOFOLLOW_LINKS).equals(me);
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	private static long startMillis(ProcessHandle process) {
		return process.info().startInstant().map(instant -> instant.toEpochMilli()).orElse(0L);
	}

	public static boolean isPosix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	private static FileAttribute<?> ownerOnly(String permissions) {
		return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
	}
}
