package org.privacy.check;

import java.util.Comparator;

/**
 * Data that could not become a record to check (a line that is not JSON, a CSV row with the wrong number of cells,
 * a duplicate key) or a file that could not be read to its end. The message never quotes the data.
 */
public record DataProblem(String file, int line, String message) {

	/** Writes problems to the disk runs of a {@link SpillList} and reads them back. */
	static final SpillList.Codec<DataProblem> CODEC = new SpillList.Codec<>() {
		@Override
		public void write(java.io.DataOutputStream out, DataProblem problem) throws java.io.IOException {
			RecordCodec.writeString(out, problem.file());
			out.writeInt(problem.line());
			RecordCodec.writeString(out, problem.message());
		}

		@Override
		public DataProblem read(java.io.DataInputStream in) throws java.io.IOException {
			return new DataProblem(RecordCodec.readString(in), in.readInt(), RecordCodec.readString(in));
		}
	};

	/** By file, then line. */
	public static final Comparator<DataProblem> ORDER = Comparator.comparing(DataProblem::file)
			.thenComparingInt(DataProblem::line).thenComparing(DataProblem::message);

	/** {@code file:line}, or the file (or folder) alone for a problem of no line. */
	public String location() {
		return line <= 0 ? file : file + ":" + line;
	}
}
