package org.privacy.dsl.eclipse;

import org.eclipse.core.resources.IFile;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;

/**
 * A rule file as the language services see it: its parsed and linked model, its text as the language server's
 * {@link Document} (positions in lines and characters), its URI, and the workspace file (null outside the workspace).
 */
public record EditedResource(XtextResource resource, Document document, String uri, ProjectIndex index, IFile file) {
}
