package org.privacy.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.privacy.check.VisibleText;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.Diagnostic;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.compiler.PrivacyCompiler;

/** Compiles rule files with the language's compiler and prints every diagnostic, warnings too, on stderr. */
final class RuleCompilation {
	private RuleCompilation() {
	}

	/** The result of compiling {@code files}; its diagnostics are already printed on {@code err}. */
	static CompilationResult compile(List<Path> files, GenerationMode mode, PrintWriter err) {
		CompilationResult result = PrivacyCompiler.create().compile(files, mode);
		for (Diagnostic diagnostic : result.diagnostics()) {
			err.println(VisibleText.of(diagnostic.format())); // names of the rule file may hold bidi controls
		}
		err.flush();
		return result;
	}
}
