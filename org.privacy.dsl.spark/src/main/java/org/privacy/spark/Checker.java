package org.privacy.spark;

import java.lang.reflect.InvocationTargetException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.privacy.check.RecordCodec;
import org.privacy.check.RecordOutcomes;
import org.privacy.check.RuleCounts;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Lookup;
import org.privacy.runtime.Parameters;
import org.privacy.runtime.Record;
import org.privacy.runtime.RecordPolicy;

/**
 * One round of the check, in the executors: re-creates the policy from its class name once per partition, and runs
 * its validators on each record with a {@link Lookup} over exactly the records gathered for that record so far
 * ({@code answers}). A record whose validators asked for a record or a list not gathered yet gives no findings this
 * round: it gives the questions it asked ({@code miss}) and itself again ({@code retry}), and the driver's joins
 * gather the answers for the next round. A record whose validators asked nothing new gives its findings. At the end of
 * a partition come its counts per rule ({@code count}): the records each rule judged, those in its scope and those
 * that passed, counted from the engine's {@link RecordOutcomes} into its {@link RuleCounts} as for the CLI's summary.
 */
final class Checker implements MapPartitionsFunction<Row, Row> {
	private static final long serialVersionUID = 1L;

	static final String FINDING = "finding", MISS = "miss", RETRY = "retry", PROBLEM = "problem", COUNT = "count";

	/** The records gathered for a record, by question; nullable throughout, so that every join's result casts to it. */
	static final ArrayType ANSWERS = DataTypes.createArrayType(new StructType()
			.add("request", DataTypes.StringType)
			.add("records", DataTypes.createArrayType(DataTypes.BinaryType, true)), true);

	/** The records waiting to be checked: as {@link Prepare} gave them, with an id and the answers gathered. */
	static final StructType PENDING = new StructType()
			.add("id", DataTypes.LongType, false)
			.add("entity", DataTypes.StringType, false)
			.add("file", DataTypes.StringType)
			.add("line", DataTypes.LongType)
			.add("key", DataTypes.StringType)
			.add("values", DataTypes.BinaryType)
			.add("answers", ANSWERS);

	static final StructType OUT = new StructType()
			.add("kind", DataTypes.StringType, false)
			.add("id", DataTypes.LongType)
			.add("entity", DataTypes.StringType)
			.add("file", DataTypes.StringType)
			.add("line", DataTypes.LongType)
			.add("key", DataTypes.StringType)
			.add("values", DataTypes.BinaryType)
			.add("answers", ANSWERS)
			.add("rule", DataTypes.StringType)
			.add("title", DataTypes.StringType)
			.add("status", DataTypes.StringType)
			.add("severity", DataTypes.StringType)
			.add("basis", DataTypes.createArrayType(DataTypes.StringType, false))
			.add("record", DataTypes.StringType)
			.add("location", DataTypes.StringType)
			.add("fields", DataTypes.createArrayType(DataTypes.StringType, false))
			.add("explanation", DataTypes.StringType)
			.add("request", DataTypes.StringType)
			.add("requestKind", DataTypes.StringType)
			.add("requestEntity", DataTypes.StringType)
			.add("requestField", DataTypes.StringType)
			.add("requestKey", DataTypes.StringType)
			.add("message", DataTypes.StringType)
			.add("records", DataTypes.LongType)
			.add("inScope", DataTypes.LongType)
			.add("passed", DataTypes.LongType);

	private static final int KIND = OUT.fieldIndex("kind"), ID = OUT.fieldIndex("id"), ENTITY = OUT.fieldIndex("entity"),
			FILE = OUT.fieldIndex("file"), LINE = OUT.fieldIndex("line"), KEY = OUT.fieldIndex("key"),
			VALUES = OUT.fieldIndex("values"), ANSWERED = OUT.fieldIndex("answers"), RULE = OUT.fieldIndex("rule"),
			TITLE = OUT.fieldIndex("title"), STATUS = OUT.fieldIndex("status"), SEVERITY = OUT.fieldIndex("severity"),
			BASIS = OUT.fieldIndex("basis"), RECORD = OUT.fieldIndex("record"), LOCATION = OUT.fieldIndex("location"),
			FIELDS = OUT.fieldIndex("fields"), EXPLANATION = OUT.fieldIndex("explanation"),
			REQUEST = OUT.fieldIndex("request"), MESSAGE = OUT.fieldIndex("message"), RECORDS = OUT.fieldIndex("records");

