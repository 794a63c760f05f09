package org.privacy.dsl.compiler;

import java.nio.file.Path;

import org.privacy.dsl.validation.Message;

/**
 * A problem in a rule file, with its position (1-based line and column), an issue code from
 * {@link org.privacy.dsl.validation.IssueCodes} and a plain sentence. A suppressed one is a warning its file silences
 * with a {@code // privacy: allow CODE} comment: only {@code privacy lint} reports it, as suppressed.
 */
public record Diagnostic(Path file, int line, int column, Kind kind, String code, String message, boolean suppressed) {

	public Diagnostic(Path file, int line, int column, Kind kind, String code, String message) {
		this(file, line, column, kind, code, message, false);
	}

	/** An error about a whole file, shown at its start: {@code message} from {@code Messages}. */
	public static Diagnostic error(Path file, Message message) {
		return new Diagnostic(file, 1, 1, Kind.ERROR, message.code(), message.text());
	}

	/** How serious a diagnostic is. */
	public enum Kind {
		ERROR, WARNING, INFO;

		public String word() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public boolean isError() {
		return kind == Kind.ERROR;
	}

	/** {@code file:line:column: error CODE: message}, the form compilers and editors understand. */
	public String format() {
		return file + ":" + line + ":" + column + ": " + kind.word() + " " + code + ": " + message;
	}
}
