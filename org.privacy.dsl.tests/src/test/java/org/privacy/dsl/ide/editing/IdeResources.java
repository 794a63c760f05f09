package org.privacy.dsl.ide.editing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.privacy.dsl.compiler.PrivacyCompiler;
import org.privacy.dsl.ide.PrivacyIdeSetup;
import org.privacy.dsl.tests.PrivacyTestSupport;

import com.google.inject.Injector;

/** The IDE's injector, and rule files loaded with it, each in a resource set of its own. */
final class IdeResources {

	/** The corpus of rule files, good and bad. */
	static final Path CORPUS = PrivacyTestSupport.repoRoot().resolve("org.privacy.dsl.tests/src/test/resources/corpus");

	/** The IDE's injector, the language's grammar registered with EMF first (as the compiler does). */
	static final Injector INJECTOR = ideInjector();

	/** A file in which a name is being written in the middle, at the end of a rule: {@code unless ur}. */
	static final String NAME_BEING_WRITTEN = """
			entity Letter {
				id: text key
				sentAt: datetime
			}

			term urgent for Letter: sentAt is present

			rule R1 "letters"
				Letter requires sentAt is present
				unless ur
			rule R2 "more letters"
				Letter requires sentAt is present
			""";

	private IdeResources() {
	}

	/** The offset in {@link #NAME_BEING_WRITTEN} after the {@code ur} being written. */
	static int caretOfTheNameBeingWritten() {
		return NAME_BEING_WRITTEN.indexOf("unless ur") + "unless ur".length();
	}

	private static Injector ideInjector() {
		PrivacyCompiler.injector();
		return new PrivacyIdeSetup().createInjector();
	}

	/** Every rule file of the corpus, in order of path. */
	static List<Path> corpusFiles() throws IOException {
		try (Stream<Path> walk = Files.walk(CORPUS)) {
			return walk.filter(p -> p.toString().endsWith(".privacy")).sorted().toList();
		}
	}

	/**
	 * {@code text} loaded as the file {@code file} (not read). Load each file of the corpus under its own name: the
	 * server's limits remember a file nested too deeply, and load it empty until it changes.
	 */
	static XtextResource load(Path file, String text) {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) INJECTOR.getInstance(IResourceFactory.class)
				.createResource(URI.createFileURI(file.toString()));
		set.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource;
	}
}
