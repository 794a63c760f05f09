package org.privacy.cli.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.privacy.check.RunFolder;
import org.privacy.dsl.compiler.GeneratedSources;

/**
 * Writes generated Java sources as {@code <package path>/<Class>.java} under an output folder, as the compiler's
 * {@link GeneratedSources} plans (the Maven plugin follows the same plan): sources whose file differs are written,
 * unchanged ones kept, stale generated ones deleted. The files are written in a staging folder beside it first and
 * then moved in, so a failure never leaves half-written sources behind.
 */
public final class SourceWriter {
	private SourceWriter() {
	}

	/** Where the source of a class goes under the output folder: {@code com/acme/Policy.java}. */
	public static String relativePath(String className) {
		return GeneratedSources.relativePath(className);
	}

	/**
	 * Writes {@code sources} (class name to source) under {@code out} and deletes the stale generated sources; returns
	 * the relative paths of every source, written or already up to date.
	 */
	public static List<String> write(Map<String, String> sources, Path out) throws IOException {
		Path target = out.toAbsolutePath().normalize();
		GeneratedSources.Plan plan = GeneratedSources.plan(sources, target);
		// beside the output folder, on its file system, so that moving in is a rename; in it if it is a root
		Path parent = target.getParent() == null ? target : target.getParent();
		Files.createDirectories(parent);
		Path staging = Files.createTempDirectory(parent, ".privacy-compile-");
		try {
			RunFolder.track(staging);
			List<String> written = new ArrayList<>();
			for (Map.Entry<String, byte[]> source : plan.toWrite().entrySet()) {
				String relative = source.getKey();
				Path file = staging.resolve(relative);
				Files.createDirectories(file.getParent());
				Files.write(file, source.getValue());
				written.add(relative);
			}
			Files.createDirectories(target);
			for (String relative : written) {
				Path destination = target.resolve(relative);
				Files.createDirectories(destination.getParent());
				FileModes.prepare(staging.resolve(relative), destination);
				AtomicFiles.move(staging.resolve(relative), destination);
			}
			for (Path stale : plan.stale()) {
				Files.delete(stale);
			}
			return plan.sources();
		} finally {
			AtomicFiles.deleteTree(staging);
			RunFolder.untrack(staging);
		}
	}
}
