package org.privacy.dsl.eclipse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.concurrent.IUnitOfWork;

import com.google.inject.Injector;

/**
 * The rule files of one project in one resource set, so that names link across them (the language's own scoping
 * over a resource set, as on the command line). Files open in an editor hold the editor's text; the others their text
 * on disk, re-read when they change and dropped when deleted. One lock per project: Xtext's models are not thread-safe.
 */
public final class ProjectIndex implements IReferenceFinder.IResourceAccess {

	static final String EXTENSION = "privacy";

	private final XtextResourceSet resourceSet;
	/** The text each resource was last parsed from. */
	private final Map<URI, String> texts = new HashMap<>();

	ProjectIndex(Injector injector, IProject project) {
		resourceSet = injector.getInstance(XtextResourceSet.class);
		if (project != null && project.isAccessible()) {
			try {
				project.accept(resource -> {
					if (resource instanceof IFile file && isRuleFile(file)) {
						load(uriOf(file), read(file));
					}
					return true;
				});
			} catch (CoreException e) {
				PrivacyEditorPlugin.log("cannot read the rule files of project " + project.getName(), e);
			}
		}
	}

	static boolean isRuleFile(IResource resource) {
		return resource instanceof IFile && EXTENSION.equals(resource.getFileExtension());
	}

	static URI uriOf(IFile file) {
		return file.getLocation() != null ? URI.createFileURI(file.getLocation().toOSString())
				: URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** Runs {@code work} on the model of {@code text}, the current text of the file {@code uri}. */
	public synchronized <T> T read(URI uri, String text, IFile file, Function<EditedResource, T> work) {
		XtextResource resource = load(uri, text);
		return work.apply(new EditedResource(resource, new Document(1, text), uri.toString(), this, file));
	}

	/**
	 * Runs {@code work} on the model of {@code file}, a file no editor holds, from the text the index keeps of it (its
	 * text on disk, followed by {@link #changedOnDisk}) without reading the file again.
	 */
	synchronized <T> T readStored(IFile file, Function<EditedResource, T> work) {
		URI uri = uriOf(file);
		String text = texts.get(uri);
		return read(uri, text != null ? text : read(file), file, work);
	}

	/** Runs {@code work} on the resource set of the project (for references into other files). */
	public synchronized <R> R readAll(IUnitOfWork<R, org.eclipse.emf.ecore.resource.ResourceSet> work) {
		try {
			return work.exec(resourceSet);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Definitions and references in other files are read from the project's resource set. */
	@Override
	public <R> R readOnly(URI targetURI, IUnitOfWork<R, org.eclipse.emf.ecore.resource.ResourceSet> work) {
		return readAll(work);
	}

	/** A file changed on disk: its model follows unless an editor holds its text. */
	synchronized void changedOnDisk(IFile file, boolean openInEditor) {
		URI uri = uriOf(file);
		if (!file.exists()) {
			Resource resource = resourceSet.getResource(uri, false);
			if (resource != null) {
				resource.unload();
				resourceSet.getResources().remove(resource);
			}
			texts.remove(uri);
		} else if (!openInEditor || !texts.containsKey(uri)) {
			load(uri, read(file));
		}
	}

	/**
	 * The editor of {@code file} closed: its model goes back to the text on disk (an editor closed without saving
	 * leaves its changes nowhere). Returns whether the model's text changed, i.e. the other files must be checked again.
	 */
	synchronized boolean revert(IFile file) {
		URI uri = uriOf(file);
		if (!file.exists() || !texts.containsKey(uri)) {
			return false;
		}
		String saved = read(file);
		if (saved.equals(texts.get(uri))) {
			return false;
		}
		load(uri, saved);
		return true;
	}

	private XtextResource load(URI uri, String text) {
		XtextResource resource = (XtextResource) resourceSet.getResource(uri, false);
		if (resource == null) {
			resource = (XtextResource) resourceSet.createResource(uri);
			try {
				resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
						Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			} catch (IOException e) {
				throw new IllegalStateException(e); // reading from memory
			}
		} else {
			// even for the same text: names in other files may have changed since, so link again
			try {
				resource.reparse(text);
			} catch (IOException e) {
				throw new IllegalStateException(e); // reading from memory
			}
		}
		texts.put(uri, text);
		return resource;
	}

	private static String read(IFile file) {
		try (var in = file.getContents(true)) {
			return new String(in.readAllBytes(), file.getCharset(true));
		} catch (IOException | CoreException e) {
			PrivacyEditorPlugin.log("cannot read " + file.getFullPath(), e);
			return "";
		}
	}
}