	private final List<String> policyClasses;
	private final Map<String, String> parameters;
	private final Instant now;
	private final boolean revealPersonalData;
	private final boolean allOutcomes;
	private final boolean lastRound;

	Checker(List<String> policyClasses, Map<String, String> parameters, Instant now, boolean revealPersonalData,
			boolean allOutcomes, boolean lastRound) {
		this.policyClasses = List.copyOf(policyClasses);
		this.parameters = new LinkedHashMap<>(parameters);
		this.now = now;
		this.revealPersonalData = revealPersonalData;
		this.allOutcomes = allOutcomes;
		this.lastRound = lastRound;
	}

	@Override
	public Iterator<Row> call(Iterator<Row> records) {
		List<RecordPolicy> policies = policyClasses.stream().map(name -> create(name, parameters)).toList();
		Context base = Context.at(now).revealingPersonalData(revealPersonalData)
				.withOutcomes(allOutcomes ? Context.Outcomes.ALL : Context.Outcomes.COUNTED);
		Map<String, RuleCounts> counts = new LinkedHashMap<>();
		policies.forEach(policy -> policy.rules().forEach(rule -> counts.putIfAbsent(rule.id(), new RuleCounts())));
		RecordOutcomes outcomes = new RecordOutcomes();
		return new Iterator<>() {
			private final List<Row> ready = new ArrayList<>();
			private int next;
			private boolean counted;

			@Override
			public boolean hasNext() {
				while (next == ready.size() && (records.hasNext() || !counted)) {
					ready.clear();
					next = 0;
					if (records.hasNext()) {
						check(records.next(), policies, base, outcomes, counts, ready);
					} else {
						counted = true;
						// the rules that judged no record of the partition give no row, as they add nothing
						counts.forEach((rule, ofRule) -> {
							if (ofRule.records() > 0) {
								ready.add(countRow(rule, ofRule));
							}
						});
					}
				}
				return next < ready.size();
			}

			@Override
			public Row next() {
				if (!hasNext()) {
					throw new java.util.NoSuchElementException();
				}
				return ready.get(next++);
			}
		};
	}

