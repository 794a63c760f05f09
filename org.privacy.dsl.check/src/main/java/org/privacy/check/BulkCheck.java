package org.privacy.check;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.privacy.runtime.Context;
import org.privacy.runtime.DataModel;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Mask;
import org.privacy.runtime.RecordPolicy;
import org.privacy.runtime.Values;

/**
 * Runs the policies over data files of any size, streaming: memory holds the records being checked, not the data.
 * <ol>
 * <li>Records that other records refer to ({@link LookupPlan}) are read first into a {@link LookupStore}, in memory
 * or on disk.</li>
 * <li>Then every file is read once more, in batches of lines or records; with {@code jobs > 1} batches are parsed and
 * checked on that many threads, and their results committed in file order by the reading thread, so that the first
 * of two records with one key is the one checked and the report is the same for any number of jobs.</li>
 * </ol>
 * What stays in memory: at most {@value Findings#IN_MEMORY} findings and as many problems (more go to sorted runs on
 * disk), and 21 to 43 bytes a keyed record ({@link SeenKeys}; the keys themselves go to a {@link KeyLog}, in a
 * temporary file beyond {@value KeyLog#MEMORY_BYTES} bytes); record contents never stay.
 */
final class BulkCheck {
	/** The lines or records of a batch, at least (the lines of a block of JSON Lines go in one batch). */
	private static final int BATCH = 512;

	private final List<RecordPolicy> policies;
	private final Context context;
	private final DataModel entities;
	private final int jobs;
	private final LookupStore.Placement placement;
	private final Progress progress;

	private final Findings findings;
	private final SpillList<DataProblem> problems;
	/** A streaming report, or {@code null}: outcomes and problems go there as they are committed. */
	private final CheckListener stream;
	/** The records each rule judged, in rule order. */
	private final Map<String, RuleCounts> ruleCounts = new java.util.LinkedHashMap<>();
	private final Map<String, EntityCounts> counts = new TreeMap<>();
	private final Map<String, SeenKeys> seenKeys = new HashMap<>();
	/** For each entity, the fields its records keep ({@code null}: all of them); see {@link FieldLayout}. */
	private final Map<String, FieldLayout> layouts = new HashMap<>();
	/** The keys of every {@link SeenKeys} of the run, open while it checks. */
	private KeyLog keys;
	private long recordsDone;
	private long bytesDone;

	/**
	 * A check whose context says which outcomes validators report: satisfied and not-applicable ones are counted per
	 * rule whatever it says, kept as findings only when it asks for all of them. With a {@code stream}, findings are
	 * written there and only counted here.
	 */
	BulkCheck(List<RecordPolicy> policies, Context context, DataModel entities, int jobs,
			LookupStore.Placement placement, Progress progress, CheckListener stream) {
		this.policies = policies;
		this.context = context;
		this.entities = entities;
		this.jobs = jobs;
		this.placement = placement;
		this.progress = progress;
		this.stream = stream;
		this.findings = stream == null ? new Findings() : Findings.countingOnly();
		this.problems = new SpillList<>(DataProblem.ORDER, DataProblem.CODEC, Findings.IN_MEMORY);
		policies.forEach(policy -> policy.rules().forEach(rule -> ruleCounts.putIfAbsent(rule.id(), new RuleCounts())));
	}

	/** The fields the records of {@code entity} keep, or {@code null} for all of them. */
	private FieldLayout layout(String entity) {
		if (!layouts.containsKey(entity)) {
			layouts.put(entity, FieldLayout.of(entity, entities, policies));
		}
		return layouts.get(entity);
	}

	private void problem(DataProblem problem) {
		problems.add(problem);
		if (stream != null) {
			stream.problem(problem);
		}
	}

	/** The entities some rule is about, sorted. */
	Set<String> checkedEntities() {
		Set<String> checked = new TreeSet<>();
		policies.forEach(policy -> checked.addAll(policy.entities()));
		return checked;
	}

