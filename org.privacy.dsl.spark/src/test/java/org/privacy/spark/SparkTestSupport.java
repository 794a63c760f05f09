package org.privacy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.privacy.cli.PrivacyCli;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.compiler.PrivacyCompiler;
import org.privacy.runtime.DataModel;
import org.privacy.runtime.Parameters;
import org.privacy.runtime.RecordPolicy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One local Spark for the test JVM, rules compiled into a jar shipped to it, and the CLI's JSON findings. */
final class SparkTestSupport {
	private static SparkSession spark;
	/**
	 * The policies compiled by the tests: the context class loader when the session starts, so that local Spark's
	 * executors (threads of this JVM) load policy classes from it, as a cluster's executors load them from the jars
	 * shipped with a job.
	 */
	private static final Policies POLICIES = new Policies(SparkTestSupport.class.getClassLoader());

	private static final class Policies extends URLClassLoader {
		Policies(ClassLoader parent) {
			super(new URL[0], parent);
		}

		@Override
		protected void addURL(URL url) {
			super.addURL(url);
		}
	}

	private SparkTestSupport() {
	}

	static synchronized SparkSession spark() {
		if (spark == null) {
			Thread.currentThread().setContextClassLoader(POLICIES);
			spark = SparkSession.builder().master("local[2]").appName("privacy-spark-tests")
					.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1").config("spark.ui.enabled", "false")
					.config("spark.sql.shuffle.partitions", "4").getOrCreate();
			spark.sparkContext().setLogLevel("WARN");
		}
		return spark;
	}

	/** Compiled rules: the policies (created here) and the data model; their classes are shipped to Spark. */
	record Compiled(List<RecordPolicy> policies, DataModel model) {
	}

