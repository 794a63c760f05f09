package org.privacy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the {@code privacy} command in-process, with its output captured, and finds the repository's files. */
public final class Cli {
	private static final JsonMapper JSON = new JsonMapper();

	private Cli() {
	}

	/** What one run printed and returned. */
	public record Run(int exitCode, String out, String err) {
		public JsonNode json() {
			return JSON.readTree(out);
		}
	}

	public static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = PrivacyCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
		return new Run(exitCode, out.toString(), err.toString());
	}

	/** The repository root: the {@code privacy.repoRoot} property the build sets, or the folder above us with the example. */
	public static Path repoRoot() {
		String property = System.getProperty("privacy.repoRoot");
		if (property != null && Files.isDirectory(Path.of(property, "examples", "canal-plus"))) {
			return Path.of(property).toAbsolutePath().normalize();
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("examples/canal-plus"))) {
				return dir;
			}
		}
		throw new IllegalStateException("cannot find examples/canal-plus above " + Path.of("").toAbsolutePath());
	}

	/** The given fields of each element of a JSON array, as tuples to compare with AssertJ. */
	public static List<Tuple> rows(JsonNode array, String... fields) {
		List<Tuple> rows = new ArrayList<>();
		for (JsonNode item : array) {
			Object[] values = new Object[fields.length];
			for (int i = 0; i < fields.length; i++) {
				values[i] = item.get(fields[i]).asString();
			}
			rows.add(Tuple.tuple(values));
		}
		return rows;
	}

	public static Path canalPlus() {
		return repoRoot().resolve("examples/canal-plus");
	}

	/** Writes files (relative path to content) under {@code dir}. */
	public static Path write(Path dir, Map<String, String> files) throws IOException {
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path path = dir.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			Files.writeString(path, file.getValue());
		}
		return dir;
	}
}
