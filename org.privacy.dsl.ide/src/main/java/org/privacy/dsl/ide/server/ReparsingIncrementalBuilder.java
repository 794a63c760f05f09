package org.privacy.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.privacy.dsl.ide.limits.LimitedResource;

/**
 * Xtext's build of the files that changed, where a changed rule file that is loaded is re-parsed where it changed
 * ({@link LimitedResource#reparseWhereChanged(String)}) instead of being unloaded and loaded anew. Xtext's builder unloads every
 * changed file first (and turns each of its model objects into a proxy, computing the path of every object), then
 * loads it again: a whole parse. On a 5,000-line file the two were two fifths of the CPU time of a change. The rest of
 * the build (index entry, linking, validation) is Xtext's, so the diagnostics are those of a fresh load; a file that
 * cannot be re-parsed so (not loaded yet, loaded empty over the size limit, unreadable) is unloaded as before, and so
 * are the other files a change affects.
 */
public class ReparsingIncrementalBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

	private static final Logger LOG = Logger.getLogger(ReparsingIncrementalBuilder.class.getName());

	@Override
	protected void unloadResource(URI uri) {
		if (getRequest().getDirtyFiles().contains(uri) && reparsed(uri)) {
			return;
		}
		super.unloadResource(uri);
	}

	private boolean reparsed(URI uri) {
		Resource resource = getRequest().getResourceSet().getResource(uri, false);
		if (!(resource instanceof LimitedResource limited) || !limited.isLoaded()) {
			return false;
		}
		try {
			if (!limited.reparseWhereChanged(newText(limited))) {
				return false;
			}
			// last in the resource set, where a load would have put it: checks that go through the loaded files
			// (a name declared in two files names the other file) meet them in the same order
			EList<Resource> resources = getRequest().getResourceSet().getResources();
			resources.move(resources.size() - 1, limited);
			return true;
		} catch (IOException | RuntimeException e) {
			// the model may be half updated: unloading it makes the build load it anew, from the text
			LOG.log(Level.FINE, "re-parsing " + uri + " failed; it is loaded anew", e);
			return false;
		}
	}

	/** The text the build would load: the editor's document if it is open, else the file, decoded as a load does. */
	private static String newText(LimitedResource resource) throws IOException {
		URI uri = resource.getURI();
		try (InputStream in = resource.getResourceSet().getURIConverter().createInputStream(uri);
				Reader reader = new InputStreamReader(in, resource.getEncoding())) {
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[8192];
			int read;
			while ((read = reader.read(buffer)) >= 0) {
				text.append(buffer, 0, read);
			}
			return text.toString();
		}
	}
}
