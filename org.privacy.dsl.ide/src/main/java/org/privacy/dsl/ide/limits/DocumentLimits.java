package org.privacy.dsl.ide.limits;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.privacy.dsl.validation.Message;
import org.privacy.dsl.validation.Messages;

/**
 * Which rule files the language server does not parse: a file over {@link #maxCharacters()} (a 20 MB file takes more
 * than a gigabyte to parse, link and check, and under {@code -Xmx1g} its build ran out of memory and stopped the
 * diagnostics of every file), and a file whose check ran out of memory or of stack (expressions nested too deeply),
 * until it changes. Such a file is loaded empty and given one diagnostic at its start ({@link LimitedResource}): a
 * {@code privacy.not-checked} warning, or for nesting the compiler's {@code privacy.too-deep} error; the other files
 * are checked as usual.
 * The limit is 8 million characters (8 MB of ASCII text; the 5 MB file of the robustness tests is checked), or the
 * number of the system property {@code privacy.server.maxDocumentCharacters}.
 */
public final class DocumentLimits {

	/** The default largest file checked, in characters. */
	public static final int DEFAULT_MAX_CHARACTERS = 8_000_000;

	private final int maxCharacters;
	private final Map<URI, Message> notChecked = new ConcurrentHashMap<>();

	/** The limits of this process: the default, or the system property. */
	public static DocumentLimits fromSystemProperties() {
		String value = System.getProperty("privacy.server.maxDocumentCharacters");
		int max = DEFAULT_MAX_CHARACTERS;
		if (value != null) {
			try {
				max = Math.max(1, Integer.parseInt(value.trim()));
			} catch (NumberFormatException e) {
				// an unreadable setting keeps the default
			}
		}
		return new DocumentLimits(max);
	}

	DocumentLimits(int maxCharacters) {
		this.maxCharacters = maxCharacters;
	}

	/** The largest file parsed, in characters. */
	public int maxCharacters() {
		return maxCharacters;
	}

	/** Remembers that checking {@code uri} ran out of memory: it is loaded empty until {@link #changed(URI)}. */
	public void ranOutOfMemory(URI uri) {
		notChecked.put(uri, Messages.notCheckedOutOfMemory());
	}

	/**
	 * Remembers that {@code uri} nests expressions deeper than the parser's stack can follow: it is loaded empty, with
	 * the compiler's {@code privacy.too-deep} error, until {@link #changed(URI)}.
	 */
	public void nestsTooDeeply(URI uri) {
		notChecked.put(uri, Messages.tooDeep());
	}

	/** The file changed (or closed): it is parsed again. */
	public void changed(URI uri) {
		notChecked.remove(uri);
	}

	/** Why {@code uri} is loaded empty until it changes, if it is. */
	Optional<Message> whyNotChecked(URI uri) {
		return Optional.ofNullable(notChecked.get(uri));
	}
}
