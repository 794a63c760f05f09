package org.privacy.check;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

import org.privacy.runtime.Finding;
import org.privacy.runtime.RuleInfo;
import org.privacy.runtime.Status;

/**
 * The findings of a check, in report order ({@link LocatedFinding#ORDER}), with their counts. At most
 * {@value #IN_MEMORY} are held in memory; more go to sorted runs on disk ({@link SpillList}), so that a check over
 * millions of records does not need memory for all its findings. Rules and file names are written as indexes into
 * tables kept here.
 */
public final class Findings implements Iterable<LocatedFinding>, AutoCloseable {
	public static final int IN_MEMORY = 50_000;

	/** The statuses a finding can have, in report order. */
	public static final List<Status> REPORTED = List.of(Status.VIOLATED, Status.LATE, Status.OVERDUE,
			Status.PENDING, Status.EXEMPT, Status.DATA_ERROR);

	/** Whether an outcome is no finding: satisfied, or not applicable. */
	public static boolean isPass(Status status) {
		return status == Status.SATISFIED || status == Status.NOT_APPLICABLE;
	}

	private final List<RuleInfo> rules = new ArrayList<>();
	private final Map<RuleInfo, Integer> ruleIndex = new IdentityHashMap<>();
	private final List<String> files = new ArrayList<>();
	private final Map<String, Integer> fileIndex = new HashMap<>();
	/** The findings of each status, by {@link Status#ordinal()}. */
	private final long[] byStatus = new long[Status.values().length];
	private final Map<String, RuleStats> byRule = new TreeMap<>();
	private final SpillList<LocatedFinding> list;
	/** Satisfied and not-applicable outcomes in the list ({@code --outcomes all}): no finding, not counted as one. */
	private long passes;
	/** Whether findings are only counted, not kept: when a streaming report has written them already. */
	private final boolean countOnly;

	/** What the reports need to know of one rule's findings before reading them. */
	private static final class RuleStats {
		final RuleInfo rule;
		long count;
		int longestRecord;

		RuleStats(RuleInfo rule) {
			this.rule = rule;
		}
	}

	Findings() {
		this(IN_MEMORY);
	}

	/** Findings that go to disk beyond {@code inMemory} of them (small values are for tests). */
	Findings(int inMemory) {
		this(inMemory, false);
	}

	private Findings(int inMemory, boolean countOnly) {
		list = new SpillList<>(LocatedFinding.ORDER, new Codec(), inMemory);
		this.countOnly = countOnly;
	}

	/** Findings that are counted and not kept: a streaming report writes them as they come. */
	static Findings countingOnly() {
		return new Findings(IN_MEMORY, true);
	}

	void add(LocatedFinding located) {
		Finding finding = located.finding();
		if (isPass(finding.status())) {
			if (!countOnly) {
				keep(located);
				passes++;
			}
			return;
		}
		if (finding.rule() != lastRule) {
			// findings come in runs of one rule and one file: the tables are asked only when these change
			ruleIndex.computeIfAbsent(finding.rule(), rule -> {
				rules.add(rule);
				return rules.size() - 1;
			});
			lastStats = byRule.computeIfAbsent(finding.ruleId(), id -> new RuleStats(finding.rule()));
			lastRule = finding.rule();
		}
		if (located.file() != lastFile) {
			fileIndex.computeIfAbsent(located.file(), file -> {
				files.add(file);
				return files.size() - 1;
			});
			lastFile = located.file();
		}
		byStatus[finding.status().ordinal()]++;
		RuleStats stats = lastStats;
		stats.count++;
		stats.longestRecord = Math.max(stats.longestRecord, finding.record() == null ? 0 : finding.record().length());
		if (countOnly) {
			counted++;
		} else {
			list.add(located);
		}
	}

	private long counted;
	/** The rule of the last finding added, its counts, and its file: already in the tables. */
	private RuleInfo lastRule;
	private RuleStats lastStats;
	private String lastFile;

	/** Keeps a satisfied or not-applicable outcome: in the list, for the JSON report, and in no count. */
	private void keep(LocatedFinding located) {
		ruleIndex.computeIfAbsent(located.finding().rule(), rule -> {
			rules.add(rule);
			return rules.size() - 1;
		});
		fileIndex.computeIfAbsent(located.file(), file -> {
			files.add(file);
			return files.size() - 1;
		});
		list.add(located);
	}

