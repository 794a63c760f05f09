package org.privacy.dsl.library;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The built-in vocabulary every rule file sees without importing it: data categories, uses and subjects of the
 * fideslang taxonomy, channels, GDPR legal bases, days of the week and the built-in calendars of public holidays.
 * Its files ship inside this jar, under {@code org/privacy/dsl/vocabulary}, and are loaded once per process.
 */
@Singleton
public class BuiltinLibrary {

	/** The package of the built-in declarations; it is imported implicitly. */
	public static final String PACKAGE = "privacy.vocabulary";

	private static final String FOLDER = "org/privacy/dsl/vocabulary/";
	private static final List<String> FILES = List.of("enums.privacy", "categories.privacy", "uses.privacy",
			"subjects.privacy", "calendars.privacy");

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceDescription.Manager descriptions;

	private volatile List<IResourceDescription> loaded;

	private volatile ResourceDescriptionsData index;

	/** The library's index entries as one selectable, built once (scoping asks for it on every lookup). */
	public ResourceDescriptionsData index() {
		ResourceDescriptionsData result = index;
		if (result == null) {
			result = new ResourceDescriptionsData(descriptions());
			index = result;
		}
		return result;
	}

	/** The URIs of the library files, in the form the class loader gives them (file or jar). */
	public List<URI> uris() {
		List<URI> uris = new ArrayList<>();
		ClassLoader loader = BuiltinLibrary.class.getClassLoader();
		for (String file : FILES) {
			URL url = loader.getResource(FOLDER + file);
			if (url != null) {
				uris.add(URI.createURI(url.toString()));
			}
		}
		return uris;
	}

	/** Whether a resource is one of the library's files (not to be validated or generated as the user's own). */
	public boolean isLibrary(Resource resource) {
		return resource != null && resource.getURI() != null && resource.getURI().toString().contains(FOLDER);
	}

	/** The index entries of the library files, computed once. */
	public List<IResourceDescription> descriptions() {
		List<IResourceDescription> result = loaded;
		if (result == null) {
			synchronized (this) {
				result = loaded;
				if (result == null) {
					result = load();
					loaded = result;
				}
			}
		}
		return result;
	}

	private List<IResourceDescription> load() {
		ResourceSet set = resourceSets.get();
		List<IResourceDescription> result = new ArrayList<>();
		for (URI uri : uris()) {
			Resource resource = set.getResource(uri, true);
			result.add(descriptions.getResourceDescription(resource));
		}
		return List.copyOf(result);
	}
}