	/** Checks the records of {@code files}; {@code unread} are problems found before: files that cannot be read. */
	CheckResult run(List<DataFile> files, List<DataProblem> unread) throws IOException {
		try {
			unread.forEach(this::problem);
			return check(files);
		} catch (IOException | RuntimeException | Error e) {
			new CheckResult(findings, problems, counts, Set.of(), Map.of()).close();
			throw e;
		}
	}

	private CheckResult check(List<DataFile> files) throws IOException {
		LookupPlan plan = LookupPlan.of(entities);
		long storedSize = 0;
		long totalSize = 0;
		for (DataFile file : files) {
			long size = file.size();
			storedSize += plan.stores(file.entity()) ? size : 0;
			totalSize += size;
		}
		progress.expect(totalSize + storedSize); // the stored files are read twice
		LookupStore.Placement where = placement != LookupStore.Placement.AUTO ? placement
				: storedSize > PrivacyCheck.AUTO_DISK_MB * 1024L * 1024L ? LookupStore.Placement.DISK : LookupStore.Placement.MEMORY;
		ExecutorService workers = jobs > 1 ? Executors.newFixedThreadPool(jobs, BulkCheck::worker) : null;
		try (KeyLog keyLog = new KeyLog(); LookupStore store = LookupStore.open(where)) {
			keys = keyLog;
			Map<String, SeenKeys> storedKeys = new HashMap<>();
			for (DataFile file : files) {
				if (plan.stores(file.entity())) {
					// records found by their key: the store itself keeps the first of a key; the others need a table
					SeenKeys seen = plan.findsByKey(file.entity()) ? null
							: storedKeys.computeIfAbsent(file.entity(), e -> new SeenKeys(keyLog));
					new LookupFiller(plan, store, file, seen).fill();
				}
			}
			store.filled();
			Context withLookups = context.withLookup(store);
			for (int i = 0; i < files.size(); i++) {
				new FileCheck(files.get(i), i, files, withLookups, workers).run();
			}
		} finally {
			if (workers != null) {
				workers.shutdownNow();
			}
			progress.done();
		}
		return new CheckResult(findings, problems, Collections.unmodifiableMap(counts), checkedEntities(),
				Collections.unmodifiableMap(ruleCounts));
	}

	private static Thread worker(Runnable task) {
		Thread thread = new Thread(task, "privacy-check");
		thread.setDaemon(true);
		return thread;
	}

