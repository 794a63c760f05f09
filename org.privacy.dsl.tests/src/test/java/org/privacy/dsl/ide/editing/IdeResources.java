package org.privacy.dsl.ide.editing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.privacy.dsl.compiler.PrivacyCompiler;
import org.privacy.dsl.ide.PrivacyIdeSetup;

import com.google.inject.Injector;

/** The IDE's injector, and rule files loaded with it, each in a resource set of its own. */
final class IdeResources {

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

	/** {@code text} loaded as the file {@code file} (not read). */
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
