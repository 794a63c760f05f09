package org.privacy.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.privacy.dsl.compiler.EntityModel;
import org.privacy.runtime.Mask;
import org.privacy.runtime.Values;

/**
 * Reads every data file of a {@link DataLayout} into a {@link DataSet}. Bad data never stops the run: each line or
 * row that cannot be a record, and each record whose key another record of the same entity already has, becomes a
 * {@link DataProblem} and reading goes on.
 */
final class DataLoader {
	private final Map<String, EntityModel> entities;
	private final boolean revealPersonalData;

	DataLoader(Map<String, EntityModel> entities, boolean revealPersonalData) {
		this.entities = entities;
		this.revealPersonalData = revealPersonalData;
	}

	DataSet load(List<DataFile> files) {
		DataSet data = new DataSet();
		for (DataFile file : files) {
			read(file, data);
		}
		return data;
	}

	private void read(DataFile file, DataSet data) {
		RecordSink sink = new FileSink(file, data);
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()))) {
			file.format().reader().read(in, sink);
		} catch (IOException e) {
			sink.fileProblem(1, "cannot read the file: " + AtomicFiles.describe(e));
		}
	}

	/** Where one file's records and problems go. */
	private final class FileSink implements RecordSink {
		private final DataFile file;
		private final DataSet data;
		private final EntityCounts counts;
		private final EntityModel.FieldModel keyField;

		FileSink(DataFile file, DataSet data) {
			this.file = file;
			this.data = data;
			this.counts = data.counts(file.entity());
			EntityModel entity = entities.get(file.entity());
			this.keyField = entity == null || entity.keyField() == null ? null : entity.field(entity.keyField());
		}

		@Override
		public void record(Map<String, Object> values, int line) {
			counts.countRead();
			DataRecord record = new DataRecord(values, file.name(), line);
			String key = keyField == null ? null : Values.key(record.get(keyField.name()));
			DataRecord first = data.add(file.entity(), record, key == null || key.isEmpty() ? null : key);
			if (first != null) {
				counts.countRejected();
				String shown = keyField.personal() && !revealPersonalData ? Mask.mask(key) : key;
				data.problem(new DataProblem(file.name(), line, file.entity() + " key '" + keyField.name() + "' \""
						+ shown + "\" is already used by the record at " + first.location()
						+ "; this record is not checked"));
			}
		}

		@Override
		public void rejected(int line, String message) {
			counts.countRead();
			counts.countRejected();
			data.problem(new DataProblem(file.name(), line, message));
		}

		@Override
		public void fileProblem(int line, String message) {
			data.problem(new DataProblem(file.name(), line, message));
		}
	}
}
