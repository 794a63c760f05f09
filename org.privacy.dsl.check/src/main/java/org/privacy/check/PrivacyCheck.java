package org.privacy.check;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.privacy.runtime.Context;
import org.privacy.runtime.DataModel;
import org.privacy.runtime.RecordPolicy;

/**
 * Checks data files of any size with compiled record policies: the engine of {@code privacy check}, for applications
 * and data platforms. It needs no compiler: what it knows of entities (keys, references, {@code via} and
 * {@code sharing} lists, personal fields) comes from each policy's {@link RecordPolicy#model()}.
 *
 * <pre>{@code
 * try (CheckResult result = PrivacyCheck.builder()
 *         .policyJar(Path.of("policies.jar"), Map.of("grace", "30 days"))
 *         .data(Path.of("exports/2024-03"))
 *         .now(Instant.parse("2024-04-01T00:00:00Z"))
 *         .jobs(4)
 *         .build()
 *         .run(listener)) {                // each finding as it is committed, in file order
 *     result.findings().violations();      // and the summary
 * }
 * }</pre>
 *
 * A file belongs to an entity by its name ({@code MessageSend.jsonl}, {@code message-send.csv}) or its folder
 * ({@code Prospect/part-0001.jsonl}); JSON Lines, JSON arrays and CSV with a header row are read. Bad data never
 * stops a check: it becomes a {@link DataProblem} with its file and line, or a data-error finding. Personal data is
 * masked in explanations and problems unless {@link Builder#revealPersonalData(boolean)} says otherwise. The outcome
 * is the same for any number of jobs.
 */
public final class PrivacyCheck {
	/** With {@link LookupStore.Placement#AUTO}, look-ups go to disk when the files of stored entities exceed this. */
	public static final int AUTO_DISK_MB = 64;

	private final List<RecordPolicy> policies;
	private final DataModel model;
	private final DataLayout layout;
	private final String dataName;
	private final Context context;
	private final int jobs;
	private final LookupStore.Placement lookups;
	private final Progress progress;

	private PrivacyCheck(Builder builder, List<RecordPolicy> policies, DataModel model, DataLayout layout) {
		this.policies = policies;
		this.model = model;
		this.layout = layout;
		this.dataName = builder.data != null ? builder.data.toString() : "the data given";
		this.context = Context.at(builder.now).revealingPersonalData(builder.revealPersonalData)
				.withOutcomes(builder.allOutcomes ? Context.Outcomes.ALL : Context.Outcomes.COUNTED);
		this.jobs = builder.jobs;
		this.lookups = builder.lookups;
		this.progress = builder.progress;
	}

	/** A check to set up: at least policies and data. */
	public static Builder builder() {
		return new Builder();
	}

	/** The policies that run, in the order given. */
	public List<RecordPolicy> policies() {
		return policies;
	}

	/** The data model the files are read with: the policies' models together, or the one given. */
	public DataModel model() {
		return model;
	}

	/** The data files that will be read, in reading order (each belongs to an entity of the model); no stream. */
	public List<Path> dataFiles() {
		return layout.files().stream().map(DataFile::path).filter(Objects::nonNull).toList();
	}

	/** Data-looking files whose name matches no entity: not read. */
	public List<String> ignoredFiles() {
		return layout.ignored();
	}

	/** The entities some rule is about but no data file holds, sorted. */
	public Set<String> entitiesWithoutData() {
		Set<String> without = new TreeSet<>();
		policies.forEach(policy -> without.addAll(policy.entities()));
		layout.files().forEach(file -> without.remove(file.entity()));
		return without;
	}

	/** Runs the check and keeps its findings, sorted, in the result (on disk beyond what memory should hold). */
	public CheckResult run() throws IOException {
		return run(null);
	}

	/**
	 * Runs the check; findings and problems go to {@code listener} as they are committed (the result then only
	 * counts findings), or are kept in the result when it is {@code null}.
	 *
	 * @throws IOException if the records that rules look up cannot be kept on disk
	 * @throws java.io.UncheckedIOException if findings or problems beyond memory cannot be kept on disk
	 */
	public CheckResult run(CheckListener listener) throws IOException {
		List<DataProblem> before = new ArrayList<>(layout.unread());
		before.addAll(absentReferenced());
		return new BulkCheck(policies, context, model, jobs, lookups, progress, listener).run(layout.files(),
				before);
	}

	/**
	 * One problem for each entity that references find by key and that has no data file at all: its records can
	 * never be found, and each record referring to one is a data error; this says why, once.
	 */
	private List<DataProblem> absentReferenced() {
		Set<String> absent = new TreeSet<>(LookupPlan.of(model).foundByKey());
		layout.files().forEach(file -> absent.remove(file.entity()));
		return absent.stream().map(entity -> new DataProblem(dataName, 0, "no data file for entity '" + entity
				+ "' (expected " + entity + ".jsonl, " + entity + ".json or " + entity + ".csv, or a folder " + entity
				+ "/, in " + dataName + "), so references to a " + entity + " cannot be followed")).toList();
	}

	/** Sets up a {@link PrivacyCheck}. Not thread-safe; {@link #build()} may be called more than once. */
	public static final class Builder {
		private final List<RecordPolicy> policies = new ArrayList<>();
		private final List<DataFile> streams = new ArrayList<>();
		private DataModel model;
		private Path data;
		private Path base;
		private Instant now;
		private int jobs = 1;
		private LookupStore.Placement lookups = LookupStore.Placement.AUTO;
		private boolean revealPersonalData;
		private boolean allOutcomes;
		private Progress progress = Progress.silent();
		private PrintWriter notes = new PrintWriter(Writer.nullWriter());

