package org.privacy.dsl.compiler;

import org.privacy.dsl.scenarios.ScenarioSpec;
import org.privacy.runtime.DataModel;

import java.util.List;
import java.util.SortedMap;

/**
 * What compiling a set of rule files gives: every diagnostic, and, when there is no error, the Java sources of the
 * validators (one class per policy), their class names and the data model.
 */
public final class CompilationResult {
	private final List<Diagnostic> diagnostics;
	private final List<Diagnostic> suppressed;
	private final SortedMap<String, String> sources;
	private final List<String> policyClasses;
	private final DataModel model;
	private final List<ScenarioSpec> scenarios;

	public CompilationResult(List<Diagnostic> diagnostics, SortedMap<String, String> sources,
			List<String> policyClasses, DataModel model) {
		this(diagnostics, sources, policyClasses, model, List.of());
	}

	public CompilationResult(List<Diagnostic> diagnostics, SortedMap<String, String> sources,
			List<String> policyClasses, DataModel model, List<ScenarioSpec> scenarios) {
		this.scenarios = List.copyOf(scenarios);
		this.diagnostics = diagnostics.stream().filter(d -> !d.suppressed()).toList();
		this.suppressed = diagnostics.stream().filter(Diagnostic::suppressed).toList();
		this.sources = sources;
		this.policyClasses = List.copyOf(policyClasses);
		this.model = model;
	}

	/** Every diagnostic of every file, sorted by file, line and column, but those the files silence. */
	public List<Diagnostic> diagnostics() {
		return diagnostics;
	}

	/** The warnings the files silence with {@code // privacy: allow CODE}, for {@code privacy lint}. */
	public List<Diagnostic> suppressed() {
		return suppressed;
	}

	public boolean hasErrors() {
		return diagnostics.stream().anyMatch(Diagnostic::isError);
	}

	/** Generated Java sources by fully qualified class name; empty when there are errors. */
	public SortedMap<String, String> sources() {
		return sources;
	}

	/** Fully qualified names of the generated policy classes, in a stable order. */
	public List<String> policyClasses() {
		return policyClasses;
	}

	/** The scenarios of the files, in file order; empty when there are errors. */
	public List<ScenarioSpec> scenarios() {
		return scenarios;
	}

	/**
	 * The data model of every compiled file, entities sorted by name (also when there are errors, as far as the files
	 * could be read); each generated policy carries the part its rules read ({@code RecordPolicy.model()}).
	 */
	public DataModel model() {
		return model;
	}
}
