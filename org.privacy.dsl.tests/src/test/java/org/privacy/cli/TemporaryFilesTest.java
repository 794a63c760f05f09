package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacy.check.LookupStore;
import org.privacy.check.RunFolder;
import org.privacy.cli.exit.ExitCode;

/**
 * Temporary files hold whole records (e-mail addresses too): they live in a private run folder (0700, files 0600)
 * that no way of ending a run leaves behind, and a run killed with SIGKILL has its folder deleted by the next run.
 * The runs are child JVMs, with the temporary folder of the test, killed for real.
 */
class TemporaryFilesTest {
	@TempDir
	Path tmp;

	@TempDir
	Path reports;

	@Test
	void aRunKilledWithSigkillLeavesAFolderTheNextRunDeletes() throws Exception {
		Process killed = holder("sleep");
		Path folder = readyFolder(killed);
		assertThat(folder.getParent()).isEqualTo(tmp);
		assertThat(contents(folder)).anyMatch(name -> name.endsWith(".records")).anyMatch(name -> name.endsWith(".run"));
		assertThat(temporaryReports()).hasSize(1);
		Process alive = holder("sleep");
		Path aliveFolder = readyFolder(alive);

		killed.destroyForcibly().waitFor(60, TimeUnit.SECONDS); // SIGKILL: no code of the run runs
		assertThat(folder).as("nothing could delete it").exists();
		assertThat(temporaryReports()).hasSize(2);

		Process next = privacy("fmt", "--check", rulesFile().toString());
		assertThat(next.waitFor(120, TimeUnit.SECONDS)).isTrue();

		assertThat(folder).as("the next run deletes the folder of the killed one").doesNotExist();
		assertThat(aliveFolder).as("but not the folder of a run still going").exists();
		assertThat(temporaryReports()).as("nor its report's temporary file, but the killed run's").hasSize(1);
		alive.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
	}

	@Test
	void sigtermAndAnExceptionLeaveNothing() throws Exception {
		Process terminated = holder("sleep");
		Path folder = readyFolder(terminated);

		terminated.destroy(); // SIGTERM: the shutdown hook runs
		assertThat(terminated.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(folder).doesNotExist();
		assertThat(temporaryReports()).isEmpty();

		Process failing = holder("throw");
		Path failed = readyFolder(failing);
		assertThat(failing.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(failing.exitValue()).isNotZero();
		assertThat(failed).doesNotExist();
		assertThat(temporaryReports()).isEmpty();
		assertThat(contents(tmp)).isEmpty();
	}

	@Test
	void aCheckWithLookupsOnDiskLeavesNothingBehind() throws Exception {
		Path data = Files.createDirectories(reports.resolve("shop"));
		Cli.write(data, ShopRules.files());
		Cli.write(data, Map.of("Customer.jsonl", "{\"id\": \"c1\", \"email\": \"jane@example.com\", \"age\": 17}\n",
				"Purchase.jsonl", "{\"id\": \"p1\", \"customer\": \"c1\", \"amount\": 3}\n"));

		Process check = privacy("check", data.toString(), "--lookups", "disk", "--out",
				reports.resolve("report.json").toString(), "--format", "json");
		assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();
		Process invalid = privacy("check", data.toString(), "--lookups", "disk", "--now", "never");
		assertThat(invalid.waitFor(120, TimeUnit.SECONDS)).isTrue();

		assertThat(check.exitValue()).isEqualTo(ExitCode.FINDINGS);
		assertThat(invalid.exitValue()).isEqualTo(ExitCode.INVALID);
		assertThat(contents(tmp)).as("the temporary folder of the runs").isEmpty();
		assertThat(contents(reports)).containsExactlyInAnyOrder("shop", "report.json");
	}

	@Test
	void theRunFolderIsPrivate() throws IOException {
		assumeTrue(RunFolder.isPosix());
		try (LookupStore store = LookupStore.open(LookupStore.Placement.DISK)) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file().getParent())))
					.isEqualTo("rwx------");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
					.isEqualTo("rw-------");
			assertThat(store.file().getParent().getFileName().toString())
					.startsWith("privacy-run-" + ProcessHandle.current().pid() + "-");
		}
	}

	@Test
	void aFolderIsStaleOnlyWhenItsProcessIsGone() {
		ProcessHandle me = ProcessHandle.current();
		long started = me.info().startInstant().orElseThrow().toEpochMilli();

		assertThat(RunFolder.isStale("privacy-run-" + me.pid() + "-" + started + "-123")).isFalse();
		assertThat(RunFolder.isStale("privacy-run-" + me.pid() + "-" + (started - 5000) + "-123"))
				.as("the same id, given to another process since").isTrue();
		assertThat(RunFolder.isStale("privacy-run-" + Long.MAX_VALUE + "-1-123")).isTrue();
		assertThat(RunFolder.isStale("privacy-run-not-a-run")).isFalse();
	}

	private Process holder(String mode) throws IOException {
		return java(RunFolderHolder.class.getName(), mode, reports.toString());
	}

	private Process privacy(String... args) throws IOException {
		List<String> all = new ArrayList<>(List.of(PrivacyCli.class.getName()));
		all.addAll(List.of(args));
		return java(all.toArray(String[]::new));
	}

	private Process java(String... mainAndArgs) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
				.toString(), "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path")));
		command.addAll(List.of(mainAndArgs));
		return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
	}

	private static Path readyFolder(Process process) throws IOException {
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
				StandardCharsets.UTF_8));
		String line = out.readLine();
		assertThat(line).as("the holder's first line").startsWith("ready ");
		return Path.of(line.substring("ready ".length()));
	}

	private List<String> temporaryReports() throws IOException {
		return contents(reports).stream().filter(name -> name.startsWith(".report.txt-")).toList();
	}

	private static List<String> contents(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).toList();
		}
	}

	private Path rulesFile() throws IOException {
		return Cli.write(reports.resolve("rules"), ShopRules.files()).resolve(ShopRules.files().keySet().iterator()
				.next());
	}
}
