package org.privacy.check;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which entity's records a data file holds, by its path under the data folder, for every reader of a data folder
 * (the check's, and the Spark module's {@code SparkReaders.folder}), so that one folder gives the same entities to
 * both. A file belongs to an entity when its base name (the name without its last extension:
 * {@code Prospect.2023.jsonl} is {@code Prospect.2023}) is the entity's name, ignoring case, {@code -} and {@code _}
 * ({@code MessageSend.jsonl}, {@code message-send.csv}, {@code message_send.jsonl}, {@code MESSAGESEND.csv}); or else
 * when a folder between the data folder and the file is named after the entity the same way
 * ({@code Prospect/part-0001.jsonl}; the nearest such folder wins). Which extensions are data is each reader's own.
 */
public final class EntityFiles {
	private final Map<String, String> byName = new HashMap<>();

	private EntityFiles(Collection<String> entities) {
		for (String entity : entities) {
			byName.putIfAbsent(normalize(entity), entity);
		}
	}

	/** The rule for the entities named, as declared ({@code MessageSend}). */
	public static EntityFiles of(Collection<String> entities) {
		return new EntityFiles(entities);
	}

	/** The entity whose records the file at {@code relative} (under the data folder) holds, or {@code null}. */
	public String entityOf(Path relative) {
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
