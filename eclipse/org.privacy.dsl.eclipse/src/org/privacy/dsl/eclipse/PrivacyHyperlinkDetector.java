package org.privacy.dsl.eclipse;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Go to definition (Ctrl+click, F3 on the link): the language server's definitions, run in-process over the
 * project's rule files (extension point {@code org.eclipse.ui.workbench.texteditor.hyperlinkDetectors}).
 */
public class PrivacyHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		try {
			List<IHyperlink> links = PrivacyLanguage.get().read(viewer.getDocument(),
					edited -> definitions(edited, region.getOffset()));
			return links == null || links.isEmpty() ? null : links.toArray(IHyperlink[]::new);
		} catch (RuntimeException e) {
			PrivacyEditorPlugin.log("cannot find the definition", e);
			return null;
		}
	}

	/** Links to the declarations of the name at {@code offset}, each with its target's offsets. */
	public static List<IHyperlink> definitions(EditedResource edited, int offset) {
		DocumentSymbolService service = edited.resource().getResourceServiceProvider()
				.get(DocumentSymbolService.class);
		DefinitionParams params = new DefinitionParams(new TextDocumentIdentifier(edited.uri()),
				edited.document().getPosition(offset));
		List<? extends Location> locations = service.getDefinitions(edited.document(), edited.resource(), params,
				edited.index(), CancelIndicator.NullImpl);
		int[] word = word(edited.document().getContents(), offset);
		List<IHyperlink> links = new ArrayList<>();
		for (Location location : locations) {
			// the protocol writes file:///..., the resource set file:/...: compare them as paths
			java.nio.file.Path path = pathOf(location.getUri());
			URI[] target = new URI[1];
			String text = edited.index().readAll(set -> {
				for (var resource : set.getResources()) {
					if (resource instanceof XtextResource xtext && xtext.getParseResult() != null && path != null
							&& path.equals(pathOf(resource.getURI().toString()))) {
						target[0] = resource.getURI();
						return xtext.getParseResult().getRootNode().getText();
					}
				}
				return null;
			});
			URI uri = target[0];
			if (text == null) {
				continue;
			}
			Document positions = new Document(1, text);
			int start = positions.getOffSet(location.getRange().getStart());
			int end = positions.getOffSet(location.getRange().getEnd());
			links.add(new Definition(new Region(word[0], word[1] - word[0]), uri, start, end - start));
		}
		return links;
	}

	private static java.nio.file.Path pathOf(String uri) {
		try {
			java.net.URI parsed = java.net.URI.create(uri);
			return "file".equals(parsed.getScheme()) ? java.nio.file.Path.of(parsed).normalize() : null;
		} catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
			return null;
		}
	}

	private static int[] word(String text, int offset) {
		int start = offset;
		while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
			start--;
		}
		int end = offset;
		while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
			end++;
		}
		return new int[] { start, Math.max(end, start + 1) };
	}

	/** A link to a declaration: the file opened in its editor, the declaration selected. */
	public record Definition(IRegion getHyperlinkRegion, URI target, int offset, int length) implements IHyperlink {

		@Override
		public String getTypeLabel() {
			return "definition";
		}

		@Override
		public String getHyperlinkText() {
			return "Go to the definition in " + target.lastSegment();
		}

		@Override
		public void open() {
			IFile file = target.isFile() ? PrivacyLanguage.fileOf(org.eclipse.core.runtime.IPath.fromOSString(
					target.toFileString())) : null;
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			if (file == null || page == null) {
				return;
			}
			try {
				var editor = IDE.openEditor(page, file);
				ITextEditor text = editor == null ? null : editor.getAdapter(ITextEditor.class);
				if (text != null) {
					text.selectAndReveal(offset, length);
				}
			} catch (PartInitException e) {
				PrivacyEditorPlugin.log("cannot open " + file.getFullPath(), e);
			}
		}
	}
}
