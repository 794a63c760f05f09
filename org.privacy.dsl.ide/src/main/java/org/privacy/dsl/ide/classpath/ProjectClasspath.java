package org.privacy.dsl.ide.classpath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Where the application's compiled classes are, so that entities {@code bound to} its classes resolve in the editor:
 * {@code target/classes} and {@code target/dependency/*.jar} of each workspace folder with a Maven layout, and the
 * entries of the initialization option {@code {"privacy": {"classpath": ["/abs/dir-or.jar", ...]}}}.
 */
public final class ProjectClasspath {

	private ProjectClasspath() {
	}

	/** The class path of all workspace folders and the client's option, without duplicates, in that order. */
	public static List<Path> of(List<Path> workspaceFolders, Object initializationOptions) {
		Set<Path> entries = new LinkedHashSet<>();
		for (Path folder : workspaceFolders) {
			entries.addAll(mavenEntries(folder));
		}
		entries.addAll(configuredEntries(initializationOptions));
		return List.copyOf(entries);
	}

	/**
	 * {@code target/classes} and the jars in {@code target/dependency} (as {@code mvn dependency:copy-dependencies}
	 * leaves them) when {@code folder} has a {@code pom.xml}; nothing otherwise. {@code target/classes} is included
	 * even before the first compilation, so classes compiled later are found.
	 */
	public static List<Path> mavenEntries(Path folder) {
		if (folder == null || !Files.isRegularFile(folder.resolve("pom.xml"))) {
			return List.of();
		}
		List<Path> entries = new ArrayList<>();
		entries.add(folder.resolve("target").resolve("classes").toAbsolutePath().normalize());
		Path dependencies = folder.resolve("target").resolve("dependency");
		if (Files.isDirectory(dependencies)) {
			try (Stream<Path> jars = Files.list(dependencies)) {
				jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted()
						.forEach(p -> entries.add(p.toAbsolutePath().normalize()));
			} catch (IOException e) {
				// an unreadable folder adds nothing
			}
		}
		return entries;
	}

	/**
	 * The entries of {@code {"privacy": {"classpath": [...]}}} in the initialization options (a JSON object as the
	 * protocol library gives it); relative paths and entries that are not texts are ignored.
	 */
	public static List<Path> configuredEntries(Object initializationOptions) {
		if (!(initializationOptions instanceof JsonObject options)) {
			return List.of();
		}
		JsonElement privacy = options.get("privacy");
		if (privacy == null || !privacy.isJsonObject()) {
			return List.of();
		}
		JsonElement classpath = privacy.getAsJsonObject().get("classpath");
		if (classpath == null || !classpath.isJsonArray()) {
			return List.of();
		}
		List<Path> entries = new ArrayList<>();
		for (JsonElement element : (JsonArray) classpath) {
			if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
				Path path = Path.of(element.getAsString());
				if (path.isAbsolute()) {
					entries.add(path.normalize());
				}
			}
		}
		return entries;
	}
}
