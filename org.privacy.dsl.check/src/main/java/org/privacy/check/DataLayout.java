package org.privacy.check;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which files hold which entity's records. A {@code .jsonl}, {@code .json} or {@code .csv} file belongs to the entity
 * {@link EntityFiles} names for it ({@code MessageSend.jsonl}, {@code message-send.csv},
 * {@code Prospect/part-0001.jsonl}), a rule the Spark check shares. Other data-looking files are listed as ignored.
 */
record DataLayout(List<DataFile> files, List<String> ignored, List<DataProblem> unread) {

	/**
	 * The layout of the data under {@code data}; file names in reports are relative to {@code base} when the file is
	 * inside it, else to the data path. An entry named like an entity's data that cannot be read (a named pipe, a
	 * link to nothing) is a data problem in {@link #unread()}: a check must not pass with data left unread. Other
	 * entries passed over are noted on {@code notes}.
	 */
	static DataLayout of(Path base, Path data, Collection<String> entities, PrintWriter notes) {
		EntityFiles entityFiles = EntityFiles.of(entities);
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
			} else if (entityFiles.entityOf(dataRoot.relativize(file)) == null) {
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
			String entity = entityFiles.entityOf(dataRoot.relativize(file));
			if (entity == null) {
				ignored.add(name);
			} else {
				files.add(new DataFile(file, name, entity, format));
			}
		}
		return new DataLayout(List.copyOf(files), List.copyOf(ignored), List.copyOf(unread));
	}
}
