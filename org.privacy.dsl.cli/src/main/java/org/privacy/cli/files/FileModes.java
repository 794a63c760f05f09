package org.privacy.cli.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

import org.privacy.check.RunFolder;

/**
 * The permissions a written file ends with. Temporary files are created readable by their owner only (they may hold
 * personal data while they are written); just before one is renamed into place it gets the mode the user expects: a
 * rewritten file keeps its mode (and its owner and group where the process may set them), a new file gets what the
 * umask gives ({@code 0644} under umask {@code 022}), as a file created by any other tool would.
 */
public final class FileModes {
	private static Set<PosixFilePermission> newFileMode;

	private FileModes() {
	}

	/** Gives {@code temporary} the mode of {@code target} if it exists, else the mode of a new file. */
	public static void prepare(Path temporary, Path target) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
		if (view == null) {
			return; // not a POSIX file system: nothing to carry over
		}
		if (Files.exists(target)) {
			PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
			view.setPermissions(old.permissions());
			try {
				view.setGroup(old.group());
				view.setOwner(old.owner());
			} catch (IOException | UnsupportedOperationException e) {
				// only a privileged process may give a file away: the mode is what matters to others
			}
		} else {
			view.setPermissions(newFileMode());
		}
	}

	/** {@code rw-rw-rw-} less the umask of the process. */
	public static synchronized Set<PosixFilePermission> newFileMode() throws IOException {
		if (newFileMode == null) {
			newFileMode = probe();
		}
		return newFileMode;
	}

	private static Set<PosixFilePermission> probe() throws IOException {
		Integer umask = umaskFromProc();
		if (umask != null) {
			Set<PosixFilePermission> mode = EnumSet.noneOf(PosixFilePermission.class);
			PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ (0400) ... OTHERS_EXECUTE (0001)
			for (int i = 0; i < bits.length; i++) {
				int bit = 1 << (bits.length - 1 - i);
				if ((0666 & ~umask & bit) != 0) {
					mode.add(bits[i]);
				}
			}
			return mode;
		}
		// no /proc: create a file the plain way, in the private run folder, and see what mode it got
		Path probe = RunFolder.get().resolve("umask-probe");
		Files.deleteIfExists(probe);
		Files.createFile(probe);
		try {
			return Files.getPosixFilePermissions(probe, LinkOption.NOFOLLOW_LINKS);
		} finally {
			Files.deleteIfExists(probe);
		}
	}

	private static Integer umaskFromProc() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
				if (line.startsWith("Umask:")) {
					return Integer.parseInt(line.substring("Umask:".length()).strip(), 8);
				}
			}
		} catch (IOException | RuntimeException e) {
			// not Linux, or an old kernel
		}
		return null;
	}
}