	private InputStream open(DataFile file) throws IOException {
		return new FilterInputStream(file.open()) {
			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int read = super.read(buffer, offset, length);
				if (read > 0) {
					bytesDone += read;
				}
				return read;
			}
		};
	}

	/** Pass one: stores the records of one file that look-ups may ask for. Problems are reported by pass two. */
	private final class LookupFiller implements RecordSink {
		private final LookupPlan plan;
		private final LookupStore store;
		private final DataFile file;
		private final String keyField;
		/**
		 * The keys of the entity's records stored so far, from this file and the ones before; {@code null} when the
		 * records are found by key, as the store refuses a second record with a key.
		 */
		private final SeenKeys seen;
		private int fileIndex;

		LookupFiller(LookupPlan plan, LookupStore store, DataFile file, SeenKeys seen) {
			this.plan = plan;
			this.store = store;
			this.file = file;
			this.seen = seen;
			this.keyField = plan.keyField(file.entity());
		}

		void fill() {
			fileIndex = store.file(file.name());
			try (InputStream in = open(file)) {
				file.format().reader().read(in, this);
			} catch (IOException e) {
				// reported when the file is read to be checked
			}
		}

		@Override
		public void record(Map<String, Object> values, int line) {
			if (keyField != null && !Values.isSingle(values.get(keyField))) {
				return; // rejected by pass two
			}
			String key = keyField == null ? null : presentKey(values.get(keyField));
			// a duplicate is not stored: the first record with the key is the one found
			if (key != null && seen != null && seen.putIfAbsent(key, 0, line) >= 0) {
				return;
			}
			byte[] encoded = RecordCodec.encode(values, fileIndex, line);
			if (key != null && seen == null && !store.addKeyed(file.entity(), key, encoded)) {
				return;
			}
			for (String field : plan.viaFields(file.entity())) {
				for (String referenced : plan.referencedKeys(file.entity(), field, values.get(field))) {
					store.addReference(file.entity(), field, referenced, encoded);
				}
			}
		}

		@Override
		public boolean columns(Set<String> names, int line) {
			return namesAField(entities.entity(file.entity()), names); // if not, reported by pass two
		}

		@Override
		public void rejected(int line, String message) {
			// reported by pass two
		}

		@Override
		public void fileProblem(int line, String message) {
			// reported by pass two
		}
	}

	/**
	 * One item of a batch: lines of JSON Lines still to parse, a record a reader parsed already, or what the reading
	 * thread already knows became of a line (rejected, a problem with the file).
	 */
	private sealed interface Item permits RawLines, Parsed, Outcome {
	}

	/**
	 * What became of one line or record of a batch: what the validators said of a record ({@code outcomes}), or
	 * ({@code outcomes} {@code null}) a rejection or a problem with the file.
	 */
	private record Outcome(int line, String key, long fingerprint, RecordOutcomes outcomes, String rejection,
			boolean fileProblem, List<String> failures) implements Item {

		static Outcome record(int line, String key, long fingerprint, RecordOutcomes outcomes, List<String> failures) {
			return new Outcome(line, key, fingerprint, outcomes, null, false, failures);
		}

		static Outcome rejected(int line, String message) {
			return new Outcome(line, null, 0, null, message, false, List.of());
		}

		static Outcome fileProblem(int line, String message) {
			return new Outcome(line, null, 0, null, message, true, List.of());
		}
	}

	/** Pass two for one file: reads it into batches, checks them (here or on the workers) and commits in order. */
	private final class FileCheck implements RecordSink {
		private final DataFile file;
		private final int fileIndex;
		private final List<DataFile> files;
		private final Context lookups;
		private final ExecutorService workers;
		private final EntityCounts entityCounts;
		private final List<RecordPolicy> applicable;
		private final boolean checked;
		private final SeenKeys seen;
		private final DataModel.Field keyField;
		private final String keyName;
		private final FieldLayout fields;
		private final Deque<Future<List<Outcome>>> pending = new ArrayDeque<>();
		private List<Item> batch = new ArrayList<>();
		/** The fingerprints of the keys of the batch being committed. */
		private long[] fingerprints = new long[2 * BATCH];
		/** The lines and records in {@link #batch}. */
		private int batchSize;

		FileCheck(DataFile file, int fileIndex, List<DataFile> files, Context lookups, ExecutorService workers) {
			this.file = file;
			this.fileIndex = fileIndex;
			this.files = files;
			this.lookups = lookups;
			this.workers = workers;
			this.entityCounts = counts.computeIfAbsent(file.entity(), e -> new EntityCounts());
			this.applicable = policies.stream().filter(p -> p.entities().contains(file.entity())).toList();
			this.checked = checkedEntities().contains(file.entity());
			this.seen = seenKeys.computeIfAbsent(file.entity(), e -> new SeenKeys(keys));
			DataModel.Entity model = entities.entity(file.entity());
			this.keyField = model == null || model.keyField() == null ? null : model.field(model.keyField());
			// interned as a layout's names are, so that a record finds it by identity
			this.keyName = keyField == null ? null : keyField.name().intern();
			this.fields = layout(file.entity());
		}

		@Override
		public FieldLayout fields() {
			return fields;
		}

		void run() {
			try (InputStream in = open(file)) {
				file.format().reader().read(in, this);
			} catch (IOException e) {
				fileProblem(1, "cannot read the file: " + FileProblems.describe(e));
			}
			flush();
			while (!pending.isEmpty()) {
				commit(await(pending.removeFirst()));
			}
		}

		// --- the reading thread: items into batches

		@Override
		public void lines(JsonLinesReader.LineBlock lines) {
			add(new RawLines(lines), lines.count());
		}

		@Override
		public void record(Map<String, Object> values, int line) {
			add(new Parsed(values, line), 1);
		}

		@Override
		public boolean columns(Set<String> names, int line) {
			if (namesAField(entities.entity(file.entity()), names)) {
				return true;
			}
			// the names are not quoted: without a header row, the first record is taken for one
			fileProblem(line, "the header row names no field of '" + file.entity()
					+ "'; does the file start with a header row?");
			return false;
		}

		@Override
		public void rejected(int line, String message) {
			add(Outcome.rejected(line, message), 1);
		}

		@Override
		public void fileProblem(int line, String message) {
			add(Outcome.fileProblem(line, message), 1);
		}

		private void add(Item item, int size) {
			batch.add(item);
			batchSize += size;
			if (batchSize >= BATCH) {
				flush();
			}
		}

		private void flush() {
			if (batch.isEmpty()) {
				return;
			}
			List<Item> full = batch;
			batch = new ArrayList<>();
			batchSize = 0;
			if (workers == null) {
				commit(check(full));
				return;
			}
			pending.addLast(workers.submit(() -> check(full)));
			while (pending.size() > 2 * jobs) {
				commit(await(pending.removeFirst()));
			}
		}

		private List<Outcome> await(Future<List<Outcome>> future) {
			try {
				return future.get();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("the check was interrupted", e);
			} catch (ExecutionException e) {
				throw new IllegalStateException("checking a batch of records failed: a bug, please report it",
						e.getCause());
			}
		}

		// --- any thread: parse and check a batch

		private List<Outcome> check(List<Item> items) {
			List<Outcome> outcomes = new ArrayList<>(2 * BATCH);
			BatchSink parsed = new BatchSink(outcomes);
			for (Item item : items) {
				if (item instanceof RawLines raw) {
					JsonLinesReader.parseLines(raw.lines(), parsed);
				} else if (item instanceof Parsed record) {
					parsed.record(record.values(), record.line());
				} else if (item instanceof Outcome known) {
					outcomes.add(known);
				}
			}
			return outcomes;
		}

		private Outcome check(Map<String, Object> values, int line) {
			DataRecord record = new DataRecord(values, file.name(), line);
			Object keyValue = keyField == null ? null : record.get(keyName);
			if (keyField != null && !Values.isSingle(keyValue)) {
				return Outcome.rejected(line, "the key '" + keyField.name() + "' holds "
						+ (keyValue instanceof Map<?, ?> ? "an object" : "a list")
						+ ", not a single value; this record is not checked");
			}
			String key = keyField == null ? null : presentKey(keyValue);
			// hashed here, on the thread that checks the batch; the committing thread only looks the key up
			long fingerprint = key == null ? 0 : seen.fingerprint(key);
			RecordOutcomes found = new RecordOutcomes();
			if (applicable.isEmpty()) {
				return Outcome.record(line, key, fingerprint, found, List.of());
			}
			List<String> failures = List.of();
			// indexed loops here and in commitRecord: an iterator a record is garbage the JIT does not always remove
			for (int i = 0; i < applicable.size(); i++) {
				RecordPolicy policy = applicable.get(i);
				try {
					policy.check(file.entity(), record, lookups, found);
				} catch (RuntimeException e) {
					// never the exception's message: it could quote a value of the record
					failures = new ArrayList<>(failures);
					failures.add("policy " + policy.name() + " failed on this record (" + e.getClass().getSimpleName()
							+ "): a bug, please report it");
				}
			}
			return Outcome.record(line, key, fingerprint, found, failures);
		}

		/** Where the lines of a batch go once parsed. */
		private final class BatchSink implements RecordSink {
			private final List<Outcome> outcomes;

			BatchSink(List<Outcome> outcomes) {
				this.outcomes = outcomes;
			}

			@Override
			public FieldLayout fields() {
				return fields;
			}

			@Override
			public void record(Map<String, Object> values, int line) {
				outcomes.add(check(values, line));
			}

			@Override
			public void rejected(int line, String message) {
				outcomes.add(Outcome.rejected(line, message));
			}

			@Override
			public void fileProblem(int line, String message) {
				outcomes.add(Outcome.fileProblem(line, message));
			}
		}

		// --- the reading thread again: results in file order

		private void commit(List<Outcome> outcomes) {
			// the slots of the batch's keys are read first, together, so that the look-ups below wait for none
			if (keyField != null) {
				if (fingerprints.length < outcomes.size()) {
					fingerprints = new long[Math.max(outcomes.size(), 2 * fingerprints.length)];
				}
				int keyed = 0;
				for (Outcome outcome : outcomes) {
					if (outcome.key() != null) {
						fingerprints[keyed++] = outcome.fingerprint();
					}
				}
				seen.touch(fingerprints, keyed);
			}
			for (Outcome outcome : outcomes) {
				if (outcome.fileProblem()) {
					problem(new DataProblem(file.name(), outcome.line(), outcome.rejection()));
				} else if (outcome.rejection() != null) {
					entityCounts.countRead();
					entityCounts.countRejected();
					problem(new DataProblem(file.name(), outcome.line(), outcome.rejection()));
				} else {
					commitRecord(outcome);
				}
			}
			progress.update(recordsDone, bytesDone);
		}

		private void commitRecord(Outcome outcome) {
			entityCounts.countRead();
			recordsDone++;
			if (outcome.key() != null) {
				long first = seen.putIfAbsent(outcome.key(), outcome.fingerprint(), fileIndex, outcome.line());
				if (first >= 0) {
					entityCounts.countRejected();
					problem(new DataProblem(file.name(), outcome.line(), duplicateMessage(outcome.key(), first)));
					return;
				}
			}
			if (checked) {
				entityCounts.countChecked();
			}
			List<Finding> found = outcome.outcomes().findings();
			for (int i = 0; i < found.size(); i++) {
				LocatedFinding located = new LocatedFinding(found.get(i), file.name(), outcome.line());
				findings.add(located);
				if (stream != null) {
					stream.finding(located);
				}
			}
			outcome.outcomes().countInto(ruleCounts);
			List<String> failures = outcome.failures();
			for (int i = 0; i < failures.size(); i++) {
				problem(new DataProblem(file.name(), outcome.line(), failures.get(i)));
			}
		}

		private String duplicateMessage(String key, long first) {
			// a key is data of any length: the message shows at most VisibleText.KEY_LENGTH characters of it
			String shown = VisibleText.shortened(keyField.personal() && !context.revealsPersonalData() ? Mask.mask(key) : key,
					VisibleText.KEY_LENGTH);
			String firstLocation = files.get((int) (first >>> 32)).name() + ":" + (int) first;
			return file.entity() + " key '" + keyField.name() + "' \"" + shown + "\" is already used by the record at "
					+ firstLocation + "; this record is not checked";
		}
	}

	private record RawLines(JsonLinesReader.LineBlock lines) implements Item {
	}

	private record Parsed(Map<String, Object> values, int line) implements Item {
	}

	/** Whether a CSV header names at least one field of the entity (any header will do for an unknown entity). */
	private static boolean namesAField(DataModel.Entity entity, Set<String> names) {
		return entity == null || entity.fields().stream().anyMatch(field -> names.contains(field.name()));
	}

	/** A key as text, or {@code null} if the value is missing or empty. */
	private static String presentKey(Object value) {
		String key = Values.key(value);
		return key == null || key.isEmpty() ? null : key;
	}
}
