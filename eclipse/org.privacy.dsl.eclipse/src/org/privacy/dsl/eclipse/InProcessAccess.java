package org.privacy.dsl.eclipse;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceSetBasedResourceDescriptions;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * What the language's code actions read through when they run inside Eclipse: the one file being fixed, already
 * parsed, instead of the language server's workspace; the index is the project's files in the editor's resource set.
 * There is no protocol client.
 */
final class InProcessAccess implements ILanguageServerAccess {

	private final Context context;

	InProcessAccess(EditedResource edited) {
		this.context = new Context(edited.resource(), edited.document(), true, () -> false);
	}

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		return function.apply(context);
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		return CompletableFuture.completedFuture(doSyncRead(uri, function));
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		// the project's files, as the editor's resource set holds them (the project index loads them all)
		XtextResource resource = (XtextResource) context.getResource(); // the edited resource (constructor)
		ResourceSetBasedResourceDescriptions index = resource.getResourceServiceProvider()
				.get(ResourceSetBasedResourceDescriptions.class);
		index.setContext(resource.getResourceSet());
		return CompletableFuture.completedFuture(function.apply(new IndexContext(index, CancelIndicator.NullImpl)));
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
		// no builds: the editor checks the open file
	}

	@Override
	public LanguageClient getLanguageClient() {
		return null;
	}

	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		return context.getResource().getResourceSet();
	}

	@Override
	public InitializeParams getInitializeParams() {
		return null;
	}

	@Override
	public InitializeResult getInitializeResult() {
		return null;
	}
}
