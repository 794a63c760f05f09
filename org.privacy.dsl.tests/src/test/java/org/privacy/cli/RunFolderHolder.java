package org.privacy.cli;

import java.nio.file.Path;
import java.util.List;

import org.privacy.check.LookupStore;
import org.privacy.check.RecordCodec;
import org.privacy.check.ReportInputs;
import org.privacy.check.RunFolder;
import org.privacy.check.SpillList;
import org.privacy.cli.files.AtomicFiles;

/**
 * A stand-in for a {@code privacy check} caught in the middle, for {@link TemporaryFilesTest}, run in a child JVM:
 * it holds look-ups on disk, a sorted run of a report and a report's temporary file beside it (what a killed check
 * would leave), prints {@code ready <run folder>}, then sleeps until it is killed, or with {@code throw} ends with an
 * uncaught exception.
 */
public final class RunFolderHolder {
	private RunFolderHolder() {
	}

	public static void main(String[] args) throws Exception {
		LookupStore store = LookupStore.open(LookupStore.Placement.DISK);
		store.addKeyed("Prospect", "p1", RecordCodec.encode(java.util.Map.of("email", "jane@example.com"),
				"data/Prospect.jsonl:1"));
		SpillList<String> runs = ReportInputs.textsOnDisk(List.of("jane@example.com", "john@example.com"));
		AtomicFiles.write(Path.of(args[1]).resolve("report.txt"), out -> {
			out.println("jane@example.com");
			out.flush();
			System.out.println("ready " + RunFolder.get());
			System.out.flush();
			if (args[0].equals("throw")) {
				throw new IllegalStateException("the run fails");
			}
			try {
				Thread.sleep(600_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
	}
}
