package org.privacy.check;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * What the CLI's reports read, made by hand for tests outside the engine's package: the engine builds these only
 * while it checks, so their constructors and mutators are not public.
 */
public final class ReportInputs {
	private ReportInputs() {
	}

	/** Findings, at most {@code inMemory} of them in memory (the rest in sorted runs on disk). */
	public static Findings findings(Iterable<LocatedFinding> list, int inMemory) {
		Findings findings = new Findings(inMemory);
		list.forEach(findings::add);
		return findings;
	}

	/** Data problems, at most {@code inMemory} of them in memory. */
	public static SpillList<DataProblem> problems(Iterable<DataProblem> list, int inMemory) {
		SpillList<DataProblem> problems = new SpillList<>(DataProblem.ORDER, DataProblem.CODEC, inMemory);
		list.forEach(problems::add);
		return problems;
	}

	/** The counts of one entity. */
	public static EntityCounts counts(int read, int checked, int rejected) {
		EntityCounts counts = new EntityCounts();
		for (int i = 0; i < read; i++) {
			counts.countRead();
		}
		for (int i = 0; i < checked; i++) {
			counts.countChecked();
		}
		for (int i = 0; i < rejected; i++) {
			counts.countRejected();
		}
		return counts;
	}

	/** Texts in sorted runs on disk, one a run: what a report's findings leave in the run folder until closed. */
	public static SpillList<String> textsOnDisk(List<String> texts) {
		SpillList<String> runs = new SpillList<>(Comparator.<String>naturalOrder(), new SpillList.Codec<String>() {
			@Override
			public void write(DataOutputStream out, String value) throws IOException {
				out.writeUTF(value);
			}

			@Override
			public String read(DataInputStream in) throws IOException {
				return in.readUTF();
			}
		}, 1);
		texts.forEach(runs::add);
		return runs;
	}
}
