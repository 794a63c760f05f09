package org.privacy.cli.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.privacy.check.RunFolder;

/**
 * Writes generated Java sources as {@code <package path>/<Class>.java} under an output folder. The files are written
 * in a staging folder beside it first and then moved in, so a failure never leaves half-written sources behind.
 */
public final class SourceWriter {
	private SourceWriter() {
	}

	/** Where the source of a class goes under the output folder: {@code com/acme/Policy.java}. */
	public static String relativePath(String className) {
		return className.replace('.', '/') + ".java";
	}

	/** Writes {@code sources} (class name to source) under {@code out}; returns the relative paths written. */
	public static List<String> write(Map<String, String> sources, Path out) throws IOException {
		Path target = out.toAbsolutePath().normalize();
		// beside the output folder, on its file system, so that moving in is a rename; in it if it is a root
		Path parent = target.getParent() == null ? target : target.getParent();
		Files.createDirectories(parent);
		Path staging = Files.createTempDirectory(parent, ".privacy-compile-");
		try {
			RunFolder.track(staging);
			List<String> written = new ArrayList<>();
			for (Map.Entry<String, String> source : sources.entrySet()) {
				String relative = relativePath(source.getKey());
				Path file = staging.resolve(relative);
				Files.createDirectories(file.getParent());
				Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
				written.add(relative);
			}
			Files.createDirectories(target);
			for (String relative : written) {
				Path destination = target.resolve(relative);
				Files.createDirectories(destination.getParent());
				FileModes.prepare(staging.resolve(relative), destination);
				AtomicFiles.move(staging.resolve(relative), destination);
			}
			return written;
		} finally {
			AtomicFiles.deleteTree(staging);
			RunFolder.untrack(staging);
		}
	}
}