	/** The number of findings: satisfied and not-applicable outcomes are none. */
	public long size() {
		return list.size() - passes + counted;
	}

	public boolean isEmpty() {
		return size() == 0;
	}

	/** Whether the list holds satisfied and not-applicable outcomes besides findings. */
	public boolean hasPasses() {
		return passes > 0;
	}

	/** The number of findings of each reported status, zeros included, in report order. */
	public Map<Status, Long> byStatus() {
		Map<Status, Long> counts = new EnumMap<>(Status.class);
		REPORTED.forEach(status -> counts.put(status, byStatus[status.ordinal()]));
		return counts;
	}

	/** Findings that break a rule: violated, late or overdue. */
	public long violations() {
		long violations = 0;
		for (Status status : Status.values()) {
			violations += status.isViolation() ? byStatus[status.ordinal()] : 0;
		}
		return violations;
	}

	public long dataErrors() {
		return byStatus[Status.DATA_ERROR.ordinal()];
	}

	/** The ids of the rules with findings, sorted. */
	public Set<String> ruleIds() {
		return java.util.Collections.unmodifiableSet(byRule.keySet());
	}

	/** The rule with id {@code ruleId}, which has findings. */
	public RuleInfo rule(String ruleId) {
		return byRule.get(ruleId).rule;
	}

	public long count(String ruleId) {
		RuleStats stats = byRule.get(ruleId);
		return stats == null ? 0 : stats.count;
	}

	/** The length of the longest record name among the rule's findings (0 if none names one). */
	public int longestRecord(String ruleId) {
		RuleStats stats = byRule.get(ruleId);
		return stats == null ? 0 : stats.longestRecord;
	}

	/** How many sorted runs went to disk. */
	public int runs() {
		return list.runs();
	}

	@Override
	public Iterator<LocatedFinding> iterator() {
		return list.iterator();
	}

	/** The findings of one rule, in report order: a stretch of the whole, since report order starts with the rule. */
	public Iterable<LocatedFinding> ofRule(String ruleId) {
		return () -> new Iterator<>() {
			private final Iterator<LocatedFinding> all = list.iterator();
			private LocatedFinding next = advance();

			private LocatedFinding advance() {
				while (all.hasNext()) {
					LocatedFinding candidate = all.next();
					int order = candidate.finding().ruleId().compareTo(ruleId);
					if (order == 0 && !isPass(candidate.finding().status())) {
						return candidate;
					}
					if (order > 0) {
						return null;
					}
				}
				return null;
			}

			@Override
			public boolean hasNext() {
				return next != null;
			}

			@Override
			public LocatedFinding next() {
				if (next == null) {
					throw new NoSuchElementException();
				}
				LocatedFinding current = next;
				next = advance();
				return current;
			}
		};
	}

	@Override
	public void close() throws IOException {
		list.close();
	}

	/** A finding as indexes into the rule and file tables, its status, record, fields and explanation. */
	private final class Codec implements SpillList.Codec<LocatedFinding> {
		private final Status[] statuses = Status.values();

		@Override
		public void write(DataOutputStream out, LocatedFinding located) throws IOException {
			Finding finding = located.finding();
			out.writeInt(ruleIndex.get(finding.rule()));
			out.writeByte(finding.status().ordinal());
			RecordCodec.writeString(out, finding.record());
			out.writeInt(finding.fields().size());
			for (String field : finding.fields()) {
				RecordCodec.writeString(out, field);
			}
			RecordCodec.writeString(out, finding.explanation());
			out.writeInt(fileIndex.get(located.file()));
			out.writeInt(located.line());
		}

		@Override
		public LocatedFinding read(DataInputStream in) throws IOException {
			RuleInfo rule = rules.get(in.readInt());
			Status status = statuses[in.readByte()];
			String record = RecordCodec.readString(in);
			int fieldCount = in.readInt();
			List<String> fields = new ArrayList<>(fieldCount);
			for (int i = 0; i < fieldCount; i++) {
				fields.add(RecordCodec.readString(in));
			}
			String explanation = RecordCodec.readString(in);
			String file = files.get(in.readInt());
			int line = in.readInt();
			return new LocatedFinding(new Finding(rule, status, record, List.copyOf(fields), explanation), file, line);
		}
	}
}
