package org.privacy.dsl.benchmarks.validators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the {@link Validators} benchmark and prints, per data set size, each engine's time per customer and its ratio
 * to the hand-written checks (the table of docs/BENCHMARKS.md). Takes JMH's own command line options, e.g.
 * {@code -f 1 -wi 3 -i 5 -p size=10000}.
 */
public final class ValidatorsReport {

	/** One engine at one size: nanoseconds per customer, and the ratio to hand-written Java at that size. */
	public record Row(int size, EngineKind engine, double nanosPerCustomer, double error, double ratio) {
	}

	private ValidatorsReport() {
	}

	public static void main(String[] args) throws RunnerException, CommandLineOptionException {
		Options options = new OptionsBuilder().parent(new CommandLineOptions(args))
				.include(Validators.class.getName()).build();
		System.out.println();
		System.out.print(table(rows(new Runner(options).run())));
	}

	/** The rows of the table, by size and then in the order of {@link EngineKind}. */
	public static List<Row> rows(Collection<RunResult> results) {
		Map<Integer, Map<EngineKind, double[]>> bySize = new TreeMap<>();
		for (RunResult result : results) {
			int size = Integer.parseInt(result.getParams().getParam("size"));
			EngineKind engine = EngineKind.valueOf(result.getParams().getParam("engine"));
			double nanosPerUnit = result.getParams().getTimeUnit().toNanos(1);
			double score = result.getPrimaryResult().getScore() * nanosPerUnit / size;
			double error = result.getPrimaryResult().getScoreError() * nanosPerUnit / size;
			bySize.computeIfAbsent(size, s -> new TreeMap<>()).put(engine, new double[] { score, error });
		}
		List<Row> rows = new ArrayList<>();
		bySize.forEach((size, engines) -> {
			double[] handWritten = engines.get(EngineKind.HAND_WRITTEN);
			engines.forEach((engine, score) -> rows.add(new Row(size, engine, score[0], score[1],
					handWritten == null ? Double.NaN : score[0] / handWritten[0])));
		});
		rows.sort(Comparator.comparingInt(Row::size).thenComparing(Row::engine));
		return rows;
	}

	/** A Markdown table of {@code rows}. */
	public static String table(List<Row> rows) {
		StringBuilder b = new StringBuilder("| customers | engine | ns/customer | ± (99.9%) | × hand-written |\n")
				.append("|---:|---|---:|---:|---:|\n");
		for (Row row : rows) {
			b.append(String.format(Locale.ROOT, "| %,d | %s | %,.1f | %,.1f | %,.2f |%n", row.size(), row.engine(),
					row.nanosPerCustomer(), row.error(), row.ratio()));
		}
		return b.toString();
	}
}
