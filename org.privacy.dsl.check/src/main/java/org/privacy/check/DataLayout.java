package org.privacy.check;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which files hold which entity's records. A {@code .jsonl}, {@code .json} or {@code .csv} file belongs to an entity
 * when its base name is the entity's name ({@code MessageSend.jsonl}, {@code message-send.csv}: case, {@code -} and
 * {@code _} do not matter), or else when a folder between the data path and the file is named after the entity
 * ({@code Prospect/part-0001.jsonl}; the nearest such folder wins). Other data-looking files are listed as ignored.
 */
record DataLayout(List<DataFile> files, List<String> ignored, List<DataProblem> unread) {

	/**
	 * The layout of the data under {@code data}; file names in reports are relative to {@code base} when the file is
	 * inside it, else to the data path. An entry named like an entity's data that cannot be read (a named pipe, a
	 * link to nothing) is a data problem in {@link #unread()}: a check must not pass with data left unread. Other
	 * entries passed over are noted on {@code notes}.
	 */
	static DataLayout of(Path base, Path data, Collection<String> entities, PrintWriter notes) {
		Map<String, String> byName = new HashMap<>();
		for (String entity : entities) {
			byName.putIfAbsent(normalize(entity), entity);
		}
		Path absoluteBase = base.toAbsolutePath().normalize();
		Path absoluteData = data.toAbsolutePath().normalize();
		Path dataRoot = Files.isDirectory(absoluteData) ? absoluteData : absoluteData.getParent();
		List<DataFile> files = new ArrayList<>();
		List<String> ignored = new ArrayList<>();
		List<DataProblem> unread = new ArrayList<>();
		FileTree.Listing listing = FileTree.list(absoluteData);
		for (FileTree.Skipped skipped : listing.skipped()) {
			Path file = skipped.path();
			String name = FileTree.slashed((file.startsWith(absoluteBase) ? absoluteBase : dataRoot).relativize(file));
			if (skipped.readElsewhere() || DataFormat.of(file) == null) {
				notes.println("privacy: note: skipped " + name + ": " + skipped.reason());
			} else if (entityOf(dataRoot.relativize(file), byName) == null) {
				ignored.add(name);
			} else {
				unread.add(new DataProblem(name, 1, "the file was not read: " + skipped.reason()));
			}
		}
		for (Path file : listing.files()) {
			DataFormat format = DataFormat.of(file);
			if (format == null) {
				continue;
			}
			String name = FileTree.slashed((file.startsWith(absoluteBase) ? absoluteBase : dataRoot).relativize(file));
			String entity = entityOf(dataRoot.relativize(file), byName);
			if (entity == null) {
				ignored.add(name);
			} else {
				files.add(new DataFile(file, name, entity, format));
			}
		}
		return new DataLayout(List.copyOf(files), List.copyOf(ignored), List.copyOf(unread));
	}

	private static String entityOf(Path relative, Map<String, String> byName) {
		String byFileName = byName.get(normalize(FileTree.baseName(relative)));
		if (byFileName != null) {
			return byFileName;
		}
		for (Path folder = relative.getParent(); folder != null; folder = folder.getParent()) {
			String byFolder = byName.get(normalize(folder.getFileName().toString()));
			if (byFolder != null) {
				return byFolder;
			}
		}
		return null;
	}

	private static String normalize(String name) {
		return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
	}
}