		private Builder() {
		}

		/** Adds a policy to run. */
		public Builder policy(RecordPolicy policy) {
			policies.add(Objects.requireNonNull(policy, "policy"));
			return this;
		}

		/** Adds policies to run, in their order. */
		public Builder policies(Collection<? extends RecordPolicy> more) {
			more.forEach(this::policy);
			return this;
		}

		/**
		 * Adds every record policy of a jar of compiled validators, created with these parameter values
		 * ({@code grace} to {@code "30 days"}); a name no policy of the jar declares is refused.
		 *
		 * @throws CheckException if the jar cannot be read, holds no policy, or a value does not fit its parameter
		 */
		public Builder policyJar(Path jar, Map<String, String> parameters) {
			List<RecordPolicy> loaded = PolicyJar.load(jar, parameters);
			Set<String> known = new TreeSet<>();
			loaded.forEach(policy -> known.addAll(policy.parameterNames()));
			for (String name : new TreeMap<>(parameters).keySet()) {
				if (!known.contains(name)) {
					throw new CheckException("unknown parameter '" + name + "'; " + (known.isEmpty()
							? "the policies declare no parameter" : "the policies declare " + String.join(", ", known)));
				}
			}
			return policies(loaded);
		}

		/**
		 * The data model to read the files with, instead of the policies' models together: for instance the model of
		 * every compiled rule file, so that entities no policy reaches are read (and counted) too.
		 */
		public Builder model(DataModel dataModel) {
			this.model = Objects.requireNonNull(dataModel, "model");
			return this;
		}

		/** The data: a file, or a folder whose files are read (named after entities, or inside folders so named). */
		public Builder data(Path path) {
			this.data = Objects.requireNonNull(path, "data");
			return this;
		}

		/**
		 * Adds data that is no file: the records of {@code entity} in {@code format}, read from {@code source}, named
		 * {@code name} in findings and problems ({@code name:line}). Read after the files of {@link #data(Path)}.
		 */
		public Builder stream(String entity, String name, DataFormat format, DataFile.Source source) {
			streams.add(new DataFile(null, Objects.requireNonNull(name, "name"), Objects.requireNonNull(entity,
					"entity"), Objects.requireNonNull(format, "format"), Objects.requireNonNull(source, "source")));
			return this;
		}

		/** The folder that file names in findings and problems are relative to (default: the data folder). */
		public Builder namesRelativeTo(Path folder) {
			this.base = Objects.requireNonNull(folder, "folder");
			return this;
		}

		/** What "now" is for deadlines (default: the system clock, to the second, when the check is built). */
		public Builder now(Instant instant) {
			this.now = Objects.requireNonNull(instant, "now");
			return this;
		}

		/** Checks on this many threads (default 1); the outcome is the same for any number. */
		public Builder jobs(int threads) {
			if (threads < 1) {
				throw new IllegalArgumentException("jobs must be at least 1, not " + threads);
			}
			this.jobs = threads;
			return this;
		}

		/** Where the records that rules find across files are kept (default: {@code AUTO}). */
		public Builder lookups(LookupStore.Placement placement) {
			this.lookups = Objects.requireNonNull(placement, "lookups");
			return this;
		}

		/** Shows personal data in explanations and problems instead of masking it (default: masked). */
		public Builder revealPersonalData(boolean reveal) {
			this.revealPersonalData = reveal;
			return this;
		}

		/** Also reports satisfied and not-applicable outcomes, one per rule and record (default: findings only). */
		public Builder allOutcomes(boolean all) {
			this.allOutcomes = all;
			return this;
		}

		/** Where progress goes (default: nowhere). */
		public Builder progress(Progress shown) {
			this.progress = Objects.requireNonNull(shown, "progress");
			return this;
		}

		/** Where notes about entries passed over (links, special files) go, one line each (default: nowhere). */
		public Builder notes(PrintWriter writer) {
			this.notes = Objects.requireNonNull(writer, "notes");
			return this;
		}

		/**
		 * Lays out the data: which file holds which entity.
		 *
		 * @throws CheckException if there is no policy, no data path, or the data path cannot be listed
		 */
		public PrivacyCheck build() {
			if (policies.isEmpty()) {
				throw new CheckException("no policy to check the data with");
			}
			if (data == null && streams.isEmpty()) {
				throw new CheckException("no data to check");
			}
			if (data != null && !Files.exists(data)) {
				throw new CheckException("no such file or folder: " + data);
			}
			if (now == null) {
				now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
			}
			List<RecordPolicy> fixed = List.copyOf(policies);
			DataModel used = model != null ? model
					: DataModel.union(fixed.stream().map(RecordPolicy::model).toList());
			for (DataFile stream : streams) {
				if (used.entity(stream.entity()) == null) {
					throw new CheckException("no entity '" + stream.entity() + "' in the policies' data model, for the "
							+ "data named " + stream.name() + "; the entities are " + String.join(", ", used.names()));
				}
			}
			DataLayout layout = new DataLayout(List.of(), List.of(), List.of());
			if (data != null) {
				Path names = base != null ? base : Files.isDirectory(data) ? data : data.toAbsolutePath().getParent();
				layout = DataLayout.of(names, data, used.names(), notes);
			}
			List<DataFile> files = new ArrayList<>(layout.files());
			files.addAll(streams);
			return new PrivacyCheck(this, fixed, used, new DataLayout(List.copyOf(files), layout.ignored(),
					layout.unread()));
		}
	}
}
