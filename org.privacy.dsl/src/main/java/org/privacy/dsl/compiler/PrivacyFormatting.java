package org.privacy.dsl.compiler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.privacy.dsl.validation.IssueCodes;
import org.privacy.dsl.validation.Messages;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * Formats the text of one rule file with the language's formatter ({@link org.privacy.dsl.formatting2.PrivacyFormatter}), the same one the
 * language server uses. Only the syntax matters: a file that parses is formatted even if its names do not resolve.
 * The command line ({@code privacy fmt}) and the tests share this class.
 */
public class PrivacyFormatting {

	/** A file that does not parse: its syntax errors, each a {@link Diagnostic}. */
	public static final class SyntaxErrorsException extends Exception {
		private static final long serialVersionUID = 1L;
		private final transient List<Diagnostic> diagnostics;

		public SyntaxErrorsException(List<Diagnostic> diagnostics) {
			super(diagnostics.isEmpty() ? "syntax errors" : diagnostics.get(0).format(), null, false, false);
			this.diagnostics = List.copyOf(diagnostics);
		}

		public List<Diagnostic> diagnostics() {
			return diagnostics;
		}
	}

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private TextRegionAccessBuilder regionAccessBuilder;

	/** The formatting service wired by the language's injector. */
	public static PrivacyFormatting create() {
		return create(PrivacyCompiler.injector());
	}

	public static PrivacyFormatting create(Injector injector) {
		return injector.getInstance(PrivacyFormatting.class);
	}

	/** {@code text} in the canonical layout; {@code uri} names the file in diagnostics (and must end in .privacy). */
	public String format(String text, URI uri) throws SyntaxErrorsException {
		XtextResource resource = parse(text, uri);
		if (resource.getContents().isEmpty()) {
			// nothing but comments and blanks: no model to lay out, and Xtext's region access needs one; the language
			// server's formatting leaves such a file alone too
			return normalizeLineEnds(text);
		}
		ITextRegionAccess regions = regionAccessBuilder.forNodeModel(resource).create();
		MapBasedPreferenceValues preferences = new MapBasedPreferenceValues(new java.util.HashMap<>());
		preferences.put(FormatterPreferenceKeys.indentation, "\t");
		preferences.put(FormatterPreferenceKeys.lineSeparator, "\n");
		FormatterRequest request = new FormatterRequest().setTextRegionAccess(regions).setPreferences(preferences)
				.setExceptionHandler(e -> {
					throw new IllegalStateException("the formatter failed on " + uri + ": " + e.getMessage(), e);
				});
		List<ITextReplacement> replacements = formatters.get().format(request);
		String formatted = regions.getRewriter().renderToString(replacements);
		return normalizeLineEnds(formatted);
	}

	/** The model of {@code text}, parsed only (no linking, no validation); syntax errors are thrown. */
	public XtextResource parse(String text, URI uri) throws SyntaxErrorsException {
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = (XtextResource) set.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new IllegalStateException(e); // reading from memory
		}
		List<Diagnostic> errors = new ArrayList<>();
		for (Resource.Diagnostic error : resource.getErrors()) {
			if (error instanceof XtextSyntaxDiagnostic) {
				errors.add(new Diagnostic(displayPath(uri), error.getLine(), error.getColumn(), Diagnostic.Kind.ERROR,
						IssueCodes.SYNTAX, error.getMessage()));
			}
		}
		if (!errors.isEmpty() || resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			if (errors.isEmpty()) {
				errors.add(Diagnostic.error(displayPath(uri), Messages.fileDoesNotParse()));
			}
			throw new SyntaxErrorsException(errors);
		}
		return resource;
	}

	private static Path displayPath(URI uri) {
		return uri.isFile() ? Path.of(uri.toFileString()) : Path.of(uri.lastSegment() == null ? uri.toString()
				: uri.lastSegment());
	}

	/** Windows line ends become {@code \n}; the canonical layout has one kind. */
	private static String normalizeLineEnds(String text) {
		return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
	}
}
