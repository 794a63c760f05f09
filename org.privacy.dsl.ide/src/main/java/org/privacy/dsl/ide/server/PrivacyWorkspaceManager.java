package org.privacy.dsl.ide.server;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.Pair;

/**
 * Xtext's workspace, which answers a request about a document that is neither open nor anywhere in the workspace
 * with InvalidParams, naming the document. Xtext itself fails there with an InternalError (a null pointer, or EMF's
 * "resource does not exist" with its stack trace), which tells an editor nothing.
 */
public class PrivacyWorkspaceManager extends WorkspaceManager {

	@Override
	public Pair<? super Document, ? super XtextResource> read(URI uri) {
		URI resource = uri.trimFragment();
		if (!isDocumentOpen(resource) && !isFile(resource) && !isLoaded(resource)) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
					"unknown document '" + uri + "': it is not open and not a file of the workspace", null));
		}
		return super.read(uri);
	}

	private static boolean isFile(URI uri) {
		return uri.isFile() && Files.isRegularFile(Path.of(uri.toFileString()));
	}

	private boolean isLoaded(URI uri) {
		ProjectManager project = getProjectManager(uri);
		return project != null && project.getResourceSet().getResource(uri, false) != null;
	}
}