	static Compiled compile(Path rules, Path work) throws Exception {
		List<Path> files;
		try (Stream<Path> all = Files.walk(rules)) {
			files = all.filter(p -> p.toString().endsWith(".privacy")).sorted().toList();
		}
		CompilationResult result = PrivacyCompiler.create().compile(files, GenerationMode.RECORDS);
		if (result.hasErrors()) {
			throw new AssertionError("rules do not compile: " + result.diagnostics());
		}
		Path sources = Files.createDirectories(work.resolve("src"));
		List<String> paths = new ArrayList<>();
		for (Map.Entry<String, String> source : result.sources().entrySet()) {
			Path file = sources.resolve(source.getKey().replace('.', '/') + ".java");
			Files.createDirectories(file.getParent());
			Files.writeString(file, source.getValue());
			paths.add(file.toString());
		}
		Path classes = Files.createDirectories(work.resolve("classes"));
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
				System.getProperty("java.class.path"), "-proc:none", "-nowarn"));
		arguments.addAll(paths);
		if (javac.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
			throw new AssertionError("generated sources do not compile");
		}
		Path jar = work.resolve("policies.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> all = Files.walk(classes)) {
			for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
				out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
				Files.copy(file, (OutputStream) out);
				out.closeEntry();
			}
		}
		spark();
		POLICIES.addURL(jar.toUri().toURL());
		ClassLoader loader = POLICIES;
		List<RecordPolicy> policies = new ArrayList<>();
		for (String name : result.policyClasses()) {
			Object policy = loader.loadClass(name).getConstructor(Parameters.class).newInstance(Parameters.none());
			if (policy instanceof RecordPolicy recordPolicy) {
				policies.add(recordPolicy);
			}
		}
		return new Compiled(policies, PrivacySpark.model(policies));
	}

	/** The findings of {@code privacy check DIR --format json}, one line each, sorted. */
	static List<String> cliFindings(Path dir, String now, String... more) throws IOException {
		return findings(cliReport(dir, now, more));
	}

	/** The report of {@code privacy check DIR --format json}. */
	static JsonNode cliReport(Path dir, String now, String... more) throws IOException {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		List<String> args = new ArrayList<>(List.of("check", dir.toString(), "--now", now, "--format", "json",
				"--no-progress"));
		args.addAll(List.of(more));
		int exit = PrivacyCli.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
		if (exit > 1) {
			throw new AssertionError("privacy check failed (" + exit + "): " + err);
		}
		return JsonMapper.builder().build().readTree(out.toString());
	}

	/** The findings of a JSON report, one line each, sorted. */
	static List<String> findings(JsonNode report) {
		List<String> findings = new ArrayList<>();
		for (JsonNode finding : report.get("findings")) {
			findings.add(String.join(" | ", text(finding, "rule"), text(finding, "title"), text(finding, "status"),
					text(finding, "severity"), finding.get("basis").toString(), text(finding, "entity"),
					text(finding, "record"), text(finding, "location"), finding.get("fields").toString(),
					text(finding, "explanation")));
		}
		findings.sort(null);
		return findings;
	}

	/** Per rule of a JSON report's summary, in its order: {@code rule records inScope passed}. */
	static List<String> ruleCounts(JsonNode report) {
		List<String> rules = new ArrayList<>();
		report.get("summary").get("rules").properties().forEach(rule -> rules.add(rule.getKey() + " "
				+ rule.getValue().get("records").asLong() + " " + rule.getValue().get("inScope").asLong() + " "
				+ rule.getValue().get("passed").asLong()));
		return rules;
	}

	/** Per rule of a Spark check ({@link SparkCheck#rules()}), in its order, in the same form. */
	static List<String> ruleCounts(SparkCheck check) {
		return check.rules().collectAsList().stream().map(row -> row.getString(0) + " " + row.getLong(1) + " "
				+ row.getLong(2) + " " + row.getLong(3)).toList();
	}

	/** The findings of a Spark check in the same form, sorted. */
	static List<String> sparkFindings(List<Row> rows) {
		JsonMapper json = JsonMapper.builder().build();
		List<String> findings = new ArrayList<>();
		for (Row row : rows) {
			findings.add(String.join(" | ", row.getAs("rule"), row.getAs("title"), row.getAs("status"),
					row.getAs("severity"), json.writeValueAsString(row.getList(row.fieldIndex("basis"))),
					row.getAs("entity"), String.valueOf((Object) row.getAs("record")), row.getAs("location"),
					json.writeValueAsString(row.getList(row.fieldIndex("fields"))), row.getAs("explanation")));
		}
		findings.sort(null);
		return findings;
	}

	private static String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return value == null || value.isNull() ? "null" : value.asString();
	}

	/** Asserts that Spark gives the CLI's findings, rule counts and data problems; gives the problems. */
	static List<String> assertSameAsTheCli(Path folder, String now, int atLeast) throws Exception {
		JsonNode report = cliReport(folder, now);
		List<String> cli = findings(report);
		Compiled compiled = compile(folder.resolve("rules"), folder.resolve("build"));
		Map<String, Dataset<Row>> data = SparkReaders.folder(spark(), compiled.model(), folder.resolve("data"), "data");
		SparkCheck check = PrivacySpark.checker(compiled.policies()).now(Instant.parse(now)).run(spark(), data);
		List<String> onSpark = sparkFindings(check.findings().collectAsList());

		assertThat(cli).hasSizeGreaterThanOrEqualTo(atLeast);
		assertThat(onSpark).containsExactlyElementsOf(cli);
		assertThat(ruleCounts(check)).containsExactlyElementsOf(ruleCounts(report));
		assertThat(problems(check)).containsExactlyElementsOf(problems(report));
		return problems(report);
	}

	/** The data problems of a JSON report: {@code file:line}, sorted. */
	private static List<String> problems(JsonNode report) {
		List<String> problems = new ArrayList<>();
		JsonNode all = report.get("dataProblems");
		if (all != null) {
			all.forEach(problem -> problems.add(problem.get("file").asString() + ":" + problem.get("line").asLong()));
		}
		problems.sort(null);
		return problems;
	}

	private static List<String> problems(SparkCheck check) {
		List<String> problems = new ArrayList<>(check.problems().collectAsList().stream()
				.map(row -> row.getString(0) + ":" + row.getLong(1)).toList());
		problems.sort(null);
		return problems;
	}
}
