package org.privacy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/**
 * {@link PrivacySpark#missingJvmOptions()}: which of the options of Spark's launcher a JVM was started without, and
 * the warning a check gives then.
 */
class JvmOptionsTest {
	private static final String NIO = "--add-opens=java.base/java.nio=ALL-UNNAMED";

	/** The module's test JVM is started as spark-submit starts one (the pom's argLine keeps up with Spark's list). */
	@Test
	void theTestJvmHasEveryOptionOfSparksLauncher() {
		assertThat(PrivacySpark.missingJvmOptions()).isEmpty();
	}

	@Test
	void aPlainJavaLacksEveryAddOpensOfSparksLauncher() throws Exception {
		List<String> addOpens = List.of(JavaModuleOptions.defaultModuleOptionArray()).stream()
				.filter(option -> option.startsWith("--add-opens=")).toList();

		assertThat(addOpens).contains(NIO);
		assertThat(missingIn()).containsExactlyElementsOf(addOpens);
	}

	@Test
	void anOptionGivenIsNotMissing() throws Exception {
		List<String> missing = missingIn(NIO);

		assertThat(missing).doesNotContain(NIO).contains("--add-opens=java.base/java.util=ALL-UNNAMED");
	}

	@Test
	void theWarningNamesTheFirstMissingOptionAndTheWayOut() {
		assertThat(PrivacySpark.missingJvmOptionsWarning(List.of())).isEmpty();
		assertThat(PrivacySpark.missingJvmOptionsWarning(List.of(NIO, "--add-opens=java.base/java.util=ALL-UNNAMED")))
				.hasValue("This JVM was started without 2 of the options spark-submit gives Spark on Java 17 ("
						+ NIO + " and 1 more): if Spark runs short of memory and writes its blocks to disk, the "
						+ "privacy check fails. Start the job with spark-submit, or start java with the options of "
						+ "org.apache.spark.launcher.JavaModuleOptions.defaultModuleOptions().");
		assertThat(PrivacySpark.missingJvmOptionsWarning(List.of(NIO))).get().asString()
				.contains("(" + NIO + "):");
	}

	/** {@link PrivacySpark#missingJvmOptions()} in a plain {@code java} started with {@code options}. */
	private static List<String> missingIn(String... options) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
				.toString()));
		command.addAll(List.of(options));
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), PrintMissingJvmOptions.class.getName()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().remove("JDK_JAVA_OPTIONS");
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		Process child = builder.start();
		String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
		assertThat(child.exitValue()).as(out).isZero();
		return out.lines().filter(line -> !line.isBlank()).toList();
	}

	/** Prints {@link PrivacySpark#missingJvmOptions()}, one a line. */
	public static final class PrintMissingJvmOptions {
		private PrintMissingJvmOptions() {
		}

		public static void main(String[] args) {
			PrivacySpark.missingJvmOptions().forEach(System.out::println);
		}
	}
}
