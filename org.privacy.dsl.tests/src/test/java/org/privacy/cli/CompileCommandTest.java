package org.privacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacy.dsl.compiler.JavaMemoryCompiler;
import org.privacy.runtime.Parameters;
import org.privacy.runtime.RecordPolicy;

/** {@code privacy compile} writes Java sources that compile, the same bytes every time. */
class CompileCommandTest {

	@TempDir
	Path tmp;

	@Test
	void writesTheValidatorsAsCompilableJava() throws Exception {
		Path out = tmp.resolve("generated/java");

		Cli.Run run = Cli.run("compile", Cli.canalPlus().resolve("rules").toString(), "--out", out.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		Map<String, String> sources = sources(out);
		assertThat(sources).containsKey("canal.plus.CanalPlus");
		assertThat(run.out()).contains("wrote " + out.resolve("canal/plus/CanalPlus.java"));
		ClassLoader classes = JavaMemoryCompiler.compile(sources, getClass().getClassLoader());
		Object policy = classes.loadClass("canal.plus.CanalPlus").getConstructor(Parameters.class)
				.newInstance(Parameters.none());
		assertThat(policy).isInstanceOf(RecordPolicy.class);
		assertThat(((RecordPolicy) policy).rules()).hasSize(13);
		try (Stream<Path> files = Files.list(out.getParent())) {
			assertThat(files).containsExactly(out);
		}
	}

	@Test
	void compilingTwiceGivesTheSameBytes() throws IOException {
		Path first = tmp.resolve("first");
		Path second = tmp.resolve("second");

		Cli.run("compile", Cli.canalPlus().resolve("rules").toString(), "--out", first.toString());
		Cli.run("compile", Cli.canalPlus().resolve("rules").toString(), "--out", second.toString());
		Map<String, byte[]> before = bytes(first);
		Cli.run("compile", Cli.canalPlus().resolve("rules").toString(), "--out", first.toString());

		assertThat(before).isNotEmpty();
		assertThat(bytes(first)).containsOnlyKeys(before.keySet());
		before.forEach((file, content) -> {
			assertThat(bytes(first).get(file)).as(file).isEqualTo(content);
			assertThat(bytes(second).get(file)).as(file).isEqualTo(content);
		});
	}

	@Test
	void boundModeCompilesToo() {
		Cli.Run run = Cli.run("compile", Cli.canalPlus().resolve("rules").toString(), "--out",
				tmp.resolve("bound").toString(), "--bound");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(tmp.resolve("bound/canal/plus/CanalPlus.java")).exists();
	}

	private static Map<String, String> sources(Path out) throws IOException {
		Map<String, String> sources = new TreeMap<>();
		for (Map.Entry<String, byte[]> file : bytes(out).entrySet()) {
			String className = file.getKey().replaceFirst("\\.java$", "").replace('/', '.');
			sources.put(className, new String(file.getValue(), StandardCharsets.UTF_8));
		}
		return sources;
	}

	private static Map<String, byte[]> bytes(Path root) {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}

	/**
	 * One behaviour with the Maven plugin (both follow GeneratedSources): a renamed policy's old class is deleted, an
	 * unchanged source keeps its time stamp, and a file the compiler did not generate is left alone.
	 */
	@Test
	void staleGeneratedSourcesGoAndOtherFilesStay() throws IOException {
		Path out = tmp.resolve("out");
		Cli.write(tmp, ShopRules.files());
		Path rules = tmp.resolve("rules");
		assertThat(Cli.run("compile", rules.toString(), "--out", out.toString()).exitCode()).isZero();
		Path shop = out.resolve("shop/Shop.java");
		Path mine = out.resolve("shop/Mine.java");
		Files.writeString(mine, "package shop;\n\n/** Written by hand. */\nclass Mine {\n}\n");
		java.nio.file.attribute.FileTime stamp = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(shop, stamp);

		assertThat(Cli.run("compile", rules.toString(), "--out", out.toString()).exitCode()).isZero();
		assertThat(Files.getLastModifiedTime(shop)).as("unchanged source keeps its time stamp").isEqualTo(stamp);

		Files.writeString(rules.resolve("rules.privacy"),
				Files.readString(rules.resolve("rules.privacy")).replace("policy Shop ", "policy Store "));
		Cli.Run run = Cli.run("compile", rules.toString(), "--out", out.toString());

		assertThat(run.exitCode()).isZero();
		assertThat(out.resolve("shop/Store.java")).exists();
		assertThat(shop).as("the renamed policy's old class").doesNotExist();
		assertThat(mine).as("a file the compiler did not generate").exists();
	}
}