	/** Creates a policy in this executor, from the classes shipped with the job. */
	static RecordPolicy create(String className, Map<String, String> parameters) {
		ClassLoader classes = Thread.currentThread().getContextClassLoader();
		try {
			Object policy = Class.forName(className, true, classes).getConstructor(Parameters.class)
					.newInstance(Parameters.of(parameters));
			if (policy instanceof RecordPolicy recordPolicy) {
				return recordPolicy;
			}
			throw new IllegalArgumentException("the policy " + className + " does not check records");
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof IllegalArgumentException invalidParameter) {
				throw invalidParameter;
			}
			throw new IllegalStateException("the generated policy " + className + " cannot be created", e.getCause());
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("the generated policy " + className
					+ " cannot be created: are its classes shipped with the job (--jars)?", e);
		}
	}

	private void check(Row row, List<RecordPolicy> policies, Context base, RecordOutcomes outcomes,
			Map<String, RuleCounts> counts, List<Row> out) {
		long id = row.getLong(0);
		String entity = row.getString(1);
		String file = row.isNullAt(2) ? null : row.getString(2);
		Long line = row.isNullAt(3) ? null : row.getLong(3);
		Record record = RecordCodec.decode((byte[]) row.get(5));
		Answers answers = new Answers(row.isNullAt(6) ? List.of() : row.getList(6));
		Context context = base.withLookup(answers);
		outcomes.clear();
		List<String> failures = new ArrayList<>();
		for (RecordPolicy policy : policies) {
			if (!policy.entities().contains(entity)) {
				continue;
			}
			try {
				policy.check(entity, record, context, outcomes);
			} catch (RuntimeException e) {
				// never the exception's message: it could quote a value of the record
				failures.add("policy " + policy.name() + " failed on this record (" + e.getClass().getSimpleName()
						+ "): a bug, please report it");
			}
		}
		if (!answers.missing.isEmpty() && !lastRound) {
			Object[] retry = cells(RETRY, id, entity, file, line);
			retry[KEY] = row.get(4);
			retry[VALUES] = row.get(5);
			retry[ANSWERED] = row.get(6);
			out.add(RowFactory.create(retry));
			answers.missing.forEach((request, question) -> {
				Object[] miss = cells(MISS, id, entity, null, null);
				miss[REQUEST] = request;
				System.arraycopy(question, 0, miss, REQUEST + 1, question.length);
				out.add(RowFactory.create(miss));
			});
			return;
		}
		if (!answers.missing.isEmpty()) {
			failures.add("the rules look records up through more than " + PrivacySpark.MAX_ROUNDS
					+ " references in a row; this record is not checked");
			outcomes.clear();
		}
		String location = record.location();
		for (Finding finding : outcomes.findings()) {
			Object[] cells = cells(FINDING, id, finding.entity(), file, line);
			cells[RULE] = finding.ruleId();
			cells[TITLE] = finding.rule().title();
			cells[STATUS] = finding.status().word();
			cells[SEVERITY] = finding.severity().word();
			cells[BASIS] = finding.rule().bases().toArray(String[]::new);
			cells[RECORD] = finding.record();
			cells[LOCATION] = location;
			cells[FIELDS] = finding.fields().toArray(String[]::new);
			cells[EXPLANATION] = finding.explanation();
			out.add(RowFactory.create(cells));
		}
		outcomes.countInto(counts);
		for (String failure : failures) {
			Object[] problem = cells(PROBLEM, id, entity, file, line);
			problem[MESSAGE] = failure;
			out.add(RowFactory.create(problem));
		}
	}

	/** The cells of a row of {@link #OUT}: its kind and the record it is about, the others empty. */
	private static Object[] cells(String kind, Long id, String entity, String file, Long line) {
		Object[] cells = new Object[OUT.size()];
		cells[KIND] = kind;
		cells[ID] = id;
		cells[ENTITY] = entity;
		cells[FILE] = file;
		cells[LINE] = line;
		return cells;
	}

	/** A row of the counts of one rule in a partition: the records it judged, those in its scope, those passed. */
	private static Row countRow(String ruleId, RuleCounts counts) {
		Object[] cells = cells(COUNT, null, null, null, null);
		cells[RULE] = ruleId;
		cells[RECORDS] = counts.records();
		cells[RECORDS + 1] = counts.inScope();
		cells[RECORDS + 2] = counts.passed();
		return RowFactory.create(cells);
	}

	/**
	 * The records gathered for one record, by question; a question not gathered yet is noted in {@link #missing} and
	 * answered with nothing for this round.
	 */
	private static final class Answers implements Lookup {
		private final Map<String, List<Record>> known = new HashMap<>();
		/** Each question not gathered yet: its kind, entity, field and key. */
		final Map<String, String[]> missing = new LinkedHashMap<>();

		Answers(List<Row> answers) {
			for (Row answer : answers) {
				List<Record> records = new ArrayList<>();
				for (Object encoded : answer.getList(1)) {
					records.add(RecordCodec.decode((byte[]) encoded));
				}
				known.put(answer.getString(0), records);
			}
		}

		@Override
		public Record find(String entity, String key) {
			if (key == null) {
				return null;
			}
			String request = PrivacySpark.findRequest(entity, key);
			List<Record> found = known.get(request);
			if (found == null) {
				missing.putIfAbsent(request, new String[] { "find", entity, null, key });
				return null;
			}
			return found.isEmpty() ? null : found.get(0);
		}

		@Override
		public List<Record> referencing(String entity, String field, String key) {
			if (key == null) {
				return List.of();
			}
			String request = PrivacySpark.referencingRequest(entity, field, key);
			List<Record> found = known.get(request);
			if (found == null) {
				missing.putIfAbsent(request, new String[] { "referencing", entity, field, key });
				return List.of();
			}
			return found;
		}
	}
}
