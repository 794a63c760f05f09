package org.privacy.dsl.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Diagnostic;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Editing a large rule file stays responsive: the time from a one-word change in the middle of a generated
 * 5,000-line rule file to the diagnostics the language server publishes for it (goal: under 200 ms). Each
 * operation is one {@code textDocument/didChange} through the server's own request queue and build, until
 * {@code textDocument/publishDiagnostics} arrives with the outcome of that change.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = { "-Xmx2g" })
public class EditorLatency {

	@Param("5000")
	public int lines;

	private EditorSession session;

	@Setup(Level.Trial)
	public void openFile() throws Exception {
		session = EditorSession.open(lines);
		session.openingDiagnostics();
	}

	@TearDown(Level.Trial)
	public void closeFile() throws Exception {
		session.close();
	}

	@Benchmark
	public List<Diagnostic> changeToDiagnostics() throws Exception {
		return session.typeAndAwaitDiagnostics();
	}
}
